package nl.gbi.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.ManagementFactory;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gbi.Directories;
import nl.gbi.TestDatabase;
import nl.gbi.TestEngine;
import nl.gbi.demo.SyntheticDossiers;
import nl.gbi.domain.Tenant;
import nl.gbi.parameterset.TestSets;

/**
 * Times one betaalrun over all 13 tenants against what PostgreSQL itself needs to write its rows (issue 12).
 * Submits N synthetic dossiers per tenant through the HTTP API, starts the run and polls until it is COMPLETED;
 * then {@link CopyBaseline} copies the rows the run wrote back into the same tables with {@code COPY}, in one session
 * and in two, and the run's wall time is reported as a ratio to both. The intake is measured the same way. One
 * engine in this JVM, its embedded PostgreSQL in a temporary directory; bounded by the number of dossiers, the
 * months and a deadline per run.
 *
 * <p>Cases ({@code --case}):
 * <ul>
 *   <li>{@code fresh}: the run starts after {@code VACUUM ANALYZE} and a checkpoint, on a database of this month only;
 *   <li>{@code intake-end}: the run starts the moment the last intake request is answered;
 *   <li>{@code history}: {@code --months} months first go through intake, run, two approvals and export (with a
 *       correction of the month before for 2% of the dossiers and 1% of each month decided a month late), then the
 *       next month is submitted and its run starts the moment intake ends ({@code --months 24}: month 25).
 * </ul>
 * It reports the heap (the most in use, and the most live after a collection) and the CPU this JVM used during the
 * run; run it with {@code -Xmx1g} to show the run fits in 1 GB. The engine warms up at start as a deployed one does
 * ({@code --warmup}, default {@link BetaalrunWarmup#DOSSIERS_DEFAULT} made-up dossiers; {@code --warmup 0}: a cold JVM),
 * and the harness waits for it before the intake.
 *
 * <pre>mvn -B -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:exec@harness \
 *     -Dharness.args="-Xmx1g nl.gbi.runs.BetaalrunHarness --per-tenant 7693 --case history --months 24"</pre>
 */
public final class BetaalrunHarness {

    /**
     * The shipped figures are complete from 2025-07: months before that are refused (PARAMETER_ONBEKEND) and retried
     * by every later run, so history starts there at the earliest. Up to 17 months the measured month is 2026-12;
     * with more, it moves on (24 months: 2027-07, "month 25") and the half-years after 2026-07 get test figures
     * ({@link TestSets}, never shipped), proposed by one ops person and approved by another as ops would.
     */
    private static final YearMonth FIRST_KNOWN = YearMonth.of(2025, 7);
    private static final YearMonth LAST_SHIPPED_HALF_YEAR = YearMonth.of(2026, 7);
    private static final YearMonth MEASURED_DEFAULT = YearMonth.of(2026, 12);
    private static final int INTAKE_BATCH = 5_000;

    private final TestEngine engine;
    private final CopyBaseline baseline;
    private final int perTenant;
    private final SyntheticDossiers generator = new SyntheticDossiers(20261122);
    private final Map<String, String> submitters = new HashMap<>();
    private final Map<String, List<String>> officers = new HashMap<>();
    private final String ops;
    private final YearMonth measured;

    private BetaalrunHarness(TestEngine engine, CopyBaseline baseline, int perTenant, YearMonth measured) {
        this.engine = engine;
        this.baseline = baseline;
        this.perTenant = perTenant;
        this.measured = measured;
        for (Tenant tenant : RunFixtures.TENANTS.all()) {
            submitters.put(tenant.gemeentecode(), engine.token(tenant.gemeentecode(), "submitter"));
            officers.put(tenant.gemeentecode(), List.of(
                    engine.issue(tenant.gemeentecode(), "finance-officer", "Harness A").get("token").textValue(),
                    engine.issue(tenant.gemeentecode(), "finance-officer", "Harness B").get("token").textValue()));
        }
        this.ops = engine.token(null, "ops");
    }

    public static void main(String[] args) throws Exception {
        int perTenant = intArg(args, "--per-tenant", 1_000);
        int loops = intArg(args, "--loops", BetaalrunSettings.LOOPS_DEFAULT);
        int chunkSize = intArg(args, "--chunk", BetaalrunSettings.CHUNK_SIZE_DEFAULT);
        int warmUp = intArg(args, "--warmup", BetaalrunWarmup.DOSSIERS_DEFAULT);
        String kind = stringArg(args, "--case", "intake-end");
        int months = kind.equals("history") ? intArg(args, "--months", 17) : 0;
        if (!List.of("fresh", "intake-end", "history").contains(kind)) {
            throw new IllegalArgumentException("--case fresh, intake-end or history, not " + kind);
        }
        Path dataDir = Files.createTempDirectory("gbi-run-bench");
        try (TestDatabase db = TestDatabase.start(dataDir.resolve("db"));
             TestEngine engine = TestEngine.start(db.engineConfig(dataDir.resolve("engine"))
                     .withBetaalrun(new BetaalrunSettings(chunkSize, Duration.ofSeconds(60), 100, loops)
                             .withWarmUpDossiers(warmUp)))) {
            long cpuBefore = jvmCpuNanos();
            BetaalrunWarmup.Done warm = engine.warmedUp();
            System.out.printf("warm-up at start: %s, JVM CPU since the engine listened %.2f s%n",
                    warm == null ? "none" : warm.toString(), (jvmCpuNanos() - cpuBefore) / 1e9);
            CopyBaseline baseline = new CopyBaseline(db.url(), dataDir);
            YearMonth afterHistory = FIRST_KNOWN.plusMonths(months);
            YearMonth measured = afterHistory.isAfter(MEASURED_DEFAULT) ? afterHistory : MEASURED_DEFAULT;
            BetaalrunHarness harness = new BetaalrunHarness(engine, baseline, perTenant, measured);
            System.out.printf("case %s: %d dossiers (%d per tenant), %d months of history, month %s measured, %d loops,"
                    + " chunks of %d%n", kind, perTenant * RunFixtures.TENANTS.size(), perTenant, months, measured,
                    loops, chunkSize);
            harness.approveTestFigures();
            for (int m = months; m >= 1; m--) {
                harness.historyMonth(measured.minusMonths(m), m == months);
            }
            harness.measure(db, kind, months, warmUp);
        } finally {
            Directories.delete(dataDir);
        }
    }

    /** The CPU time this JVM has used, all threads. */
    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Test figures for every half-year after the shipped ones up to the measured month, under four eyes. */
    private void approveTestFigures() {
        String proposer = engine.token(null, "ops");
        for (YearMonth half = LAST_SHIPPED_HALF_YEAR.plusMonths(6); !half.isAfter(measured); half = half.plusMonths(6)) {
            String date = half.atDay(1).toString();
            String text = TestSets.indexed(t -> t.replace("2027-01-01", date));
            HttpResponse<String> proposed = TestEngine.send(engine.request("/api/v1/parametersets", proposer)
                    .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(text)));
            if (proposed.statusCode() != 201) {
                throw new IllegalStateException("test figures of " + half + ": " + proposed.statusCode() + " "
                        + proposed.body());
            }
            long id = TestEngine.json(proposed).get("id").longValue();
            HttpResponse<String> approved = engine.postJson("/api/v1/parametersets/" + id + "/approvals", ops, "{}");
            if (approved.statusCode() != 200) {
                throw new IllegalStateException("approval of test figures " + half + ": " + approved.body());
            }
            System.out.printf("test figures from %s approved (set %d: %s)%n", half, id, TestSets.PUBLICATIE);
        }
    }

    /** One month of history: intake (with corrections and late months), the run, approvals and export. */
    private void historyMonth(YearMonth periode, boolean first) throws Exception {
        long started = System.nanoTime();
        submitMonth(periode, first);
        JsonNode status = run(periode);
        decide(status);
        System.out.printf("history %s: %s in %.1f s (intake, run, approvals and export), %d refused%n", periode,
                status.get("status").textValue(), (System.nanoTime() - started) / 1e9,
                status.get("rapport").get("geweigerd").longValue());
    }

    private void measure(TestDatabase db, String kind, int months, int warmUp) throws Exception {
        StatementStatistics statements = baseline.statements();
        long intakeFrom = baseline.nextXid();
        long intakeStarted = System.nanoTime();
        submitMonth(measured, !kind.equals("history"));
        double intakeSeconds = (System.nanoTime() - intakeStarted) / 1e9;
        if (kind.equals("fresh")) {
            db.query("VACUUM ANALYZE");
            db.query("CHECKPOINT");
        }
        long runFrom = baseline.nextXid();
        statements.reset();
        HeapSamples heap = new HeapSamples();
        long cpuBefore = jvmCpuNanos();
        long started = System.nanoTime();
        String runId = RunFixtures.start(engine, ops, measured.toString());
        awaitEnd(runId, Duration.ofMinutes(60), heap);
        double seconds = (System.nanoTime() - started) / 1e9;
        heap.stop();
        double cpuSeconds = (jvmCpuNanos() - cpuBefore) / 1e9;
        long runUntil = baseline.nextXid();
        List<String> top = statements.top(12);
        JsonNode status = RunFixtures.awaitEnd(engine, ops, runId, Duration.ofSeconds(10));
        JsonNode report = status.get("rapport");
        int dossiers = perTenant * RunFixtures.TENANTS.size();
        System.out.printf("intake of %s: %.2f s, %.0f records/s%n", measured, intakeSeconds, dossiers / intakeSeconds);
        System.out.printf("run %s: %s in %.2f s, %.0f dossiers/s; berekend %d, geweigerd %d, betalingen %s, herberekeningen %s%n",
                measured, status.get("status").textValue(), seconds, dossiers / seconds, report.get("berekend").longValue(),
                report.get("geweigerd").longValue(), report.get("betalingen"), report.get("herberekeningen"));
        Map<String, Integer> refusals = new java.util.TreeMap<>();
        status.get("gemeenten").forEach(t -> t.get("weigeringen").forEach(w -> w.get("fouten").forEach(f ->
                refusals.merge(f.path("veld").asText() + " " + f.path("code").asText(), 1, Integer::sum))));
        System.out.println("refusals by field and code (as far as the status lists them): " + refusals);
        engine.get("/metrics", null).body().lines().filter(line -> line.startsWith("gbi_betaalrun_step_seconds_total"))
                .forEach(line -> System.out.println("time per step: " + line));
        System.out.printf("heap during the run (engine and this client in one JVM, -Xmx %d MB): at most %d MB in use, at most"
                + " %d MB live after a collection; %d collections, %.2f s in them%n", Runtime.getRuntime().maxMemory() >> 20,
                heap.maxUsed >> 20, heap.maxLive >> 20, heap.collections(), heap.collectionSeconds());
        System.out.printf("CPU of this JVM during the run: %.2f s (of %.2f s × %d cores)%n", cpuSeconds, seconds,
                Runtime.getRuntime().availableProcessors());
        System.out.println("pg_stat_statements during the run, most time first:");
        top.forEach(line -> System.out.println("  " + line));

        // The intake inserted the month's latest_berekeningen rows, which the run then updated: both copy them.
        Map<String, String> intake = new LinkedHashMap<>(baseline.written(intakeFrom, runFrom));
        intake.put("latest_berekeningen", "periode = date '" + measured.atDay(1) + "'");
        CopyBaseline.Measured intakeCopy = baseline.measure(intake);
        System.out.printf("intake baseline: %s%n", intakeCopy.describe());
        System.out.printf("intake / COPY: %.2f× serial, %.2f× two sessions%n", intakeSeconds / intakeCopy.serialSeconds(),
                intakeSeconds / intakeCopy.twoSessionSeconds());
        CopyBaseline.Measured runCopy = baseline.measure(baseline.written(runFrom, runUntil));
        System.out.printf("run baseline: %s%n", runCopy.describe());
        System.out.printf("RESULT case=%s dossiers=%d months=%d run=%.2fs copy1=%.2fs copy2=%.2fs run/copy1=%.2f run/copy2=%.2f"
                        + " warmup=%d heap=%dMB live=%dMB jvmCpu=%.2fs intake=%.2fs intake/copy1=%.2f intake/copy2=%.2f%n", kind, dossiers,
                months, seconds, runCopy.serialSeconds(), runCopy.twoSessionSeconds(),
                seconds / runCopy.serialSeconds(), seconds / runCopy.twoSessionSeconds(), warmUp, heap.maxUsed >> 20, heap.maxLive >> 20, cpuSeconds, intakeSeconds,
                intakeSeconds / intakeCopy.serialSeconds(), intakeSeconds / intakeCopy.twoSessionSeconds());
    }

    /**
     * Every tenant's berekeningen of {@code periode}. Outside the first month, 1% of the dossiers is decided a month
     * late (left out now, sent with the next month) and 2% get a correction of the month before.
     */
    private void submitMonth(YearMonth periode, boolean first) {
        for (Tenant tenant : RunFixtures.TENANTS.all()) {
            List<ObjectNode> records = new ArrayList<>();
            for (int i = 1; i <= perTenant; i++) {
                String dossierId = String.format("%s-%07d", tenant.gemeentecode(), i);
                boolean late = !first && (i + periode.getMonthValue()) % 100 == 0;
                if (!late) {
                    records.add(generator.berekening(tenant, periode, dossierId));
                }
                boolean lateBefore = !first && (i + periode.minusMonths(1).getMonthValue()) % 100 == 0;
                boolean corrected = !first && (i + periode.getMonthValue()) % 50 == 1;
                if (lateBefore || corrected) {
                    records.add(generator.berekening(tenant, periode.minusMonths(1), dossierId));
                }
                if (records.size() >= INTAKE_BATCH) {
                    RunFixtures.submit(engine, submitters.get(tenant.gemeentecode()), records);
                    records = new ArrayList<>();
                }
            }
            if (!records.isEmpty()) {
                RunFixtures.submit(engine, submitters.get(tenant.gemeentecode()), records);
            }
        }
    }

    private JsonNode run(YearMonth periode) throws InterruptedException {
        String runId = RunFixtures.start(engine, ops, periode.toString());
        awaitEnd(runId, Duration.ofMinutes(60));
        JsonNode status = RunFixtures.awaitEnd(engine, ops, runId, Duration.ofSeconds(10));
        if (!"COMPLETED".equals(status.get("status").textValue())) {
            throw new IllegalStateException("history run of " + periode + " did not complete: " + status);
        }
        return status;
    }

    /** Two officers approve every batch of the run and the first download exports it: its months are decided. */
    private void decide(JsonNode status) {
        for (JsonNode tenant : status.get("gemeenten")) {
            List<String> two = officers.get(tenant.get("gemeente").textValue());
            for (JsonNode batch : tenant.get("batches")) {
                String path = "/api/v1/batches/" + batch.get("batchId").longValue();
                for (String officer : two) {
                    // as an officer would: every finding of the safety rails acknowledged with a reason (issue 14)
                    HttpResponse<String> approval = engine.approve(batch.get("batchId").longValue(), officer);
                    int code = approval.statusCode();
                    if (code != 201 && code != 409) {
                        throw new IllegalStateException("approval of " + path + ": " + code + " " + approval.body());
                    }
                }
                HttpResponse<String> export = engine.get(path + "/pain001", two.get(0));
                if (export.statusCode() != 200) {
                    throw new IllegalStateException("export of " + path + ": " + export.statusCode() + " " + export.body());
                }
            }
        }
    }

    /**
     * Polls the list of runs (platform rows only) every 100 ms until the run is no longer RUNNING: the full status
     * sums every tenant's payments and would itself load the database it measures.
     */
    private void awaitEnd(String runId, Duration timeout) throws InterruptedException {
        awaitEnd(runId, timeout, null);
    }

    private void awaitEnd(String runId, Duration timeout, HeapSamples heap) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (heap != null) {
                heap.sample();
            }
            for (JsonNode run : TestEngine.json(engine.get("/api/v1/betaalruns", ops)).get("runs")) {
                if (run.get("id").textValue().equals(runId) && !"RUNNING".equals(run.get("status").textValue())) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("run " + runId + " still RUNNING after " + timeout);
    }

    /**
     * The heap during the measurement: the most in use at once (sampled every poll, 100 ms), and the most still in use
     * right after a collection (from each collection's own report), which is what the run needs; the in-use peak also
     * holds garbage the collector had no reason to free yet. Collections are counted from the start.
     */
    private static final class HeapSamples implements javax.management.NotificationListener {
        private final java.util.Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                .map(java.lang.management.MemoryPoolMXBean::getName).collect(java.util.stream.Collectors.toSet());
        private final long collectionsBefore = collectionCount();
        private final long collectionMillisBefore = collectionMillis();
        private volatile long maxUsed;
        private volatile long maxLive;

        HeapSamples() {
            ManagementFactory.getGarbageCollectorMXBeans().forEach(gc ->
                    ((javax.management.NotificationEmitter) gc).addNotificationListener(this, null, null));
        }

        /** Stops listening; the figures stay. */
        void stop() {
            ManagementFactory.getGarbageCollectorMXBeans().forEach(gc -> {
                try {
                    ((javax.management.NotificationEmitter) gc).removeNotificationListener(this);
                } catch (javax.management.ListenerNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        void sample() {
            maxUsed = Math.max(maxUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }

        @Override
        public void handleNotification(javax.management.Notification notification, Object handback) {
            if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                        (javax.management.openmbean.CompositeData) notification.getUserData());
                long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(pool -> heapPools.contains(pool.getKey()))
                        .mapToLong(pool -> pool.getValue().getUsed()).sum();
                maxLive = Math.max(maxLive, after);
            }
        }

        long collections() {
            return collectionCount() - collectionsBefore;
        }

        double collectionSeconds() {
            return (collectionMillis() - collectionMillisBefore) / 1e3;
        }

        private static long collectionCount() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(gc -> gc.getCollectionCount()).sum();
        }

        private static long collectionMillis() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(gc -> gc.getCollectionTime()).sum();
        }
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
