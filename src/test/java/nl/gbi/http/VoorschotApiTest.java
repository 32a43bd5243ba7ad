package nl.gbi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.gbi.TestDatabase;
import nl.gbi.TestEngine;
import nl.gbi.TestTenants;
import io.vertx.sqlclient.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Voorschotten through the HTTP API on a real engine and PostgreSQL: grant, pay, replay, deny. */
class VoorschotApiTest {

    private static final String IBAN = "NL91ABNA0417164300";

    @TempDir
    static Path dir;
    static TestDatabase db;
    static TestEngine engine;
    static String submitter;
    static String officer;
    static String amsterdamSubmitter;
    static String ops;

    static String enschedeSubmitter;
    static String enschedeOfficerA;
    static String enschedeOfficerB;

    /** The tenants, with Enschede paying voorschotten as SEPA Instant, at most 95%, two approvers from 100,00. */
    static Path tenants() throws IOException {
        return TestTenants.withEdit(dir, "GM0153", "\"secondApprovalThreshold\": 750000.00",
                "\"secondApprovalThreshold\": 100.00, \"voorschotInstant\": true, \"voorschotMaxPercentage\": 95");
    }

    @BeforeAll
    static void start() throws IOException {
        db = TestDatabase.start(dir.resolve("db"));
        engine = TestEngine.start(db.engineConfig(dir.resolve("engine")).withTenantsDir(tenants()));
        enschedeSubmitter = engine.token("GM0153", "submitter");
        enschedeOfficerA = engine.token("GM0153", "finance-officer");
        enschedeOfficerB = engine.token("GM0153", "finance-officer");
        submitter = engine.token("GM0014", "submitter");
        officer = engine.token("GM0014", "finance-officer");
        amsterdamSubmitter = engine.token("GM0363", "submitter");
        ops = engine.token(null, "ops");
    }

    @AfterAll
    static void stop() {
        engine.close();
        db.close();
    }

    static String body(String dossier, String periode, String bedrag, String reden) {
        return "{\"dossierId\":\"" + dossier + "\",\"periode\":\"" + periode + "\",\"bedrag\":" + bedrag
                + ",\"iban\":\"" + IBAN + "\",\"tenaamstelling\":\"J. de Vries\",\"reden\":\"" + reden + "\"}";
    }

    static HttpResponse<String> post(String token, String key, String body) {
        HttpRequest.Builder builder = engine.request("/api/v1/voorschotten", token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            builder.header("Idempotency-Key", key);
        }
        return TestEngine.send(builder);
    }

    static JsonNode granted(String key, String body) {
        HttpResponse<String> response = post(submitter, key, body);
        assertEquals(201, response.statusCode(), response.body());
        return TestEngine.json(response);
    }

    static HttpResponse<String> deny(String id, String token) {
        return engine.postJson("/api/v1/voorschotten/" + id + "/afwijzing", token, "{\"reden\":\"Geen recht: vermogen\"}");
    }

    static void approveAndExport(long batchId) {
        HttpResponse<String> approved = engine.approve(batchId, officer, "{}");
        assertEquals(201, approved.statusCode(), approved.body());
        HttpResponse<String> file = engine.get("/api/v1/batches/" + batchId + "/pain001", officer);
        assertEquals(200, file.statusCode(), file.body());
    }

    static Set<String> fields(HttpResponse<String> response) {
        Set<String> names = new HashSet<>();
        TestEngine.json(response).get("fouten").forEach(f -> names.add(f.get("veld").textValue()));
        return names;
    }

    @Test
    void aVoorschotIsPaidInABatchOfItsOwnThenReplayedThenDeniedIntoAVordering() {
        JsonNode v = granted("k-happy", body("VS-1", "2026-01", "1500.00", "aanvraag 2026-01-05"));
        assertEquals("TOEGEKEND", v.get("status").textValue());
        assertEquals("IN_BATCH", v.get("betalingStatus").textValue());
        assertEquals("AWAITING_APPROVAL", v.get("batchStatus").textValue());
        long batchId = v.get("batchId").longValue();
        Row batch = db.query("SELECT run_id FROM batches WHERE id = $1", batchId).get(0);
        assertEquals(null, batch.getString("run_id"));
        Row payment = db.query("SELECT soort, periode, line_no, amount_cents FROM payments WHERE batch_id = $1", batchId).get(0);
        assertEquals("VOORSCHOT", payment.getString("soort"));
        assertEquals("2026-01-01", payment.getLocalDate("periode").toString());
        assertEquals(0, payment.getInteger("line_no"));
        assertEquals(150_000L, payment.getLong("amount_cents"));

        HttpResponse<String> approved = engine.approve(batchId, officer, "{}");
        assertEquals(201, approved.statusCode(), approved.body());
        HttpResponse<String> file = engine.get("/api/v1/batches/" + batchId + "/pain001", officer);
        assertEquals(200, file.statusCode(), file.body());
        String xml = new String(file.body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertTrue(xml.contains("1500.00") && xml.contains(IBAN) && xml.contains("Voorschot bijstand 2026-01 dossier VS-1"),
                xml);

        HttpResponse<String> again = post(submitter, "k-happy", body("VS-1", "2026-01", "1500.00", "aanvraag 2026-01-05"));
        assertEquals(200, again.statusCode(), again.body());
        assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(v.get("id").textValue(), TestEngine.json(again).get("id").textValue());
        assertEquals("SENT", TestEngine.json(again).get("betalingStatus").textValue());
        HttpResponse<String> sameTripleNewKey = post(submitter, "k-other",
                body("VS-1", "2026-01", "1500.00", "aanvraag 2026-01-05"));
        assertEquals(200, sameTripleNewKey.statusCode(), sameTripleNewKey.body());
        assertEquals(1, db.count("SELECT count(*) FROM voorschotten WHERE dossier_id = 'VS-1'"));

        HttpResponse<String> denied = deny(v.get("id").textValue(), submitter);
        assertEquals(200, denied.statusCode(), denied.body());
        assertEquals("AFGEWEZEN", TestEngine.json(denied).get("status").textValue());
        assertEquals("1500.00", TestEngine.json(denied).get("vordering").decimalValue().toPlainString());
        Row booking = db.query("SELECT kind, cents, versie, run_id, periode FROM ledger_bookings WHERE voorschot_id = $1",
                v.get("id").textValue()).get(0);
        assertEquals("VORDERING", booking.getString("kind"));
        assertEquals(150_000L, booking.getLong("cents"));
        assertEquals(null, booking.getInteger("versie"));
        assertEquals(null, booking.getString("run_id"));
        assertEquals(409, deny(v.get("id").textValue(), submitter).statusCode());
        assertEquals(1, db.count("SELECT count(*) FROM ledger_bookings WHERE voorschot_id = $1", v.get("id").textValue()));
        assertTrue(db.count("SELECT count(*) FROM audit_log WHERE subject = $1", "voorschot/" + v.get("id").textValue()) == 2);
    }

    @Test
    void anotherAmountUnderTheSameTripleOrTheSameKeyWithAnotherBodyIsAConflict() {
        granted("k-conflict", body("VS-2", "2026-01", "800.00", "eerste"));
        assertEquals(409, post(submitter, "k-conflict-2", body("VS-2", "2026-01", "800.01", "eerste")).statusCode());
        assertEquals(409, post(submitter, "k-conflict", body("VS-2", "2026-01", "800.00", "tweede")).statusCode());
        assertEquals(409, post(submitter, "k-conflict", body("VS-9", "2026-02", "800.00", "eerste")).statusCode());
        JsonNode second = granted("k-conflict-3", body("VS-2", "2026-01", "200.00", "tweede"));
        assertEquals(1, db.query("SELECT line_no FROM payments WHERE batch_id = $1", second.get("batchId").longValue())
                .get(0).getInteger("line_no"));
        assertEquals(2, db.count("SELECT count(*) FROM voorschotten WHERE dossier_id = 'VS-2'"));
    }

    @Test
    void aReplayAfterAStopBetweenVoorschotAndBatchRecordsTheBatchAndPaysNothingTwice() {
        JsonNode v = granted("k-crash", body("VS-10", "2026-01", "300.00", "r"));
        db.query("UPDATE voorschotten SET batch_id = NULL WHERE id = $1 RETURNING id", v.get("id").textValue());
        HttpResponse<String> again = post(submitter, "k-crash", body("VS-10", "2026-01", "300.00", "r"));
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(v.get("batchId").longValue(), TestEngine.json(again).get("batchId").longValue());
        assertEquals(1, db.count("SELECT count(*) FROM payments WHERE dossier_id = 'VS-10'"));
    }

    @Test
    void anInstantTenantsVoorschotIsCappedAtItsShareNeedsTwoApprovalsAndIsPaidAsInst() {
        // 95% of 2.144,16 = 2.036,952: at most 2.036,95
        HttpResponse<String> over = post(enschedeSubmitter, "k-inst-over", body("VS-20", "2026-01", "2036.96", "r"));
        assertEquals(Set.of("bedrag"), fields(over));
        HttpResponse<String> made = post(enschedeSubmitter, "k-inst", body("VS-20", "2026-01", "2036.95", "r"));
        assertEquals(201, made.statusCode(), made.body());
        JsonNode v = TestEngine.json(made);
        assertTrue(v.get("instant").booleanValue());
        long batchId = v.get("batchId").longValue();
        assertEquals(201, engine.approve(batchId, enschedeOfficerA, "{}").statusCode());
        assertEquals(409, engine.get("/api/v1/batches/" + batchId + "/pain001", enschedeOfficerA).statusCode());
        assertEquals(201, engine.approve(batchId, enschedeOfficerB, "{}").statusCode());
        HttpResponse<String> file = engine.get("/api/v1/batches/" + batchId + "/pain001", enschedeOfficerB);
        assertEquals(200, file.statusCode(), file.body());
        assertTrue(file.body().contains("<LclInstrm>") && file.body().contains("<Cd>INST</Cd>")
                && file.body().contains("2036.95"), file.body());
        // Groningen pays ordinarily
        JsonNode groningen = granted("k-inst-gr", body("VS-21", "2026-01", "10.00", "r"));
        approveAndExport(groningen.get("batchId").longValue());
        assertTrue(!engine.get("/api/v1/batches/" + groningen.get("batchId").longValue() + "/pain001", officer).body()
                .contains("LclInstrm"));
    }

    @Test
    void everyOffendingFieldIsNamed() {
        HttpResponse<String> response = post(submitter, "k-bad", "{\"dossierId\":\"x y\",\"periode\":\"2026-13\","
                + "\"bedrag\":12.345,\"iban\":\"NL91ABNA0417164301\",\"tenaamstelling\":\"\",\"extra\":1}");
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals(Set.of("dossierId", "periode", "bedrag", "iban", "tenaamstelling", "reden", "extra"), fields(response));
        assertEquals(Set.of("bedrag"), fields(post(submitter, "k-bad2", body("VS-3", "2026-01", "0", "r"))));
        assertEquals(Set.of("bedrag"), fields(post(submitter, "k-bad3", body("VS-3", "2026-01", "\"100.00\"", "r"))));
        assertEquals(Set.of("Idempotency-Key"), fields(post(submitter, null, body("VS-3", "2026-01", "100.00", "r"))));
        assertEquals(Set.of("periode"), fields(post(submitter, "k-bad4", body("VS-3", "1999-01", "100.00", "r"))));
        assertEquals(0, db.count("SELECT count(*) FROM voorschotten WHERE dossier_id = 'VS-3'"));
    }

    @Test
    void aVoorschotIsAtMostTheTenantsShareOfTheHighestGehuwdennorm() {
        // 2026-01: art. 22 b (gehuwden, AOW) 2.144,16 is the highest gehuwdennorm; Groningen allows 100%
        HttpResponse<String> over = post(submitter, "k-cap", body("VS-4", "2026-01", "2144.17", "r"));
        assertEquals(400, over.statusCode(), over.body());
        assertEquals(Set.of("bedrag"), fields(over));
        granted("k-cap-2", body("VS-4", "2026-01", "2144.16", "r"));
    }

    @Test
    void aDenialWaitsForTheBatchAndARejectedBatchLeavesNoVordering() {
        JsonNode v = granted("k-undecided", body("VS-5", "2026-02", "900.00", "r"));
        String id = v.get("id").textValue();
        assertEquals(409, deny(id, submitter).statusCode());
        HttpResponse<String> rejected = engine.postJson("/api/v1/batches/" + v.get("batchId").longValue() + "/rejection",
                officer, "{\"reden\":\"Voorschot wordt afgewezen\"}");
        assertEquals(200, rejected.statusCode(), rejected.body());
        HttpResponse<String> denied = deny(id, submitter);
        assertEquals(200, denied.statusCode(), denied.body());
        assertEquals("RELEASED", TestEngine.json(denied).get("betalingStatus").textValue());
        assertEquals(0, db.count("SELECT count(*) FROM ledger_bookings WHERE voorschot_id = $1", id));
    }

    @Test
    void aSettledMonthCannotBeDenied() {
        JsonNode v = granted("k-settled", body("VS-6", "2026-03", "700.00", "r"));
        approveAndExport(v.get("batchId").longValue());
        db.query("INSERT INTO latest_berekeningen (tenant_id, dossier_id, periode, versie, settled_versie)"
                + " VALUES ('GM0014', 'VS-6', DATE '2026-03-01', 1, 1) RETURNING versie");
        assertEquals(409, deny(v.get("id").textValue(), submitter).statusCode());
        assertEquals(0, db.count("SELECT count(*) FROM ledger_bookings WHERE voorschot_id = $1", v.get("id").textValue()));
    }

    @Test
    void anotherTenantSeesNothingAndOtherRolesCannotAsk() {
        JsonNode v = granted("k-tenant", body("VS-7", "2026-01", "100.00", "r"));
        String id = v.get("id").textValue();
        assertEquals(404, engine.get("/api/v1/voorschotten/" + id, amsterdamSubmitter).statusCode());
        assertEquals(404, deny(id, amsterdamSubmitter).statusCode());
        assertEquals(200, engine.get("/api/v1/voorschotten/" + id, submitter).statusCode());
        assertEquals(404, engine.get("/api/v1/voorschotten/onbekend", submitter).statusCode());
        assertEquals(403, post(officer, "k-role", body("VS-8", "2026-01", "100.00", "r")).statusCode());
        assertEquals(403, post(ops, "k-role", body("VS-8", "2026-01", "100.00", "r")).statusCode());
        assertEquals(403, deny(id, officer).statusCode());
    }

    @Test
    void requestsRacingWithOneKeyPayTheVoorschotOnceAndNoneFails() throws Exception {
        String body = body("VS-RACE", "2026-02", "400.00", "aanvraag 2026-02-02");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<HttpResponse<String>>> racing = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                racing.add(pool.submit(() -> post(submitter, "k-race", body)));
            }
            Set<Integer> statuses = new HashSet<>();
            for (var response : racing) {
                HttpResponse<String> answer = response.get(60, java.util.concurrent.TimeUnit.SECONDS);
                statuses.add(answer.statusCode());
                assertTrue(Set.of(200, 201, 409).contains(answer.statusCode()), answer.body());
            }
            assertTrue(statuses.contains(201), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, db.count("SELECT count(*) FROM payments WHERE dossier_id = 'VS-RACE'"), "paid once");
        HttpResponse<String> settled = post(submitter, "k-race", body);
        assertEquals(200, settled.statusCode(), settled.body());
        assertTrue(TestEngine.json(settled).get("batchId").isIntegralNumber(), settled.body());
    }

    @Test
    void theRequestThatMadeTheVoorschotAnswers201AlsoWhenAReplayPaidItFirst() throws Exception {
        // the first insert of VS-SLOW's payment waits 2 s, so the replay below makes its batch first and the
        // first request's batch is refused by payments_original_once
        db.query("CREATE SEQUENCE slow_once");
        db.query("CREATE FUNCTION slow_once() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$ BEGIN"
                + " IF NEW.dossier_id = 'VS-SLOW' AND nextval('slow_once') = 1 THEN PERFORM pg_sleep(2); END IF;"
                + " RETURN NEW; END $$");
        db.query("CREATE TRIGGER slow_once BEFORE INSERT ON payments FOR EACH ROW EXECUTE FUNCTION slow_once()");
        try {
            String body = body("VS-SLOW", "2026-02", "300.00", "aanvraag 2026-02-03");
            java.util.concurrent.CompletableFuture<HttpResponse<String>> first =
                    java.util.concurrent.CompletableFuture.supplyAsync(() -> post(submitter, "k-slow", body));
            long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
            while (db.count("SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'PgSleep'") == 0
                    && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            HttpResponse<String> replay = post(submitter, "k-slow", body);
            assertEquals(200, replay.statusCode(), replay.body());
            HttpResponse<String> made = first.get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(201, made.statusCode(), made.body());
            assertEquals(TestEngine.json(replay).get("batchId"), TestEngine.json(made).get("batchId"));
            assertEquals(1, db.count("SELECT count(*) FROM payments WHERE dossier_id = 'VS-SLOW'"), "paid once");
        } finally {
            db.query("DROP TRIGGER slow_once ON payments");
            db.query("DROP FUNCTION slow_once()");
            db.query("DROP SEQUENCE slow_once");
        }
    }
}
