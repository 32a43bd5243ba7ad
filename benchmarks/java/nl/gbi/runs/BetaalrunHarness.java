package nl.gbi.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nl.gbi.Directories;
import nl.gbi.EngineConfig;
import nl.gbi.TestEngine;
import nl.gbi.demo.SyntheticDossiers;
import nl.gbi.domain.Tenant;

/**
 * Times one betaalrun over all 13 tenants: submits N synthetic dossiers per tenant through the HTTP API, starts
 * the run and polls until it is COMPLETED; reports dossiers/s from POST to COMPLETED (calculation, results and
 * lines stored, 13 batches written and checked). One engine in this JVM with the embedded PostgreSQL in a
 * temporary directory; bounded by the number of dossiers and a deadline.
 *
 * <pre>mvn -B -q test-compile exec:exec@harness -Dharness.args="nl.gbi.runs.BetaalrunHarness --per-tenant 2000"</pre>
 */
public final class BetaalrunHarness {

    private BetaalrunHarness() {
    }

    public static void main(String[] args) throws Exception {
        int perTenant = intArg(args, "--per-tenant", 1_000);
        int loops = intArg(args, "--loops", BetaalrunSettings.LOOPS_DEFAULT);
        int chunkSize = intArg(args, "--chunk", BetaalrunSettings.CHUNK_SIZE_DEFAULT);
        YearMonth periode = YearMonth.of(2025, 7);
        Path dataDir = Files.createTempDirectory("gbi-run-bench");
        try {
            run(perTenant, loops, chunkSize, periode, dataDir);
        } finally {
            Directories.delete(dataDir);
        }
    }

    /** One run on a fresh engine in {@code dataDir} (about 1 GB per 100.000 dossiers; deleted afterwards). */
    private static void run(int perTenant, int loops, int chunkSize, YearMonth periode, Path dataDir) throws Exception {
        EngineConfig config = EngineConfig.defaults(System.getenv()).withPort(0)
                .withDataDir(dataDir)
                .withBetaalrun(new BetaalrunSettings(chunkSize, Duration.ofSeconds(60), 100,
                        loops));
        try (TestEngine engine = TestEngine.start(config)) {
            SyntheticDossiers generator = new SyntheticDossiers(20261122);
            for (Tenant tenant : RunFixtures.TENANTS.all()) {
                String submitter = engine.token(tenant.gemeentecode(), "submitter");
                for (int from = 1; from <= perTenant; from += 5_000) {
                    List<ObjectNode> records = new ArrayList<>();
                    for (int i = from; i < from + 5_000 && i <= perTenant; i++) {
                        records.add(generator.berekening(tenant, periode, String.format("%s-%07d", tenant.gemeentecode(), i)));
                    }
                    RunFixtures.submit(engine, submitter, records);
                }
            }
            String ops = engine.token(null, "ops");
            int dossiers = perTenant * RunFixtures.TENANTS.size();
            System.out.printf("%d dossiers submitted (%d per tenant); starting the run with %d loops, chunks of %d%n",
                    dossiers, perTenant, loops, chunkSize);
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            String runId = RunFixtures.start(engine, ops, periode.toString());
            awaitEnd(engine, ops, runId, Duration.ofMinutes(20));
            double seconds = (System.nanoTime() - start) / 1e9;
            JsonNode status = RunFixtures.awaitEnd(engine, ops, runId, Duration.ofSeconds(10));
            JsonNode report = status.get("rapport");
            System.out.printf("%s in %.2f s: %.0f dossiers/s; berekend %d, geweigerd %d, betalingen %s%n",
                    status.get("status").textValue(), seconds, dossiers / seconds, report.get("berekend").longValue(),
                    report.get("geweigerd").longValue(), report.get("betalingen"));
            engine.get("/metrics", null).body().lines().filter(line -> line.startsWith("gbi_betaalrun_step_seconds_total"))
                    .forEach(line -> System.out.println("time per step: " + line));
            System.out.printf("peak heap during the run (engine and this client in one JVM, sum of heap pools' peaks): %d MB%n",
                    heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20);
        }
    }

    /**
     * Polls the list of runs (platform rows only) every 100 ms until the run is no longer RUNNING: the full status
     * sums every tenant's payments and would itself load the database it measures.
     */
    private static void awaitEnd(TestEngine engine, String ops, String runId, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode run : TestEngine.json(engine.get("/api/v1/betaalruns", ops)).get("runs")) {
                if (run.get("id").textValue().equals(runId) && !"RUNNING".equals(run.get("status").textValue())) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("run " + runId + " still RUNNING after " + timeout);
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
