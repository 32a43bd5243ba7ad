package nl.gbi.intake;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.gbi.Directories;
import nl.gbi.TestEngine;
import nl.gbi.json.Json;
import nl.gbi.demo.SyntheticDossiers;
import nl.gbi.domain.Tenant;
import nl.gbi.tenants.TenantLoader;

/**
 * Submits N berekeningen as NDJSON over HTTP to an engine and reports records/s validated and persisted
 * (the clock stops when the last request has been answered, i.e. committed). Bounded: a fixed number of
 * records, a deadline, then it stops by itself. Without {@code --url} it starts an engine with the embedded
 * PostgreSQL in a temporary directory on 127.0.0.1, in this JVM. {@code --warmup N} first submits N records of
 * another period, untimed, so that the measurement is of a running engine rather than of its JIT warm-up.
 *
 * <pre>mvn -B -q test-compile exec:exec@harness -Dharness.args="nl.gbi.intake.IntakeLoadHarness --records 100000"</pre>
 */
public final class IntakeLoadHarness {

    private IntakeLoadHarness() {
    }

    public static void main(String[] args) throws Exception {
        int records = intArg(args, "--records", 100_000);
        int perRequest = intArg(args, "--per-request", 10_000);
        int concurrency = intArg(args, "--concurrency", 2);
        int warmup = intArg(args, "--warmup", 0);
        String url = stringArg(args, "--url", null);
        Path dataDir = url == null ? Files.createTempDirectory("gbi-intake-bench") : null;
        TestEngine engine = dataDir == null ? null : TestEngine.start(dataDir);
        String base = url != null ? url : engine.base();
        String token = url != null ? stringArg(args, "--token", null) : engine.token("GM0014", "submitter");
        try {
            if (warmup > 0) {
                System.out.printf("warm-up (not timed): %d records of period 2026-10%n", warmup);
                run(base, token, bodies(warmup, perRequest, YearMonth.of(2026, 10)), concurrency, warmup);
            }
            List<String> bodies = bodies(records, perRequest, YearMonth.of(2026, 11));
            System.out.printf("%d records in %d NDJSON requests of %d (%.1f MB), concurrency %d, against %s%n", records,
                    bodies.size(), perRequest, bodies.stream().mapToLong(String::length).sum() / 1e6, concurrency, base);
            run(base, token, bodies, concurrency, records);
        } finally {
            if (engine != null) {
                engine.close();
                Directories.delete(dataDir);
            }
        }
    }

    private static void run(String base, String token, List<String> bodies, int concurrency, int records) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        List<Future<Integer>> answers = new ArrayList<>();
        for (String body : bodies) {
            answers.add(pool.submit(() -> {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/berekeningen"))
                        .timeout(Duration.ofMinutes(5)).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/x-ndjson")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(response.statusCode() + " " + response.body());
                }
                return Json.MAPPER.readTree(response.body()).get("geaccepteerd").intValue();
            }));
        }
        int accepted = 0;
        for (Future<Integer> answer : answers) {
            accepted += answer.get(10, TimeUnit.MINUTES);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf("accepted %d of %d in %.2f s: %.0f records/s validated and persisted (cpus %d, heap used %d MB)%n",
                accepted, records, seconds, accepted / seconds, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20);
    }

    /** Deterministic realistic records of Groningen (see {@link SyntheticDossiers}), NDJSON, split per request. */
    static List<String> bodies(int records, int perRequest) {
        return bodies(records, perRequest, YearMonth.of(2026, 11));
    }

    static List<String> bodies(int records, int perRequest, YearMonth periode) {
        Tenant groningen = TenantLoader.load(Path.of("tenants")).find("GM0014").orElseThrow();
        SyntheticDossiers generator = new SyntheticDossiers(20261122);
        List<String> bodies = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < records; i++) {
            body.append(generator.berekening(groningen, periode, String.format("GM0014-%07d", i + 1))).append('\n');
            if ((i + 1) % perRequest == 0 || i == records - 1) {
                bodies.add(body.toString());
                body.setLength(0);
            }
        }
        return bodies;
    }

    private static int intArg(String[] args, String name, int fallback) {
        String value = stringArg(args, name, null);
        return value == null ? fallback : Integer.parseInt(value);
    }

    private static String stringArg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
