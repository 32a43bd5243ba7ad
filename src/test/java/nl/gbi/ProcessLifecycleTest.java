package nl.gbi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.gbi.json.SampleBerekeningen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine as ops run it: its own process, stopped with SIGTERM or killed with SIGKILL. */
class ProcessLifecycleTest {

    @Test
    void sigtermStopsTheEngineAndItsDatabaseCleanly(@TempDir Path dataDir) throws Exception {
        try (EngineProcess engine = EngineProcess.start(dataDir)) {
            int port = engine.awaitPort();
            assertEquals(200, health(port));
            assertTrue(Files.exists(dataDir.resolve("pg/postmaster.pid")));
            int exit = engine.terminate(40);
            assertEquals(143, exit, "exit after SIGTERM with the shutdown hook run:\n" + engine.output());
            assertFalse(Files.exists(dataDir.resolve("pg/postmaster.pid")),
                    "PostgreSQL removes its pid file only on a clean shutdown:\n" + engine.output());
        }
    }

    @Test
    void afterKillNineTheNextStartRecoversWithEverythingKept(@TempDir Path dataDir) throws Exception {
        String token;
        try (EngineProcess engine = EngineProcess.start(dataDir)) {
            engine.awaitPort();
            engine.kill();
        }
        assertTrue(Files.exists(dataDir.resolve("pg/postmaster.pid")), "the killed engine's postmaster is left behind");
        try (TestEngine restarted = TestEngine.start(dataDir)) {
            token = restarted.token("GM0014", "submitter");
            assertEquals(200, restarted.submit(token, "application/json", "[" + SampleBerekeningen.example() + "]", null).statusCode());
        }
        try (TestEngine again = TestEngine.start(dataDir)) {
            assertEquals(200, again.get("/api/v1/berekeningen/GM0014-0000123/2025-07", token).statusCode());
        }
    }

    private static int health(int port) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
