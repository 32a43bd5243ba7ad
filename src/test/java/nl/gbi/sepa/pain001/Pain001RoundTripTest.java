package nl.gbi.sepa.pain001;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.prowidesoftware.swift.model.mx.MxPain00100109;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction34;
import com.prowidesoftware.swift.model.mx.dic.CustomerCreditTransferInitiationV09;
import com.prowidesoftware.swift.model.mx.dic.PaymentInstruction30;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.gbi.sepa.EndToEndId;
import nl.gbi.sepa.FileId;
import nl.gbi.sepa.ProwidePain001;
import nl.gbi.sepa.SepaFixtures;
import nl.gbi.sepa.SepaIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Property tests over random valid batches: every written file passes both checks, and read back with prowide
 * it holds exactly the transactions, counts, sums and identifiers that went in. prowide's own message() on the
 * same data gives the same document.
 */
class Pain001RoundTripTest {

    private static final int BATCHES = 40;
    private static final int BATCH_SIZE_MAX = 300;

    @BeforeAll
    static void cacheJaxbContexts() {
        ProwidePain001.init();
    }

    @Test
    void randomBatchesAreOfferableAndReadBackExactly() {
        Random random = new Random(20250725L);
        for (int i = 0; i < BATCHES; i++) {
            List<CreditTransfer> batch = SepaFixtures.randomBatch(random, 1 + random.nextInt(BATCH_SIZE_MAX));
            byte[] file = SepaFixtures.write(1 + i, batch);
            assertEquals(List.of(), Pain001Check.check(file).findings(), "batch " + i);
            assertReadsBack(batch, 1 + i, MxPain00100109.parse(new String(file, StandardCharsets.UTF_8)));
        }
    }

    @Test
    void prowidesOwnMessageOfTheSameDataIsTheSameDocument() {
        Random random = new Random(42L);
        for (int i = 0; i < 5; i++) {
            List<CreditTransfer> batch = SepaFixtures.randomBatch(random, 1 + random.nextInt(50));
            PaymentFileHeader header = SepaFixtures.header(7, batch);
            String theirs = ProwidePain001.message(ProwidePain001.model(header, batch));
            String ours = new String(SepaFixtures.write(7, batch), StandardCharsets.UTF_8);
            assertEquals(List.of(), Pain001Check.check(theirs.getBytes(StandardCharsets.UTF_8)).findings());
            assertEquals(MxPain00100109.parse(theirs).getCstmrCdtTrfInitn(),
                    MxPain00100109.parse(ours).getCstmrCdtTrfInitn());
        }
    }

    private static void assertReadsBack(List<CreditTransfer> batch, long fileSeq, MxPain00100109 parsed) {
        CustomerCreditTransferInitiationV09 doc = parsed.getCstmrCdtTrfInitn();
        BigDecimal sum = BigDecimal.valueOf(batch.stream().mapToLong(t -> t.amount().cents()).sum(), 2);
        assertEquals(FileId.parseMsgId(doc.getGrpHdr().getMsgId()), SepaFixtures.fileId(fileSeq));
        assertEquals(Integer.toString(batch.size()), doc.getGrpHdr().getNbOfTxs());
        assertEquals(sum, doc.getGrpHdr().getCtrlSum());
        assertEquals(1, doc.getPmtInf().size());
        PaymentInstruction30 pmtInf = doc.getPmtInf().get(0);
        assertEquals(SepaFixtures.fileId(fileSeq).pmtInfId(), pmtInf.getPmtInfId());
        assertEquals(Integer.toString(batch.size()), pmtInf.getNbOfTxs());
        assertEquals(sum, pmtInf.getCtrlSum());
        assertEquals(batch.size(), pmtInf.getCdtTrfTxInf().size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            CreditTransfer in = batch.get(i);
            CreditTransferTransaction34 out = pmtInf.getCdtTrfTxInf().get(i);
            String e2e = out.getPmtId().getEndToEndId();
            assertEquals(in.endToEndId(), e2e);
            assertTrue(SepaIdentifier.isValid(e2e) && seen.add(e2e), e2e);
            assertEquals(e2e, EndToEndId.parse(e2e).value());
            assertEquals(BigDecimal.valueOf(in.amount().cents(), 2), out.getAmt().getInstdAmt().getValue());
            assertEquals("EUR", out.getAmt().getInstdAmt().getCcy());
            assertEquals(in.creditorName(), out.getCdtr().getNm());
            assertEquals(in.creditorIban().value(), out.getCdtrAcct().getId().getIBAN());
            assertEquals(in.clientOwnPayment() ? "BENE" : null, out.getPurp() == null ? null : out.getPurp().getCd());
            assertEquals(List.of(in.remittanceInformation()), out.getRmtInf().getUstrd());
        }
    }
}
