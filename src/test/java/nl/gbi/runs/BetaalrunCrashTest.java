package nl.gbi.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gbi.EngineProcess;
import nl.gbi.TestDatabase;
import nl.gbi.TestEngine;
import nl.gbi.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of the engine in the middle of a run, then a new instance: the run ends with exactly the payments an
 * uninterrupted run makes, none twice, none missing.
 */
class BetaalrunCrashTest {

    static final YearMonth PERIODE = YearMonth.of(2025, 10);
    static final int DOSSIERS = 1_500;
    static final int CHUNK_SIZE = 25;

    @TempDir
    Path dir;

    @Test
    void aKilledInstancesWorkIsTakenOverAndNothingIsPaidTwiceOrMissed() throws Exception {
        try (TestDatabase db = TestDatabase.start(dir.resolve("db"))) {
            List<ObjectNode> records = RunFixtures.dossiers("GM0363", PERIODE, DOSSIERS, 42);
            Set<String> expected = RunFixtures.expectedLines("GM0363", records);
            String runId;
            String ops;
            try (EngineProcess doomed = EngineProcess.start(dir.resolve("doomed"), Map.of("GBI_DATABASE_URL", db.url(), "GBI_APP_DB_PASSWORD", db.appPassword(),
                    "GBI_BETAALRUN_CHUNK_SIZE", String.valueOf(CHUNK_SIZE), "GBI_BETAALRUN_LEASE_SECONDS", "2",
                    "GBI_BETAALRUN_POLL_MS", "50"))) {
                String base = "http://127.0.0.1:" + doomed.awaitPort();
                String admin = Files.readString(dir.resolve("doomed").resolve("admin-token")).trim();
                ops = token(base, admin, null, "ops");
                ArrayNode array = Json.MAPPER.createArrayNode();
                records.forEach(array::add);
                assertEquals(200, post(base, token(base, admin, "GM0363", "submitter"), "/api/v1/berekeningen",
                        array.toString()).statusCode());
                runId = TestEngine.json(post(base, ops, "/api/v1/betaalruns", "{\"periode\":\"" + PERIODE + "\"}"))
                        .get("id").textValue();
                awaitChunksDone(db, runId, 5);
                doomed.kill();
            }
            long doneAtKill = db.count("SELECT count(*) FROM betaalrun_chunks WHERE run_id = $1 AND state = 'DONE'", runId);
            assertTrue(doneAtKill < DOSSIERS / CHUNK_SIZE, "the run was still in progress when killed: " + doneAtKill);

            try (TestEngine heir = TestEngine.start(db.engineConfig(dir.resolve("heir")).withBetaalrun(RunFixtures.FAST))) {
                JsonNode status = RunFixtures.awaitEnd(heir, ops, runId, Duration.ofSeconds(180));
                assertEquals("COMPLETED", status.get("status").textValue(), status.toString());
            }
            assertEquals(expected, RunFixtures.paidLines(db, PERIODE));
            assertEquals(1, db.count("SELECT count(*) FROM batches WHERE run_id = $1", runId));
            assertEquals(expected.size(), db.count("SELECT count(*) FROM betaalrun_lines WHERE run_id = $1", runId));
            assertEquals(DOSSIERS, db.count("SELECT count(*) FROM resultaten WHERE periode = $1", PERIODE.atDay(1)));
        }
    }

    private static void awaitChunksDone(TestDatabase db, String runId, int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (db.count("SELECT count(*) FROM betaalrun_chunks WHERE run_id = $1 AND state = 'DONE'", runId) < atLeast) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no progress in the run");
            }
            Thread.sleep(10);
        }
    }

    private static String token(String base, String admin, String tenant, String role) {
        ObjectNode body = Json.MAPPER.createObjectNode().put("tenant", tenant).put("role", role).put("naam", "crash " + role);
        HttpResponse<String> response = post(base, admin, "/api/v1/tokens", body.toString());
        assertEquals(201, response.statusCode(), response.body());
        return TestEngine.json(response).get("token").textValue();
    }

    private static HttpResponse<String> post(String base, String token, String path, String body) {
        return TestEngine.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
