package nl.gbi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import io.vertx.sqlclient.Tuple;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import nl.gbi.TestDatabase;
import nl.gbi.TestEngine;
import nl.gbi.json.Json;
import nl.gbi.json.SampleBerekeningen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The intake routes on a real server, with the database looked at directly. */
class IntakeApiTest {

    @TempDir
    static Path dir;
    static TestDatabase db;
    static TestEngine engine;
    static String groningen;
    static String amsterdam;

    @BeforeAll
    static void start() {
        db = TestDatabase.start(dir.resolve("db"));
        engine = TestEngine.start(db.engineConfig(dir.resolve("engine")));
        groningen = engine.token("GM0014", "submitter");
        amsterdam = engine.token("GM0363", "submitter");
    }

    @AfterAll
    static void stop() {
        engine.close();
        db.close();
    }

    @Test
    void aJsonArrayIsValidatedAndStored() {
        String body = array(SampleBerekeningen.example("ARR-1", "2025-07"), SampleBerekeningen.example("ARR-2", "2025-07"));
        HttpResponse<String> response = engine.submit(groningen, "application/json", body, null);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("{\"ontvangen\":2,\"geaccepteerd\":2,\"afgewezen\":[]}", response.body());
        JsonNode stored = TestEngine.json(engine.get("/api/v1/berekeningen/ARR-2/2025-07", groningen));
        assertEquals("ARR-2", stored.get("dossierId").textValue());
        assertEquals(1, stored.get("versie").intValue());
        assertEquals("450.00", stored.get("input").get("inkomsten").get(0).get("nettoBedrag").toString());
    }

    @Test
    void ndjsonIsReadLineByLine() {
        String body = SampleBerekeningen.example("ND-1", "2025-07") + "\n" + SampleBerekeningen.example("ND-2", "2025-07")
                + "\n" + SampleBerekeningen.example("ND-3", "2025-08") + "\n";
        HttpResponse<String> response = engine.submit(groningen, "application/x-ndjson; charset=utf-8", body, null);
        assertEquals("{\"ontvangen\":3,\"geaccepteerd\":3,\"afgewezen\":[]}", response.body());
        assertEquals(200, engine.get("/api/v1/berekeningen/ND-3/2025-08", groningen).statusCode());
    }

    @Test
    void invalidRecordsAreReportedByIndexAndDossierIdWhileValidOnesAreStored() {
        ObjectNode bad = SampleBerekeningen.example("BAD-1", "2025-07");
        bad.put("regeling", "IOAW");
        ((ObjectNode) bad.get("betaalrekening")).put("iban", "NL91ABNA0417164301");
        ObjectNode notAllowed = SampleBerekeningen.example("BAD-2", "2025-07");
        ((ObjectNode) notAllowed.get("verlaging")).put("percentage", 20);
        String body = array(SampleBerekeningen.example("MIX-1", "2025-07"), bad, notAllowed);
        JsonNode answer = TestEngine.json(engine.submit(groningen, "application/json", body, null));
        assertEquals(3, answer.get("ontvangen").intValue());
        assertEquals(1, answer.get("geaccepteerd").intValue());
        JsonNode first = answer.get("afgewezen").get(0);
        assertEquals(1, first.get("index").intValue());
        assertEquals("BAD-1", first.get("dossierId").textValue());
        assertEquals("[\"regeling:REGELING_NIET_ONDERSTEUND\",\"betaalrekening.iban:IBAN_ONGELDIG\"]", codes(first));
        assertEquals("[\"verlaging.percentage:VERLAGING_NIET_TOEGESTAAN\"]", codes(answer.get("afgewezen").get(1)));
        assertEquals(1, db.count("SELECT count(*) FROM berekeningen WHERE dossier_id = 'MIX-1'"));
        assertEquals(0, db.count("SELECT count(*) FROM berekeningen WHERE dossier_id LIKE 'BAD-%'"));
    }

    @Test
    void aResubmissionReplacesTheLatestAndKeepsTheEarlierVersionNumbered() {
        ObjectNode second = SampleBerekeningen.example("VER-1", "2025-07");
        ((ObjectNode) second.get("betaalrekening")).put("tenaamstelling", "R. de Vries-Jansen");
        ObjectNode third = second.deepCopy();
        ((ObjectNode) third.get("betaalrekening")).put("tenaamstelling", "Renee de Vries");
        engine.submit(groningen, "application/json", array(SampleBerekeningen.example("VER-1", "2025-07")), null);
        JsonNode answer = TestEngine.json(engine.submit(groningen, "application/json", array(second, third), null));
        assertEquals(2, answer.get("geaccepteerd").intValue());
        JsonNode latest = TestEngine.json(engine.get("/api/v1/berekeningen/VER-1/2025-07", groningen));
        assertEquals(3, latest.get("versie").intValue());
        assertEquals("Renee de Vries", latest.get("input").get("betaalrekening").get("tenaamstelling").textValue());
        assertEquals("[1, 2, 3]", db.query("SELECT array_agg(versie ORDER BY versie)::text AS v FROM berekeningen "
                + "WHERE dossier_id = 'VER-1'").get(0).getString("v").replace("{", "[").replace("}", "]").replace(",", ", "));
        assertEquals(3, db.count("SELECT versie FROM latest_berekeningen WHERE dossier_id = 'VER-1'"));
    }

    @Test
    void theSameKeyAndBodyReplaysTheStoredAnswerAndStoresNothingAgain() {
        String body = array(SampleBerekeningen.example("IDEM-1", "2025-07"));
        HttpResponse<String> first = engine.submit(groningen, "application/json", body, "key-idem-1");
        HttpResponse<String> again = engine.submit(groningen, "application/json", body, "key-idem-1");
        assertEquals(200, again.statusCode());
        assertEquals(first.body(), again.body());
        assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertTrue(first.headers().firstValue("Idempotent-Replayed").isEmpty());
        assertEquals(1, db.count("SELECT count(*) FROM berekeningen WHERE dossier_id = 'IDEM-1'"));
    }

    @Test
    void theSameKeyWithAnotherBodyIsAConflict() {
        engine.submit(groningen, "application/json", array(SampleBerekeningen.example("IDEM-2", "2025-07")), "key-idem-2");
        HttpResponse<String> other = engine.submit(groningen, "application/json",
                array(SampleBerekeningen.example("IDEM-3", "2025-07")), "key-idem-2");
        assertProblem(other, 409);
        assertEquals(0, db.count("SELECT count(*) FROM berekeningen WHERE dossier_id = 'IDEM-3'"));
    }

    @Test
    void aKeyOfAnotherTenantIsAnotherKey() {
        String body = array(SampleBerekeningen.example("IDEM-4", "2025-07"));
        engine.submit(groningen, "application/json", body, "key-shared");
        HttpResponse<String> response = engine.submit(amsterdam, "application/json", body, "key-shared");
        assertTrue(response.headers().firstValue("Idempotent-Replayed").isEmpty());
        assertEquals(1, db.count("SELECT count(*) FROM berekeningen WHERE dossier_id = 'IDEM-4' AND tenant_id = 'GM0363'"));
    }

    /**
     * The key is taken when the body is whole and the transaction opens (no connection waits for a client), so
     * "in flight" is a transaction holding the key: here another instance's, simulated by holding the same
     * advisory lock from a connection of the test's own.
     */
    @Test
    void aRequestStillInFlightUnderTheSameKeyIsAConflict() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            PgConnection other = PgConnection.connect(vertx, PgConnectOptions.fromUri(db.url()))
                    .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            other.preparedQuery("SELECT pg_advisory_lock(hashtextextended($1, 0))").execute(Tuple.of("GM0014/key-in-flight"))
                    .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            String body = array(SampleBerekeningen.example("FLIGHT-1", "2025-07"));
            HttpResponse<String> second = engine.submit(groningen, "application/json", body, "key-in-flight");
            assertProblem(second, 409);
            assertTrue(TestEngine.json(second).get("detail").textValue().contains("in behandeling"));
            assertEquals(0, db.count("SELECT count(*) FROM berekeningen WHERE dossier_id = 'FLIGHT-1'"));
            other.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            HttpResponse<String> retried = engine.submit(groningen, "application/json", body, "key-in-flight");
            assertEquals("{\"ontvangen\":1,\"geaccepteerd\":1,\"afgewezen\":[]}", retried.body());
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }

    /** Two uploads under one key at once: whichever body is whole first is stored, the other is not stored again. */
    @Test
    void aKeyUsedWhileAnEarlierUploadUnderItIsStillComingStoresOnce() throws Exception {
        try (Socket slow = new Socket("127.0.0.1", engine.port())) {
            OutputStream out = slow.getOutputStream();
            out.write(("POST /api/v1/berekeningen HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + groningen
                    + "\r\nContent-Type: application/json\r\nIdempotency-Key: key-racing\r\n"
                    + "Connection: close\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            writeChunk(out, "[" + SampleBerekeningen.example("RACE-1", "2025-07"));
            HttpResponse<String> second = engine.submit(groningen, "application/json",
                    array(SampleBerekeningen.example("RACE-2", "2025-07")), "key-racing");
            assertEquals(200, second.statusCode(), second.body());
            writeChunk(out, "]");
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(slow.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 409"), answer);
            assertTrue(answer.contains("al gebruikt voor een ander verzoek"), answer);
        }
        assertEquals(0, db.count("SELECT count(*) FROM berekeningen WHERE dossier_id = 'RACE-1'"));
        assertEquals(1, db.count("SELECT count(*) FROM berekeningen WHERE dossier_id = 'RACE-2'"));
    }

    private static void writeChunk(OutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Test
    void malformedJsonIsA400AndNothingOfTheRequestIsStored() {
        String body = "[" + SampleBerekeningen.example("MAL-1", "2025-07") + "," + SampleBerekeningen.example("MAL-2", "2025-07")
                + ", {\"dossierId\": ]";
        HttpResponse<String> response = engine.submit(groningen, "application/json", body, "key-malformed");
        assertProblem(response, 400);
        assertEquals(0, db.count("SELECT count(*) FROM berekeningen WHERE dossier_id LIKE 'MAL-%'"));
        assertEquals(0, db.count("SELECT count(*) FROM idempotency_keys WHERE key = 'key-malformed'"));
        assertProblem(engine.submit(groningen, "application/json", "{\"dossierId\":\"X\"}", null), 400);
        assertProblem(engine.submit(groningen, "application/json", "", null), 400);
    }

    @Test
    void aTruncatedBodyStoresNothingEvenPastAChunk() {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < 2_500; i++) {
            body.append(i == 0 ? "" : ",").append(SampleBerekeningen.example("TRUNC-" + i, "2025-07"));
        }
        assertProblem(engine.submit(groningen, "application/json", body.toString(), null), 400);
        assertEquals(0, db.count("SELECT count(*) FROM berekeningen WHERE dossier_id LIKE 'TRUNC-%'"));
    }

    @Test
    void otherMediaTypesAreRefused() {
        assertProblem(engine.submit(groningen, "text/csv", "a,b", null), 415);
    }

    @Test
    void anInvalidIdempotencyKeyIsRefused() {
        HttpResponse<String> response = engine.submit(groningen, "application/json", "[]", "x".repeat(201));
        assertProblem(response, 400);
        assertEquals("Idempotency-Key", TestEngine.json(response).get("fouten").get(0).get("veld").textValue());
    }

    @Test
    void rolesAreEnforced() {
        String officer = engine.token("GM0014", "finance-officer");
        String ops = engine.token(null, "ops");
        assertProblem(engine.submit(officer, "application/json", "[]", null), 403);
        assertProblem(engine.submit(ops, "application/json", "[]", null), 403);
        assertProblem(engine.submit(engine.adminToken(), "application/json", "[]", null), 403);
        assertProblem(engine.submit(null, "application/json", "[]", null), 401);
        assertProblem(engine.submit("gbi_aaaaaaaaaaaa_" + "A".repeat(43), "application/json", "[]", null), 401);
        assertProblem(engine.submit(groningen.substring(0, groningen.length() - 1) + "x", "application/json", "[]", null), 401);
        assertProblem(engine.get("/api/v1/berekeningen/ARR-1/2025-07", ops), 403);
        HttpRequest.Builder createToken = engine.request("/api/v1/tokens", groningen).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"tenant\":\"GM0014\",\"role\":\"admin\",\"naam\":\"x\"}"));
        assertProblem(TestEngine.send(createToken), 403);
    }

    @Test
    void aFinanceOfficerMayReadButAnotherTenantSeesNothing() {
        engine.submit(groningen, "application/json", array(SampleBerekeningen.example("OWN-1", "2025-07")), null);
        String officer = engine.token("GM0014", "finance-officer");
        assertEquals(200, engine.get("/api/v1/berekeningen/OWN-1/2025-07", officer).statusCode());
        assertProblem(engine.get("/api/v1/berekeningen/OWN-1/2025-07", amsterdam), 404);
        assertProblem(engine.get("/api/v1/berekeningen/OWN-1/2025-13", groningen), 404);
    }

    @Test
    void tokensNeedAKnownTenantForTenantRolesAndNoneForOps() {
        HttpResponse<String> response = TestEngine.send(engine.request("/api/v1/tokens", engine.adminToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"tenant\":\"GM9999\",\"role\":\"submitter\",\"naam\":\"\"}")));
        assertProblem(response, 400);
        assertEquals("[\"tenant:ONBEKENDE_TENANT\",\"naam:VERPLICHT\"]", codes(TestEngine.json(response)));
        HttpResponse<String> opsWithTenant = TestEngine.send(engine.request("/api/v1/tokens", engine.adminToken())
                .POST(HttpRequest.BodyPublishers.ofString("{\"tenant\":\"GM0014\",\"role\":\"ops\",\"naam\":\"ops\"}")));
        assertProblem(opsWithTenant, 400);
        assertEquals(0, db.count("SELECT count(*) FROM tokens WHERE naam = 'ops' AND tenant_id IS NOT NULL"));
    }

    @Test
    void theTokenIsStoredOnlyAsAHash() {
        String token = engine.token("GM0014", "submitter");
        String id = token.substring(4, 16);
        JsonNode row = Json.MAPPER.valueToTree(db.query("SELECT id, encode(secret_sha256, 'hex') AS h FROM tokens WHERE id = $1", id)
                .get(0).toJson().getMap());
        assertEquals(64, row.get("h").textValue().length());
        assertTrue(!row.toString().contains(token.substring(17)));
    }

    static String array(ObjectNode... records) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (ObjectNode record : records) {
            array.add(record);
        }
        return array.toString();
    }

    static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonNode problem = TestEngine.json(response);
        assertEquals(status, problem.get("status").intValue());
        assertTrue(problem.hasNonNull("title") && problem.hasNonNull("detail"), response.body());
    }

    private static String codes(JsonNode withFouten) {
        ArrayNode codes = Json.MAPPER.createArrayNode();
        withFouten.get("fouten").forEach(f -> codes.add(f.get("veld").textValue() + ":" + f.get("code").textValue()));
        return codes.toString();
    }
}
