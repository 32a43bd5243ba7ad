package nl.gbi.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.gbi.TestEngine;
import nl.gbi.json.SampleBerekeningen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code /metrics} of an engine that answered requests, errors among them, passes Prometheus' own
 * linter ({@code promtool check metrics}, Debian package {@code prometheus}) and carries what ops watch: requests
 * and errors per route, request time in seconds, the pool, and the JVM and process series.
 */
class MetricsPromtoolTest {

    private static final Path PROMTOOL = Path.of("/usr/bin/promtool");

    @Test
    void metricsPassPromtoolAndCountErrorsPerRoute(@TempDir Path dir) throws Exception {
        assertTrue(Files.isExecutable(PROMTOOL), "this test needs promtool (/usr/bin/promtool) from Debian's prometheus:"
                + " apt-get install -y --no-install-recommends prometheus");
        String metrics;
        try (TestEngine engine = TestEngine.start(dir)) {
            String token = engine.token("GM0014", "submitter");
            assertEquals(200, engine.submit(token, "application/json", "[" + SampleBerekeningen.example() + "]", null).statusCode());
            assertEquals(401, engine.submit("not-a-token", "application/json", "[]", null).statusCode());
            assertEquals(404, engine.get("/api/v1/berekeningen/GM0014-0000999/2025-07", token).statusCode());
            // the GC pause timer exists from the first collection this engine sees (its notification arrives on a
            // thread of its own); without one it is not there, so the test makes one and waits for it, at most 10 s
            System.gc();
            HttpResponse<String> response = engine.get("/metrics", null);
            for (long until = System.nanoTime() + 10_000_000_000L; !response.body().contains("# TYPE jvm_gc_pause_seconds")
                    && System.nanoTime() < until; response = engine.get("/metrics", null)) {
                Thread.sleep(50);
            }
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
            metrics = response.body();
        }
        Path file = dir.resolve("metrics.txt");
        Files.writeString(file, metrics, StandardCharsets.UTF_8);
        Process promtool = new ProcessBuilder(PROMTOOL.toString(), "check", "metrics").redirectInput(file.toFile())
                .redirectErrorStream(true).start();
        assertTrue(promtool.waitFor(60, TimeUnit.SECONDS), "promtool did not finish");
        String lint = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, promtool.exitValue(), "promtool check metrics:\n" + lint);
        assertEquals("", lint.strip(), "promtool's lint findings");

        for (String series : List.of(
                "gbi_http_requests_total{method=\"POST\",route=\"/api/v1/berekeningen\",status=\"200\"} 1",
                "gbi_http_errors_total{method=\"POST\",route=\"other\",status=\"401\"} 1",
                "gbi_http_errors_total{method=\"GET\",route=\"other\",status=\"404\"} 1",
                "vertx_http_server_requests_total{code=\"404\",method=\"GET\",route=\"/api/>/api/>/api/v1/berekeningen/:dossierId/:periode\"} 1",
                "gbi_intake_records_total{result=\"accepted\"} 1",
                "# TYPE gbi_db_pool_in_use gauge",
                "# TYPE vertx_http_server_response_time_seconds summary",
                "# TYPE jvm_memory_used_bytes gauge",
                "# TYPE jvm_gc_pause_seconds",
                "# TYPE jvm_threads_live_threads gauge",
                "# TYPE process_cpu_usage gauge",
                "# TYPE process_uptime_seconds gauge",
                "# TYPE process_files_open_files gauge")) {
            assertTrue(metrics.contains(series), series + " in:\n" + metrics);
        }
        assertTrue(metrics.lines().filter(line -> line.startsWith("gbi_http_errors_total{")).allMatch(line ->
                line.matches(".*status=\"[45]\\d\\d\".*")), "errors are the 4xx and 5xx answers only");
        assertTrue(metrics.lines().noneMatch(line -> line.contains("GM0014-0000999")), "no path, so no dossier id, in a label");
    }
}
