package nl.gbi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.gbi.TestDatabase;
import nl.gbi.TestEngine;
import nl.gbi.batches.Batch;
import nl.gbi.batches.BatchFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 4 wired: bank status reports and returns move payments and batches, and nothing else. */
public class BankReportApiTest {

    @TempDir
    static Path dir;
    static TestDatabase db;
    static TestEngine engine;
    static String starterId;
    static String officer;
    static String ops;

    @BeforeAll
    static void start() {
        db = TestDatabase.start(dir.resolve("db"));
        engine = TestEngine.start(db.engineConfig(dir.resolve("engine")));
        starterId = engine.issue("GM0014", "finance-officer", "Anna Starter").get("id").textValue();
        officer = engine.token("GM0014", "finance-officer");
        ops = engine.token(null, "ops");
    }

    @AfterAll
    static void stop() {
        engine.close();
        db.close();
    }

    /** A batch of three payments, approved and downloaded: its payments are SENT. */
    static Batch exported(String prefix) {
        Batch batch = engine.createBatch(BatchFixtures.batch("GM0014", starterId, BatchFixtures.lines(prefix, 3, 10_000)));
        assertEquals(201, engine.approve(batch.id(), officer, "{}").statusCode());
        assertEquals(200, engine.get("/api/v1/batches/" + batch.id() + "/pain001", officer).statusCode());
        return batch;
    }

    static List<String> endToEndIds(Batch batch) {
        List<String> ids = new ArrayList<>();
        TestEngine.json(engine.get("/api/v1/batches/" + batch.id() + "/payments", officer)).get("betalingen")
                .forEach(p -> ids.add(p.get("endToEndId").textValue()));
        return ids;
    }

    static String status(Batch batch) {
        return TestEngine.json(engine.get("/api/v1/batches/" + batch.id(), officer)).get("status").textValue();
    }

    static HttpResponse<String> post(String path, String token, String xml) {
        return TestEngine.send(engine.request(path, token).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString(xml)));
    }

    static String pain002(String msgId, String groupStatus, String... txs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < txs.length; i += 3) {
            body.append("<TxInfAndSts><OrgnlEndToEndId>").append(txs[i]).append("</OrgnlEndToEndId><TxSts>")
                    .append(txs[i + 1]).append("</TxSts>")
                    .append(txs[i + 2] == null ? "" : "<StsRsnInf><Rsn><Cd>" + txs[i + 2] + "</Cd></Rsn></StsRsnInf>")
                    .append("</TxInfAndSts>");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"><CstmrPmtStsRpt>
                <GrpHdr><MsgId>BNG-STS-%s</MsgId><CreDtTm>2025-07-24T08:00:00+02:00</CreDtTm></GrpHdr>
                <OrgnlGrpInfAndSts><OrgnlMsgId>%s</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId>
                <GrpSts>%s</GrpSts></OrgnlGrpInfAndSts>
                <OrgnlPmtInfAndSts><OrgnlPmtInfId>%s/P1</OrgnlPmtInfId>%s</OrgnlPmtInfAndSts>
                </CstmrPmtStsRpt></Document>""".formatted(System.nanoTime(), msgId, groupStatus, msgId, body);
    }

    public static String camt054(String endToEndId, String amount, String reason) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"><BkToCstmrDbtCdtNtfctn><GrpHdr><MsgId>BNG-RET-%s</MsgId><CreDtTm>2025-07-29T18:00:00+02:00</CreDtTm></GrpHdr><Ntfctn><Id>N1</Id><CreDtTm>2025-07-29T18:00:00+02:00</CreDtTm><Acct><Id><IBAN>NL50BNGH9999000014</IBAN></Id></Acct><Ntry><NtryRef>R1</NtryRef><Amt Ccy="EUR">%s</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2025-07-29</Dt></BookgDt><ValDt><Dt>2025-07-29</Dt></ValDt><AcctSvcrRef>R1</AcctSvcrRef><BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>ICDT</Cd><SubFmlyCd>RRTN</SubFmlyCd></Fmly></Domn></BkTxCd><NtryDtls><TxDtls><Refs><EndToEndId>%s</EndToEndId></Refs><Amt Ccy="EUR">%s</Amt><CdtDbtInd>CRDT</CdtDbtInd><RtrInf><Rsn><Cd>%s</Cd></Rsn></RtrInf></TxDtls></NtryDtls></Ntry></Ntfctn></BkToCstmrDbtCdtNtfctn></Document>"""
                .formatted(System.nanoTime(), amount, endToEndId, amount, reason);
    }

    static String msgId(Batch batch) {
        return TestEngine.json(engine.get("/api/v1/batches/" + batch.id(), officer)).get("bestanden").get(0)
                .get("msgId").textValue();
    }

    @Test
    void aStatusReportRejectsAndAcceptsPaymentsOnceAndMovesTheBatch() {
        Batch batch = exported("STS");
        List<String> ids = endToEndIds(batch);
        String report = pain002(msgId(batch), "PART", ids.get(0), "RJCT", "AC04", ids.get(1), "ACCP", null);
        HttpResponse<String> applied = post("/api/v1/batches/" + batch.id() + "/status-reports", officer, report);
        assertEquals(200, applied.statusCode(), applied.body());
        JsonNode outcome = TestEngine.json(applied);
        assertEquals(2, outcome.get("gewijzigd").intValue());
        assertEquals(1, outcome.get("ongewijzigd").intValue());
        assertEquals("BLOCK_IBAN_AWAIT_NEW", outcome.get("wijzigingen").get(0).get("actie").textValue());
        assertEquals("PARTLY_REJECTED", status(batch));
        assertEquals("AC04", db.query("SELECT reason_code FROM payments WHERE end_to_end_id = $1", ids.get(0))
                .get(0).getString("reason_code"));
        JsonNode again = TestEngine.json(post("/api/v1/batches/" + batch.id() + "/status-reports", ops, report));
        assertEquals(0, again.get("gewijzigd").intValue(), "a report applied twice changes nothing");

        HttpResponse<String> returned = post("/api/v1/returns", officer, camt054(ids.get(1), "100.00", "MD07"));
        assertEquals(200, returned.statusCode(), returned.body());
        assertEquals("STOP_DOSSIER", TestEngine.json(returned).get("wijzigingen").get(0).get("actie").textValue());
        assertEquals("RETURNED", status(batch));
        JsonNode conflict = TestEngine.json(post("/api/v1/returns", ops, camt054(ids.get(0), "100.00", "AC04")));
        assertEquals(1, conflict.get("conflicten").size(), "a rejected payment cannot come back: the money never left");

        List<String> actions = new ArrayList<>();
        TestEngine.json(engine.get("/api/v1/audit", officer)).get("regels").forEach(r -> actions.add(r.get("actie").textValue()));
        assertTrue(actions.contains("STATUS_REPORT_APPLIED") && actions.contains("RETURNS_APPLIED"), actions.toString());
    }

    @Test
    void aGroupAcceptanceAcceptsTheWholeBatch() {
        Batch batch = exported("GRP");
        HttpResponse<String> applied = post("/api/v1/batches/" + batch.id() + "/status-reports", officer,
                pain002(msgId(batch), "ACSC"));
        assertEquals(200, applied.statusCode(), applied.body());
        assertEquals(3, TestEngine.json(applied).get("gewijzigd").intValue());
        assertEquals("ACCEPTED", status(batch));
    }

    @Test
    void filesThatDoNotBelongChangeNothing() {
        Batch exported = exported("REF");
        Batch other = exported("REF2");
        String stranger = pain002(msgId(other), "RJCT");
        assertEquals(422, post("/api/v1/batches/" + exported.id() + "/status-reports", officer, stranger).statusCode());
        assertEquals(422, post("/api/v1/batches/" + exported.id() + "/status-reports", officer, "<nope/>").statusCode());
        assertEquals(415, TestEngine.send(engine.request("/api/v1/returns", officer).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("x"))).statusCode());
        assertEquals(422, post("/api/v1/returns", officer, camt054("GM0014/2507/ZZZZZ/NOPE", "1.00", "AC04")).statusCode());
        Batch waiting = engine.createBatch(BatchFixtures.batch("GM0014", starterId, BatchFixtures.lines("WAIT", 1, 100)));
        assertEquals(409, post("/api/v1/batches/" + waiting.id() + "/status-reports", officer,
                pain002(msgId(waiting), "ACCP")).statusCode());
        assertEquals(422, post("/api/v1/returns", officer, camt054(endToEndIds(waiting).get(0), "1.00", "AC04"))
                .statusCode(), "a payment that was never sent cannot come back");
        String amsterdam = engine.token("GM0363", "finance-officer");
        assertEquals(404, post("/api/v1/batches/" + exported.id() + "/status-reports", amsterdam,
                pain002(msgId(exported), "RJCT")).statusCode());
        assertEquals(422, post("/api/v1/returns", amsterdam, camt054(endToEndIds(exported).get(0), "100.00", "AC04"))
                .statusCode());
        assertEquals(403, post("/api/v1/returns", engine.token("GM0014", "submitter"), "<x/>").statusCode());
        assertEquals("EXPORTED", status(exported));
        assertEquals("EXPORTED", status(other));
        assertEquals(0, db.count("SELECT count(*) FROM payments WHERE batch_id IN ($1, $2) AND state <> 'SENT'",
                exported.id(), other.id()));
    }
}
