package nl.gbi.sepa.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.gbi.payments.BankVerdict;
import nl.gbi.sepa.ProwidePain001;
import nl.gbi.sepa.reports.ReportRefusedException.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusReportReaderTest {

    private static final String PMT_INF = "GM0014/20250725/1/P1";

    @BeforeAll
    static void cacheJaxbContexts() {
        ProwidePain001.init();
    }

    @Test
    void readsVersion10AtAllThreeLevels() {
        StatusReport report = StatusReportReader.read(ReportFiles.bytes("pain.002.001.10-part.xml"));
        assertEquals("GM0014/20250725/1", report.originalMsgId());
        assertEquals("PART", report.groupStatus());
        assertEquals(List.of(new TransactionStatus("GM0014/2507/1/GM0014-0000001", "RJCT", "AC04"),
                new TransactionStatus("GM0014/2507/3/GM0014-0000003", "ACCP", null)),
                report.paymentInfos().get(0).transactions());
        StatusVerdicts verdicts = report.verdicts();
        assertEquals(Optional.of(new BankVerdict.Rejected("AC04")),
                verdicts.verdictFor(PMT_INF, "GM0014/2507/1/GM0014-0000001"));
        assertEquals(Optional.of(new BankVerdict.Accepted("ACCP")),
                verdicts.verdictFor(PMT_INF, "GM0014/2507/3/GM0014-0000003"));
        assertEquals(Optional.empty(), verdicts.verdictFor(PMT_INF, "GM0014/2507/2/GM0014-0000002"),
                "PART at both levels and silence about a payment is not success");
    }

    @Test
    void aGroupRejectionRejectsEveryPaymentOfTheFile() {
        StatusReport report = StatusReportReader.read(ReportFiles.bytes("pain.002.001.03-rjct.xml"));
        assertEquals("RJCT", report.groupStatus());
        for (String e2e : List.of("GM0014/2507/7", "GM0014/2507/8/GM0014-0000008")) {
            assertEquals(Optional.of(new BankVerdict.Rejected("AM10")),
                    report.verdicts().verdictFor("GM0014/20250725/2/P1", e2e));
        }
    }

    @Test
    void readsVersion03TransactionStatusesWithoutAGroupStatus() {
        StatusReport report = StatusReportReader.read(ReportFiles.bytes("pain.002.001.03-tx.xml"));
        assertEquals(null, report.groupStatus());
        assertEquals(Optional.of(new BankVerdict.Rejected("MD07")),
                report.verdicts().verdictFor("GM0014/20250725/3/P1", "GM0014/2507/9/GM0014-0000009"));
    }

    @Test
    void aPaymentInfoStatusAppliesToItsTransactionsOnly() {
        String xml = new String(ReportFiles.bytes("pain.002.001.10-part.xml"), StandardCharsets.UTF_8)
                .replace("<PmtInfSts>PART</PmtInfSts>", "<PmtInfSts>ACSC</PmtInfSts>");
        StatusVerdicts verdicts = StatusReportReader.read(xml.getBytes(StandardCharsets.UTF_8)).verdicts();
        assertEquals(Optional.of(new BankVerdict.Accepted("ACSC")),
                verdicts.verdictFor(PMT_INF, "GM0014/2507/2/GM0014-0000002"));
        assertEquals(Optional.of(new BankVerdict.Rejected("AC04")),
                verdicts.verdictFor(PMT_INF, "GM0014/2507/1/GM0014-0000001"));
        assertEquals(Optional.empty(), verdicts.verdictFor("GM0014/20250725/9/P1", "GM0014/2507/2/GM0014-0000002"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "empty|''|EMPTY_OR_TOO_LARGE",
        "garbage|not xml at all|NOT_XML",
        "truncated|<Document xmlns='urn:iso:std:iso:20022:tech:xsd:pain.002.001.10'><CstmrPmtStsRpt>|NOT_XML",
        "pain.001 sent as a status report|<Document xmlns='urn:iso:std:iso:20022:tech:xsd:pain.001.001.09'/>|WRONG_NAMESPACE",
        "prefixed unknown root|<x:Foo xmlns:x='urn:x'/>|WRONG_NAMESPACE",
        "no namespace|<Document><CstmrPmtStsRpt/></Document>|WRONG_NAMESPACE",
        "right namespace, no content|<Document xmlns='urn:iso:std:iso:20022:tech:xsd:pain.002.001.10'/>|CONTENT_MISSING",
        "other message in the namespace|<Document xmlns='urn:iso:std:iso:20022:tech:xsd:pain.002.001.03'><Foo/></Document>|CONTENT_MISSING",
        "doctype|<!DOCTYPE d [<!ENTITY x 'y'>]><Document xmlns='urn:iso:std:iso:20022:tech:xsd:pain.002.001.10'/>|DOCTYPE_NOT_ALLOWED"})
    void refusesWhatIsNotAStatusReport(String what, String xml, Problem problem) {
        ReportRefusedException e = assertThrows(ReportRefusedException.class,
                () -> StatusReportReader.read(xml.getBytes(StandardCharsets.UTF_8)), what);
        assertEquals(problem, e.problem(), e.getMessage());
    }

    @Test
    void refusesAReportWithoutOriginalEndToEndId() {
        String xml = new String(ReportFiles.bytes("pain.002.001.10-part.xml"), StandardCharsets.UTF_8)
                .replace("<OrgnlEndToEndId>GM0014/2507/1/GM0014-0000001</OrgnlEndToEndId>", "");
        ReportRefusedException e = assertThrows(ReportRefusedException.class,
                () -> StatusReportReader.read(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals(Problem.CONTENT_MISSING, e.problem());
    }

    @Test
    void refusesAReportNamingAPaymentTheEngineDidNotSend() {
        StatusReport report = StatusReportReader.read(ReportFiles.bytes("pain.002.001.10-part.xml"));
        Set<String> files = Set.of("GM0014/20250725/1");
        Set<String> known = Set.of("GM0014/2507/1/GM0014-0000001");
        ReportRefusedException e = assertThrows(ReportRefusedException.class,
                () -> ReportMatching.requireKnown(report, files::contains, known::contains));
        assertEquals(Problem.UNKNOWN_REFERENCE, e.problem());
        Set<String> both = Set.of("GM0014/2507/1/GM0014-0000001", "GM0014/2507/3/GM0014-0000003");
        assertEquals(report, ReportMatching.requireKnown(report, files::contains, both::contains));
    }

    @Test
    void refusesAGroupStatusForAFileTheEngineDidNotSend() {
        StatusReport report = StatusReportReader.read(ReportFiles.bytes("pain.002.001.03-rjct.xml"));
        ReportRefusedException e = assertThrows(ReportRefusedException.class,
                () -> ReportMatching.requireKnown(report, "GM0014/20250725/1"::equals, id -> true));
        assertEquals(Problem.UNKNOWN_REFERENCE, e.problem());
    }
}
