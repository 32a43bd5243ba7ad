package nl.gbi.sepa.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import nl.gbi.domain.Money;
import nl.gbi.sepa.reports.ReportRefusedException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReturnReaderTest {

    private static final List<ReturnEntry> EXPECTED = List.of(
            new ReturnEntry("GM0014/2507/1/GM0014-0000001", Money.ofCents(130_061), "AC04", "R1"),
            new ReturnEntry("GM0014/2507/2/GM0014-0000002", Money.ofCents(55_000), "MD07", "R2"),
            new ReturnEntry("GM0014/2507/5/GM0014-0000005", Money.ofCents(6_745), "RR04", "R2"));

    static List<String> files() {
        return ReportFiles.RETURNS;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void readsReturnedCreditsOnlyFromEveryVersion(String file) {
        ReturnsReport report = ReturnReader.read(ReportFiles.bytes(file));
        assertEquals(EXPECTED, report.returns());
        assertEquals("BNG-" + file.substring(5, 8) + "-" + file.substring(13, 15), report.messageId());
    }

    @Test
    void aSingleReturnWithoutTransactionAmountTakesTheEntryAmount() {
        String xml = text("camt.054.001.08.xml").replaceFirst("<Amt Ccy=\"EUR\">1300.61</Amt><CdtDbtInd>CRDT</CdtDbtInd><RtrInf>",
                "<RtrInf>");
        assertEquals(EXPECTED, ReturnReader.read(xml.getBytes(StandardCharsets.UTF_8)).returns());
    }

    @Test
    void refusesAReturnWithoutEndToEndId() {
        String xml = text("camt.054.001.08.xml").replace(
                "<Refs><EndToEndId>GM0014/2507/1/GM0014-0000001</EndToEndId></Refs>", "");
        assertEquals(Problem.CONTENT_MISSING, refused(xml).problem());
    }

    @Test
    void refusesAFileThatBreaksItsXsd() {
        String xml = text("camt.053.001.08.xml").replace("<CdtDbtInd>CRDT</CdtDbtInd>", "<CdtDbtInd>YES</CdtDbtInd>");
        assertEquals(Problem.XSD_INVALID, refused(xml).problem());
    }

    @Test
    void refusesAStatusReportSentAsReturns() {
        assertEquals(Problem.WRONG_NAMESPACE,
                refused(new String(ReportFiles.bytes("pain.002.001.10-part.xml"), StandardCharsets.UTF_8)).problem());
    }

    @Test
    void refusesReturnsOfPaymentsTheEngineDidNotSend() {
        ReturnsReport report = ReturnReader.read(ReportFiles.bytes("camt.054.001.02.xml"));
        Set<String> known = Set.of("GM0014/2507/1/GM0014-0000001", "GM0014/2507/2/GM0014-0000002");
        ReportRefusedException e = assertThrows(ReportRefusedException.class,
                () -> ReportMatching.requireKnown(report, known::contains));
        assertEquals(Problem.UNKNOWN_REFERENCE, e.problem());
    }

    private static ReportRefusedException refused(String xml) {
        return assertThrows(ReportRefusedException.class, () -> ReturnReader.read(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(String file) {
        return new String(ReportFiles.bytes(file), StandardCharsets.UTF_8);
    }
}
