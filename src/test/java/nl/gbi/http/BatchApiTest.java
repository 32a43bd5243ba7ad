package nl.gbi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.buffer.Buffer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nl.gbi.TestDatabase;
import nl.gbi.TestEngine;
import nl.gbi.batches.Batch;
import nl.gbi.batches.BatchFixtures;
import nl.gbi.batches.BatchState;
import nl.gbi.batches.ContentHash;
import nl.gbi.batches.PaymentLine;
import nl.gbi.domain.BetalingSoort;
import nl.gbi.domain.Iban;
import nl.gbi.domain.Money;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every four-eyes rule and batch state change through the HTTP API, with the database looked at directly. */
class BatchApiTest {

    @TempDir
    static Path dir;
    static TestDatabase db;
    static TestEngine engine;
    static String starterId;
    static String starter;
    static String officerB;
    static String officerC;
    static String amsterdamOfficer;
    static String submitter;
    static String ops;

    @BeforeAll
    static void start() {
        db = TestDatabase.start(dir.resolve("db"));
        engine = TestEngine.start(db.engineConfig(dir.resolve("engine")));
        JsonNode a = engine.issue("GM0014", "finance-officer", "Anna Starter");
        starterId = a.get("id").textValue();
        starter = a.get("token").textValue();
        officerB = engine.issue("GM0014", "finance-officer", "Bram Tweede").get("token").textValue();
        officerC = engine.issue("GM0014", "finance-officer", "Cor Derde").get("token").textValue();
        amsterdamOfficer = engine.token("GM0363", "finance-officer");
        submitter = engine.token("GM0014", "submitter");
        ops = engine.token(null, "ops");
    }

    @AfterAll
    static void stop() {
        engine.close();
        db.close();
    }

    static Batch small(String prefix) {
        return engine.createBatch(BatchFixtures.batch("GM0014", starterId, BatchFixtures.lines(prefix, 3, 120_000)));
    }

    /** Two lines of 600.000,00: above Groningen's threshold of 1.000.000,00. */
    static Batch large(String prefix) {
        return engine.createBatch(BatchFixtures.batch("GM0014", starterId, BatchFixtures.lines(prefix, 2, 60_000_000)));
    }

    static HttpResponse<String> approve(long id, String token, String body) {
        return engine.approve(id, token, body);
    }

    static String shown(JsonNode batch) {
        return "{\"sha256\":\"" + batch.get("sha256").textValue() + "\",\"aantal\":" + batch.get("aantal").intValue()
                + ",\"totaal\":" + batch.get("totaal").decimalValue().toPlainString() + "}";
    }

    static JsonNode detail(long id, String token) {
        HttpResponse<String> response = engine.get("/api/v1/batches/" + id, token);
        assertEquals(200, response.statusCode(), response.body());
        return TestEngine.json(response);
    }

    static void assertProblem(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(TestEngine.json(response).get("detail").textValue().length() > 5, response.body());
    }

    @Test
    void aNewBatchAwaitsApprovalWithItsFileHashCountsAndTotals() {
        Batch batch = small("NEW");
        assertEquals(BatchState.AWAITING_APPROVAL, batch.state());
        JsonNode json = detail(batch.id(), officerB);
        assertEquals("AWAITING_APPROVAL", json.get("status").textValue());
        assertEquals(3, json.get("aantal").intValue());
        assertEquals("3600.00", json.get("totaal").decimalValue().toPlainString());
        assertEquals(1, json.get("goedkeuringenNodig").intValue());
        byte[] content = db.query("SELECT content FROM batch_files WHERE batch_id = $1", batch.id())
                .get(0).getBuffer("content").getBytes();
        assertEquals(ContentHash.hex(ContentHash.sha256(content)), json.get("sha256").textValue());
        assertEquals(1, json.get("bestanden").size());
        assertEquals(3, json.get("perSoort").size());
        assertEquals("IN_BATCH", json.get("perStatus").get(0).get("soort").textValue());
        JsonNode page = TestEngine.json(engine.get("/api/v1/batches/" + batch.id() + "/payments?aantal=2", officerB));
        assertEquals(2, page.get("betalingen").size());
        assertTrue(page.get("betalingen").get(0).get("endToEndId").textValue().startsWith("GM0014/2507/"));
        assertTrue(page.get("betalingen").get(0).get("iban").textValue().contains("*"), "IBANs are masked");
    }

    @Test
    void whoStartedTheRunCannotApprove() {
        Batch batch = small("STARTER");
        assertProblem(403, approve(batch.id(), starter, "{}"));
        assertEquals(0, db.count("SELECT count(*) FROM approvals WHERE batch_id = $1", batch.id()));
    }

    @Test
    void belowTheThresholdOneOtherOfficerApproves() {
        Batch batch = small("ONE");
        JsonNode shownTo = detail(batch.id(), officerB);
        HttpResponse<String> approved = approve(batch.id(), officerB, shown(shownTo));
        assertEquals(201, approved.statusCode(), approved.body());
        assertEquals("APPROVED", TestEngine.json(approved).get("status").textValue());
        assertProblem(409, approve(batch.id(), officerC, "{}"));
    }

    @Test
    void atOrAboveTheThresholdTwoDifferentOfficersApproveAndOneTwiceCountsOnce() {
        Batch batch = large("TWO");
        assertEquals(2, batch.approvalsNeeded());
        JsonNode shownTo = detail(batch.id(), officerB);
        assertEquals(201, approve(batch.id(), officerB, shown(shownTo)).statusCode());
        assertEquals("AWAITING_APPROVAL", detail(batch.id(), officerB).get("status").textValue());
        assertProblem(409, approve(batch.id(), officerB, shown(shownTo)));
        assertEquals(1, db.count("SELECT count(*) FROM approvals WHERE batch_id = $1", batch.id()));
        assertProblem(409, engine.get("/api/v1/batches/" + batch.id() + "/pain001", officerB));
        HttpResponse<String> second = approve(batch.id(), officerC, shown(shownTo));
        assertEquals(201, second.statusCode(), second.body());
        JsonNode approved = TestEngine.json(second);
        assertEquals("APPROVED", approved.get("status").textValue());
        assertEquals(2, approved.get("geldigeGoedkeuringen").intValue());
        assertEquals(shownTo.get("sha256").textValue(), approved.get("goedkeuringen").get(0).get("sha256").textValue());
    }

    @Test
    void theDownloadIsExactlyTheApprovedBytesAndExportsTheBatch() {
        Batch batch = small("DL");
        JsonNode shownTo = detail(batch.id(), officerB);
        assertEquals(201, approve(batch.id(), officerB, shown(shownTo)).statusCode());
        HttpResponse<String> file = engine.get("/api/v1/batches/" + batch.id() + "/pain001", officerC);
        assertEquals(200, file.statusCode(), file.body());
        String header = file.headers().firstValue("X-Content-SHA256").orElseThrow();
        assertEquals(shownTo.get("sha256").textValue(), header);
        assertEquals(header, ContentHash.hex(ContentHash.sha256(file.body().getBytes(StandardCharsets.UTF_8))));
        assertEquals("EXPORTED", detail(batch.id(), officerB).get("status").textValue());
        assertEquals(3, db.count("SELECT count(*) FROM payments WHERE batch_id = $1 AND state = 'SENT'", batch.id()));
        assertEquals(200, engine.get("/api/v1/batches/" + batch.id() + "/pain001", officerB).statusCode());
        assertProblem(404, engine.get("/api/v1/batches/" + batch.id() + "/pain001?file=1", officerB));
        assertProblem(409, engine.postJson("/api/v1/batches/" + batch.id() + "/rejection", officerB, "{\"reden\":\"te laat\"}"));
    }

    @Test
    void anApprovalOfOtherValuesThanStoredIsRefused() {
        Batch batch = small("SHOWN");
        String sha = detail(batch.id(), officerB).get("sha256").textValue();
        assertProblem(409, approve(batch.id(), officerB, "{\"sha256\":\"" + "0".repeat(64) + "\"}"));
        assertProblem(409, approve(batch.id(), officerB, "{\"sha256\":\"" + sha + "\",\"aantal\":4}"));
        assertProblem(409, approve(batch.id(), officerB, "{\"totaal\":3600.01}"));
        assertProblem(400, approve(batch.id(), officerB, "{\"totaal\":\"veel\"}"));
        assertEquals(0, db.count("SELECT count(*) FROM approvals WHERE batch_id = $1", batch.id()));
    }

    @Test
    void aRejectionNeedsAReasonEndsTheBatchAndReleasesItsPayments() {
        Batch batch = small("REJ");
        assertProblem(400, engine.postJson("/api/v1/batches/" + batch.id() + "/rejection", officerB, "{\"reden\":\" \"}"));
        HttpResponse<String> rejected = engine.postJson("/api/v1/batches/" + batch.id() + "/rejection", starter,
                "{\"reden\":\"bedragen kloppen niet\"}");
        assertEquals(200, rejected.statusCode(), rejected.body());
        assertEquals("REJECTED", TestEngine.json(rejected).get("status").textValue());
        assertEquals("bedragen kloppen niet", TestEngine.json(rejected).get("reden").textValue());
        assertEquals(3, db.count("SELECT count(*) FROM payments WHERE batch_id = $1 AND state = 'RELEASED'", batch.id()));
        assertProblem(409, approve(batch.id(), officerB, "{}"));
        assertProblem(409, engine.get("/api/v1/batches/" + batch.id() + "/pain001", officerB));
        assertProblem(409, engine.postJson("/api/v1/batches/" + batch.id() + "/rejection", officerB, "{\"reden\":\"nogmaals\"}"));
    }

    @Test
    void rolesAndTenantsAreKeptApart() {
        Batch batch = small("ROLES");
        long id = batch.id();
        assertProblem(403, engine.get("/api/v1/batches/" + id, submitter));
        assertProblem(403, approve(id, ops, "{}"));
        assertProblem(403, engine.get("/api/v1/batches/" + id + "/pain001", ops));
        assertProblem(404, engine.get("/api/v1/batches/" + id, amsterdamOfficer));
        assertProblem(404, approve(id, amsterdamOfficer, "{}"));
        assertProblem(404, engine.postJson("/api/v1/batches/" + id + "/rejection", amsterdamOfficer, "{\"reden\":\"x\"}"));
        assertProblem(404, engine.get("/api/v1/batches/" + id + "/pain001", amsterdamOfficer));
        assertProblem(404, engine.get("/api/v1/batches/nope", officerB));
        assertEquals(200, engine.get("/api/v1/batches/" + id, ops).statusCode());
        JsonNode all = TestEngine.json(engine.get("/api/v1/batches?status=AWAITING_APPROVAL", ops));
        assertTrue(contains(all, id));
        assertFalse(contains(TestEngine.json(engine.get("/api/v1/batches", amsterdamOfficer)), id));
        assertTrue(contains(TestEngine.json(engine.get("/api/v1/batches?status=AWAITING_APPROVAL", officerB)), id));
        assertFalse(contains(TestEngine.json(engine.get("/api/v1/batches?status=REJECTED", officerB)), id));
        assertProblem(400, engine.get("/api/v1/batches?status=SOMETHING", officerB));
    }

    @Test
    void aBatchWithFindingsIsStoredButNotOffered() {
        List<PaymentLine> lines = new ArrayList<>(BatchFixtures.lines("FIND", 2, 10_000));
        lines.add(new PaymentLine("FIND-X", YearMonth.of(2025, 7), BetalingSoort.UITKERING,
                Money.ofCents(10_000), new Iban("CH9300762011623852957"), "Zwitser", "juli"));
        Batch batch = engine.createBatch(BatchFixtures.batch("GM0014", starterId, lines));
        assertEquals(BatchState.CREATED, batch.state());
        JsonNode json = detail(batch.id(), officerB);
        assertEquals("ADDRESS", json.get("bevindingen").get(0).get("code").textValue());
        assertEquals(0, json.get("bestanden").size());
        assertProblem(409, approve(batch.id(), officerB, "{}"));
        HttpResponse<String> rejected = engine.postJson("/api/v1/batches/" + batch.id() + "/rejection", officerB,
                "{\"reden\":\"IBAN buiten de EER\"}");
        assertEquals("REJECTED", TestEngine.json(rejected).get("status").textValue());
        assertEquals(3, db.count("SELECT count(*) FROM payments WHERE batch_id = $1 AND state = 'RELEASED'", batch.id()));
    }

    @Test
    void anApprovedBatchCanStillBeRejectedBeforeItLeaves() {
        Batch batch = small("LATE");
        assertEquals(201, approve(batch.id(), officerB, "{}").statusCode());
        HttpResponse<String> rejected = engine.postJson("/api/v1/batches/" + batch.id() + "/rejection", officerC,
                "{\"reden\":\"verkeerde uitvoerdatum\"}");
        assertEquals(200, rejected.statusCode(), rejected.body());
        assertEquals("REJECTED", TestEngine.json(rejected).get("status").textValue());
        assertProblem(409, engine.get("/api/v1/batches/" + batch.id() + "/pain001", officerB));
        assertEquals(3, db.count("SELECT count(*) FROM payments WHERE batch_id = $1 AND state = 'RELEASED'", batch.id()));
        assertThrows(IllegalStateException.class, () -> db.query("INSERT INTO approvals (tenant_id, batch_id, token_id,"
                + " naam, content_sha256, nb_of_txs, ctrl_sum_cents) VALUES ('GM0014', $1, 'someone', 'x', $2, 3, 360000)",
                batch.id(), Buffer.buffer(new byte[32])), "no approval of an ended batch");
        assertThrows(IllegalStateException.class,
                () -> db.query("UPDATE batches SET state = 'AWAITING_APPROVAL' WHERE id = $1", batch.id()));
    }

    @Test
    void anEditedFileIsDetectedAndTheApprovalNoLongerCounts() {
        Batch batch = small("TAMPER");
        JsonNode shownTo = detail(batch.id(), officerB);
        assertEquals(201, approve(batch.id(), officerB, shown(shownTo)).statusCode());
        db.query("UPDATE batch_files SET content = replace(convert_from(content, 'UTF8'), '1200.00', '9200.00')::bytea"
                + " WHERE batch_id = $1", batch.id());
        assertProblem(409, engine.get("/api/v1/batches/" + batch.id() + "/pain001", officerB));
        JsonNode after = detail(batch.id(), officerB);
        assertFalse(after.get("bestandOngewijzigd").booleanValue());
        assertFalse(after.get("goedkeuringen").get(0).get("geldig").booleanValue());
        assertEquals("APPROVED", after.get("status").textValue());
    }

    @Test
    void theDatabaseRefusesIllegalTransitionsAndEditsWhateverJavaDoes() {
        Batch batch = small("DBRULES");
        assertThrows(IllegalStateException.class,
                () -> db.query("UPDATE batches SET state = 'EXPORTED' WHERE id = $1", batch.id()));
        assertThrows(IllegalStateException.class,
                () -> db.query("UPDATE batches SET state = 'APPROVED' WHERE id = $1", batch.id()));
        assertThrows(IllegalStateException.class,
                () -> db.query("UPDATE batches SET ctrl_sum_cents = 1 WHERE id = $1", batch.id()));
        assertThrows(IllegalStateException.class, () -> db.query("INSERT INTO approvals (tenant_id, batch_id, token_id,"
                + " naam, content_sha256, nb_of_txs, ctrl_sum_cents) VALUES ('GM0014', $1, $2, 'x', $3, 3, 360000)",
                batch.id(), starterId, Buffer.buffer(new byte[32])));
        assertThrows(IllegalStateException.class,
                () -> db.query("UPDATE payments SET state = 'ACCEPTED' WHERE batch_id = $1", batch.id()));
        assertThrows(IllegalStateException.class,
                () -> db.query("UPDATE payments SET amount_cents = 1 WHERE batch_id = $1", batch.id()));
        for (String privilege : List.of("UPDATE", "DELETE", "TRUNCATE")) {
            assertFalse(db.query("SELECT has_table_privilege('gbi_app', 'audit_log', $1) AS p", privilege)
                    .get(0).getBoolean("p"), privilege + " on audit_log");
            assertFalse(db.query("SELECT has_table_privilege('gbi_app', 'batch_files', $1) AS p", privilege)
                    .get(0).getBoolean("p"), privilege + " on batch_files");
        }
        assertEquals("AWAITING_APPROVAL", detail(batch.id(), officerB).get("status").textValue());
    }

    private static boolean contains(JsonNode list, long id) {
        for (JsonNode batch : list.get("batches")) {
            if (batch.get("id").longValue() == id) {
                return true;
            }
        }
        return false;
    }
}
