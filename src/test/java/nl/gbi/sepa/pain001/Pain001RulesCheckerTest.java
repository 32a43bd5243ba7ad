package nl.gbi.sepa.pain001;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import nl.gbi.sepa.Finding;
import nl.gbi.sepa.FindingCode;
import nl.gbi.sepa.SepaFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of sepa.md that the XSD does not check, each broken once in an otherwise good file. */
class Pain001RulesCheckerTest {

    private static final String E2E_1 = "GM0014/2507/1/GM0014-0000001";
    private static final String GOOD = new String(SepaFixtures.write(1, List.of(SepaFixtures.transfer(1, 130_061),
            SepaFixtures.transfer(2, 55_000), SepaFixtures.transfer(3, 6_845))), StandardCharsets.UTF_8);

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                bad("prefixed elements", GOOD.replace("<Document xmlns=", "<p:Document xmlns:p=")
                        .replace("</Document>", "</p:Document>"), FindingCode.NAMESPACE, "file", "Document"),
                bad("other namespace", GOOD.replace("pain.001.001.09", "pain.001.001.03"), FindingCode.NAMESPACE,
                        "file", "Document"),
                bad("Latin-1 declared", GOOD.replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\""),
                        FindingCode.ENCODING, "file", "-"),
                bad("character outside the set", GOOD.replace("Renee de Vries", "Renée de Vries"),
                        FindingCode.CHARSET, E2E_1, "Cdtr/Nm"),
                bad("ampersand", GOOD.replace("Renee de Vries", "Renee &amp; Vries"), FindingCode.CHARSET, E2E_1,
                        "Cdtr/Nm"),
                bad("name of 71", GOOD.replace("Renee de Vries", "R".repeat(71)), FindingCode.LENGTH, E2E_1,
                        "Cdtr/Nm"),
                bad("Ustrd of 141", GOOD.replace("Uitkering Participatiewet juli 2025 dossier GM0014-0000001",
                        "U".repeat(141)), FindingCode.LENGTH, E2E_1, "RmtInf/Ustrd"),
                bad("two Ustrd", GOOD.replace("<Ustrd>Uitkering Participatiewet juli 2025 dossier GM0014-0000001",
                        "<Ustrd>a</Ustrd><Ustrd>Uitkering Participatiewet juli 2025 dossier GM0014-0000001"),
                        FindingCode.REMITTANCE, E2E_1, "RmtInf"),
                bad("EndToEndId with //", GOOD.replace(E2E_1 + "<", "GM0014//2507/1<"), FindingCode.IDENTIFIER,
                        "GM0014//2507/1", "PmtId/EndToEndId"),
                bad("EndToEndId ends with /", GOOD.replace(E2E_1 + "<", "GM0014/2507/1/<"), FindingCode.IDENTIFIER,
                        "GM0014/2507/1/", "PmtId/EndToEndId"),
                bad("MsgId of 36", GOOD.replace("<MsgId>GM0014/20250725/1<", "<MsgId>" + "M".repeat(36) + "<"),
                        FindingCode.IDENTIFIER, "GrpHdr", "MsgId"),
                bad("duplicate EndToEndId", GOOD.replace("GM0014/2507/2/GM0014-0000002", E2E_1),
                        FindingCode.DUPLICATE_ID, E2E_1, "PmtId/EndToEndId"),
                bad("USD", GOOD.replace("Ccy=\"EUR\">1300.61", "Ccy=\"USD\">1300.61"), FindingCode.AMOUNT, E2E_1,
                        "Amt/InstdAmt/@Ccy"),
                bad("one decimal", GOOD.replace(">550.00<", ">550.0<"), FindingCode.AMOUNT,
                        "GM0014/2507/2/GM0014-0000002", "Amt/InstdAmt"),
                bad("amount too large", GOOD.replace(">550.00<", ">1000000000.00<"), FindingCode.AMOUNT,
                        "GM0014/2507/2/GM0014-0000002", "Amt/InstdAmt"),
                bad("GrpHdr CtrlSum off by a cent", GOOD.replaceFirst("<CtrlSum>1919.06<", "<CtrlSum>1919.07<"),
                        FindingCode.TOTALS, "GrpHdr", "CtrlSum"),
                bad("PmtInf NbOfTxs wrong", replaceSecond(GOOD, "<NbOfTxs>3<", "<NbOfTxs>4<"), FindingCode.TOTALS,
                        "PmtInf#1", "NbOfTxs"),
                bad("PmtMtd CHK", GOOD.replace("<PmtMtd>TRF<", "<PmtMtd>CHK<"), FindingCode.PAYMENT_TYPE,
                        "PmtInf#1", "PmtMtd"),
                bad("BtchBookg false", GOOD.replace("<BtchBookg>true<", "<BtchBookg>false<"),
                        FindingCode.PAYMENT_TYPE, "PmtInf#1", "BtchBookg"),
                bad("SvcLvl NURG", GOOD.replace("<Cd>SEPA<", "<Cd>NURG<"), FindingCode.PAYMENT_TYPE, "PmtInf#1",
                        "PmtTpInf/SvcLvl/Cd"),
                bad("ChrgBr SHAR", GOOD.replace("<ChrgBr>SLEV<", "<ChrgBr>SHAR<"), FindingCode.PAYMENT_TYPE,
                        "PmtInf#1", "ChrgBr"),
                bad("ChrgBr at transaction level", GOOD.replaceFirst("</Amt>", "</Amt><ChrgBr>SLEV</ChrgBr>"),
                        FindingCode.PAYMENT_TYPE, E2E_1, "ChrgBr"),
                bad("CtgyPurp SALA", GOOD.replace("<Cd>SSBE<", "<Cd>SALA<"), FindingCode.PAYMENT_TYPE, "PmtInf#1",
                        "PmtTpInf/CtgyPurp/Cd"),
                bad("Purp GDDS", GOOD.replaceFirst("<Cd>BENE<", "<Cd>GDDS<"), FindingCode.PAYMENT_TYPE, E2E_1,
                        "Purp/Cd"),
                bad("ReqdExctnDt as DtTm", GOOD.replace("<Dt>2025-07-25</Dt>", "<DtTm>2025-07-25T00:00:00</DtTm>"),
                        FindingCode.PAYMENT_TYPE, "PmtInf#1", "ReqdExctnDt/DtTm"),
                bad("IBAN check digits", GOOD.replaceFirst("NL39RABO0300065264", "NL39RABO0300065265"),
                        FindingCode.IBAN, E2E_1, "CdtrAcct/Id/IBAN"),
                bad("IBAN lowercase", GOOD.replaceFirst("NL39RABO0300065264", "nl39rabo0300065264"),
                        FindingCode.IBAN, E2E_1, "CdtrAcct/Id/IBAN"),
                bad("DbtrAgt Othr not NOTPROVIDED", GOOD.replace("<BICFI>BNGHNL2G</BICFI>",
                        "<Othr><Id>12345</Id></Othr>"), FindingCode.AGENT, "PmtInf#1", "DbtrAgt/FinInstnId/Othr/Id"),
                bad("address for an EEA IBAN", GOOD.replace("<Nm>Renee de Vries</Nm>",
                        "<Nm>Renee de Vries</Nm><PstlAdr><TwnNm>Groningen</TwnNm><Ctry>NL</Ctry></PstlAdr>"),
                        FindingCode.ADDRESS, E2E_1, "Cdtr/PstlAdr"),
                bad("unstructured address", GOOD.replace("<Nm>Renee de Vries</Nm>",
                        "<Nm>Renee de Vries</Nm><PstlAdr><AdrLine>Groningen</AdrLine></PstlAdr>"),
                        FindingCode.ADDRESS, E2E_1, "PstlAdr"),
                bad("non-EEA IBAN without address", GOOD.replaceFirst("NL39RABO0300065264", "CH9300762011623852957"),
                        FindingCode.ADDRESS, E2E_1, "Cdtr/PstlAdr"),
                bad("SvcLvl at transaction level", GOOD.replaceFirst("</PmtId>",
                        "</PmtId><PmtTpInf><SvcLvl><Cd>SEPA</Cd></SvcLvl></PmtTpInf>"), FindingCode.PAYMENT_TYPE,
                        E2E_1, "PmtTpInf/SvcLvl"),
                bad("Purp as Prtry", GOOD.replaceFirst("<Cd>BENE</Cd>", "<Prtry>BENE</Prtry>"),
                        FindingCode.PAYMENT_TYPE, E2E_1, "Purp/Prtry"),
                bad("creditor account not an IBAN", GOOD.replaceFirst("<IBAN>NL39RABO0300065264</IBAN>",
                        "<Othr><Id>0300065264</Id></Othr>"), FindingCode.IBAN, E2E_1, "CdtrAcct/Id/Othr/Id"),
                bad("no remittance information", GOOD.replaceFirst(
                        "<RmtInf>\\s*<Ustrd>Uitkering Participatiewet juli 2025 dossier GM0014-0000001</Ustrd>\\s*</RmtInf>",
                        ""), FindingCode.REMITTANCE, E2E_1, "RmtInf"),
                bad("zero amount", GOOD.replace(">550.00<", ">0.00<"), FindingCode.AMOUNT,
                        "GM0014/2507/2/GM0014-0000002", "Amt/InstdAmt"),
                bad("GrpHdr NbOfTxs wrong", GOOD.replaceFirst("<NbOfTxs>3<", "<NbOfTxs>2<"), FindingCode.TOTALS,
                        "GrpHdr", "NbOfTxs"),
                bad("PmtInf CtrlSum wrong", replaceSecond(GOOD, "<CtrlSum>1919.06<", "<CtrlSum>1919.00<"),
                        FindingCode.TOTALS, "PmtInf#1", "CtrlSum"));
    }

    private static Arguments bad(String what, String xml, FindingCode code, String transaction, String field) {
        return Arguments.of(what, xml, code, transaction, field);
    }

    private static String replaceSecond(String text, String target, String replacement) {
        int first = text.indexOf(target);
        int second = text.indexOf(target, first + 1);
        return text.substring(0, second) + replacement + text.substring(second + target.length());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void namesTheTransactionAndFieldOfEveryBrokenRule(String what, String xml, FindingCode code, String transaction,
            String field) {
        assertTrue(!xml.equals(GOOD), "the mutation of '" + what + "' did not apply");
        List<Finding> findings = check(xml);
        assertTrue(findings.stream().anyMatch(f -> f.code() == code && f.transaction().equals(transaction)
                && f.field().equals(field)), () -> what + ": expected " + code + " at " + transaction + " " + field
                + " in " + findings);
    }

    @Test
    void aGoodFileHasNoFinding() {
        assertEquals(List.of(), check(GOOD));
    }

    @Test
    void findingsStopAtTheirLimit() {
        String many = new String(SepaFixtures.write(2, SepaFixtures.randomBatch(new java.util.Random(1), 1_200)),
                StandardCharsets.UTF_8).replaceAll("(<InstdAmt Ccy=\"EUR\">[0-9]+\\.[0-9])[0-9]<", "$1<");
        List<Finding> findings = check(many);
        assertEquals(Findings.COUNT_MAX + 1, findings.size());
        assertEquals(FindingCode.TOO_MANY_FINDINGS, findings.get(Findings.COUNT_MAX).code());
    }

    @Test
    void aByteOrderMarkIsAFinding() {
        byte[] body = GOOD.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        List<Finding> findings = Pain001RulesChecker.check(new ByteArrayInputStream(withBom));
        assertTrue(findings.stream().anyMatch(f -> f.code() == FindingCode.ENCODING), findings::toString);
        assertFalse(Pain001Check.check(withBom).offerable());
    }

    @Test
    void invalidUtf8IsAFindingNotAnException() {
        byte[] body = GOOD.replace("Renee", "Ren\u00e9e").getBytes(StandardCharsets.ISO_8859_1);
        List<Finding> findings = Pain001RulesChecker.check(new ByteArrayInputStream(body));
        assertTrue(findings.stream().anyMatch(f -> f.code() == FindingCode.ENCODING), findings::toString);
    }

    @Test
    void theXsdCatchesWhatTheRulesLeaveToIt() {
        Pain001Check.Report report = Pain001Check.check(GOOD.replace("<PmtMtd>TRF</PmtMtd>", "")
                .getBytes(StandardCharsets.UTF_8));
        assertTrue(report.findings().stream().anyMatch(f -> f.code() == FindingCode.XSD_INVALID), report::toString);
        assertFalse(report.offerable());
    }

    private static List<Finding> check(String xml) {
        return Pain001RulesChecker.check(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
