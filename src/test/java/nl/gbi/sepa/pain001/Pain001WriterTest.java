package nl.gbi.sepa.pain001;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.gbi.domain.Money;
import nl.gbi.sepa.SepaFixtures;
import org.junit.jupiter.api.Test;

class Pain001WriterTest {

    private static final List<CreditTransfer> GOLDEN_BATCH = List.of(
            SepaFixtures.transfer(1, 130_061),
            SepaFixtures.transfer(2, 55_000),
            SepaFixtures.transfer(3, 1),
            SepaFixtures.transfer(4, 99_999_999_999L),
            SepaFixtures.transfer(5, 6_845));

    @Test
    void writesTheGoldenFileByteForByte() throws IOException {
        byte[] written = SepaFixtures.write(1, GOLDEN_BATCH);
        byte[] expected;
        try (InputStream in = getClass().getResourceAsStream("/sepa/golden/pain001-small.xml")) {
            expected = in.readAllBytes();
        }
        assertEquals(new String(expected, StandardCharsets.UTF_8), new String(written, StandardCharsets.UTF_8));
    }

    @Test
    void theGoldenFilePassesTheXsdAndEveryRule() {
        byte[] file = SepaFixtures.write(1, GOLDEN_BATCH);
        Pain001Check.Report report = Pain001Check.check(file);
        assertEquals(List.of(), report.findings());
        assertTrue(report.offerable());
        ProwideReadBack.assertReadsBack(SepaFixtures.header(1, GOLDEN_BATCH), GOLDEN_BATCH, file);
    }

    @Test
    void startsWithTheXmlDeclarationAndNoBom() {
        byte[] written = SepaFixtures.write(1, GOLDEN_BATCH);
        assertEquals('<', written[0]);
        String text = new String(written, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\""
                + Pain001Writer.NAMESPACE + "\">"));
    }

    @Test
    void refusesWhenTheTransactionsDoNotAddUpToTheHeader() {
        PaymentFileHeader header = SepaFixtures.header(1, GOLDEN_BATCH);
        List<CreditTransfer> oneMissing = GOLDEN_BATCH.subList(0, 4);
        Pain001WriteException e = assertThrows(Pain001WriteException.class,
                () -> Pain001Writer.write(header, oneMissing.iterator(), new ByteArrayOutputStream()));
        assertTrue(e.getMessage().contains("NbOfTxs 5"), e.getMessage());
    }

    @Test
    void stopsAsSoonAsMoreTransactionsFollowThanAnnounced() {
        PaymentFileHeader header = SepaFixtures.header(1, GOLDEN_BATCH.subList(0, 2));
        Pain001WriteException e = assertThrows(Pain001WriteException.class,
                () -> Pain001Writer.write(header, GOLDEN_BATCH.iterator(), new ByteArrayOutputStream()));
        assertTrue(e.getMessage().contains("more transactions follow"), e.getMessage());
    }

    @Test
    void refusesWhenTheSumDiffersEvenIfTheCountMatches() {
        PaymentFileHeader good = SepaFixtures.header(1, GOLDEN_BATCH);
        PaymentFileHeader header = new PaymentFileHeader(good.msgId(), good.creationDateTime(),
                good.initiatingPartyName(), good.debtorName(), good.debtorIban(), good.debtorBic(),
                good.requestedExecutionDate(), good.pmtInfId(), good.nbOfTxs(), good.ctrlSum().plus(Money.ofCents(1)));
        assertThrows(Pain001WriteException.class,
                () -> Pain001Writer.write(header, GOLDEN_BATCH.iterator(), new ByteArrayOutputStream()));
    }

    @Test
    void anInstantFileCarriesLclInstrmInstAndPassesTheXsdAndEveryRule() {
        PaymentFileHeader header = SepaFixtures.header(1, GOLDEN_BATCH).asInstant();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Pain001Writer.write(header, GOLDEN_BATCH.iterator(), out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.matches("(?s).*</SvcLvl>\\s*<LclInstrm>\\s*<Cd>INST</Cd>\\s*</LclInstrm>\\s*<CtgyPurp>.*"), text);
        assertEquals(List.of(), nl.gbi.sepa.XsdValidator.validate(nl.gbi.sepa.XsdValidator.PAIN_001_001_09,
                new java.io.ByteArrayInputStream(out.toByteArray())));
        assertEquals(List.of(), Pain001Check.check(out.toByteArray()).findings());
        assertFalse(new String(SepaFixtures.write(1, GOLDEN_BATCH), StandardCharsets.UTF_8).contains("LclInstrm"));
    }

    @Test
    void writesOthrNotprovidedWithoutADebtorBic() {
        PaymentFileHeader good = SepaFixtures.header(1, GOLDEN_BATCH);
        PaymentFileHeader header = new PaymentFileHeader(good.msgId(), good.creationDateTime(),
                good.initiatingPartyName(), good.debtorName(), good.debtorIban(), null,
                good.requestedExecutionDate(), good.pmtInfId(), good.nbOfTxs(), good.ctrlSum());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Pain001Writer.write(header, GOLDEN_BATCH.iterator(), out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("<Othr>\n            <Id>NOTPROVIDED</Id>"), text);
        assertFalse(text.contains("BICFI"));
        assertTrue(Pain001Check.check(out.toByteArray()).offerable());
        ProwideReadBack.assertReadsBack(header, GOLDEN_BATCH, out.toByteArray());
    }

    @Test
    void writesPurpBeneOnlyForTheClientsOwnPayment() {
        String text = new String(SepaFixtures.write(1, GOLDEN_BATCH), StandardCharsets.UTF_8);
        long bene = GOLDEN_BATCH.stream().filter(CreditTransfer::clientOwnPayment).count();
        assertEquals(bene, text.split("<Cd>BENE</Cd>", -1).length - 1);
    }
}
