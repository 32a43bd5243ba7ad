package nl.gbi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import nl.gbi.json.SampleBerekeningen;
import nl.gbi.tenants.TenantConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting, restarting, refusing to start, limits and operations, each on a real engine. */
class EngineLifecycleTest {

    @Test
    void aRestartWithTheSameDataDirectoryKeepsEverything(@TempDir Path dataDir) throws Exception {
        String submitter;
        String adminToken;
        try (TestEngine first = TestEngine.start(dataDir)) {
            adminToken = first.adminToken();
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("admin-token"))));
            submitter = first.token("GM0014", "submitter");
            HttpResponse<String> stored = first.submit(submitter, "application/json",
                    "[" + SampleBerekeningen.example("KEEP-1", "2025-07") + "]", "restart-key");
            assertEquals(200, stored.statusCode());
        }
        assertTrue(Files.isDirectory(dataDir.resolve("pg")), "the embedded database lives in <data-dir>/pg");
        try (TestEngine second = TestEngine.start(dataDir)) {
            assertEquals(adminToken, second.adminToken(), "no second admin token on a restart");
            HttpResponse<String> latest = second.get("/api/v1/berekeningen/KEEP-1/2025-07", submitter);
            assertEquals(200, latest.statusCode(), latest.body());
            HttpResponse<String> replay = second.submit(submitter, "application/json",
                    "[" + SampleBerekeningen.example("KEEP-1", "2025-07") + "]", "restart-key");
            assertEquals("true", replay.headers().firstValue("Idempotent-Replayed").orElse(""));
        }
    }

    @Test
    void aBadTenantFileStopsTheStartBeforeAnythingRuns(@TempDir Path dir) throws Exception {
        Path tenants = Files.createDirectories(dir.resolve("tenants"));
        Files.writeString(tenants.resolve("GM0014.json"), Files.readString(Path.of("tenants/GM0014.json"))
                .replace("\"betaaldag\"", "\"betaaldg\""));
        EngineConfig config = EngineConfig.defaults(Map.of()).withPort(0).withDataDir(dir.resolve("data")).withTenantsDir(tenants);
        TenantConfigException e = assertThrows(TenantConfigException.class, () -> Engine.start(config));
        assertTrue(e.getMessage().contains("GM0014.json") && e.getMessage().contains("betaaldg"), e.getMessage());
        assertTrue(!Files.exists(dir.resolve("data")), "nothing was started");
    }

    @Test
    void aBodyOverTheLimitIsA413AndStoresNothing(@TempDir Path dir) {
        try (TestDatabase db = TestDatabase.start(dir.resolve("db"));
             TestEngine engine = TestEngine.start(db.engineConfig(dir.resolve("data")).withMaxBodyBytes(20_000))) {
            String token = engine.token("GM0014", "submitter");
            StringBuilder body = new StringBuilder("[");
            for (int i = 0; i < 40; i++) {
                body.append(i == 0 ? "" : ",").append(SampleBerekeningen.example("BIG-" + i, "2025-07"));
            }
            body.append("]");
            HttpResponse<String> declared = engine.submit(token, "application/json", body.toString(), null);
            assertEquals(413, declared.statusCode(), declared.body());
            byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> streamed = TestEngine.send(engine.request("/api/v1/berekeningen", token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));
            assertEquals(413, streamed.statusCode(), streamed.body());
            assertEquals("application/problem+json", streamed.headers().firstValue("Content-Type").orElse(""));
            assertEquals(0, db.count("SELECT count(*) FROM berekeningen"));
            assertEquals(200, engine.submit(token, "application/json", "[" + SampleBerekeningen.example() + "]", null).statusCode());
        }
    }

    @Test
    void healthFollowsTheDatabaseAndMetricsCountWhatHappened(@TempDir Path dir) {
        TestDatabase db = TestDatabase.start(dir.resolve("db"));
        try (TestEngine engine = TestEngine.start(db.engineConfig(dir.resolve("data")))) {
            assertEquals("UP", TestEngine.json(engine.get("/health", null)).get("status").textValue());
            String token = engine.token("GM0014", "submitter");
            String body = "[" + SampleBerekeningen.example() + ",{\"dossierId\":\"X\"}]";
            engine.submit(token, "application/json", body, null);
            HttpResponse<String> metrics = engine.get("/metrics", null);
            assertTrue(metrics.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
            assertTrue(metrics.body().contains("gbi_intake_records_total{result=\"accepted\"} 1"), metrics.body());
            assertTrue(metrics.body().contains("gbi_intake_records_total{result=\"refused\"} 1"), metrics.body());
            assertTrue(metrics.body().contains("gbi_http_requests_total{method=\"POST\",route=\"/api/v1/berekeningen\",status=\"200\"} 1"),
                    metrics.body());
            assertTrue(metrics.body().contains("# TYPE gbi_db_pool_in_use gauge"), metrics.body());
            db.close();
            HttpResponse<String> down = engine.get("/health", null);
            assertEquals(503, down.statusCode());
            assertEquals("{\"status\":\"DOWN\"}", down.body());
        }
    }
}
