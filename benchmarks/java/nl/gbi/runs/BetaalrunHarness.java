package nl.gbi.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
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
 *       next month is submitted and its run starts the moment intake ends.
 * </ul>
 *
 * <pre>mvn -B -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:exec@harness \
 *     -Dharness.args="-Xmx4g nl.gbi.runs.BetaalrunHarness --per-tenant 7693 --case history --months 17"</pre>
 */
public final class BetaalrunHarness {

    /**
     * The measured month; history goes back from it. The shipped figures are complete from 2025-07: months before
     * that are refused (PARAMETER_ONBEKEND) and retried by every later run, so at most 17 months of history.
     */
    private static final YearMonth MEASURED = YearMonth.of(2026, 12);
    private static final int INTAKE_BATCH = 5_000;

    private final TestEngine engine;
    private final CopyBaseline baseline;
    private final int perTenant;
    private final SyntheticDossiers generator = new SyntheticDossiers(20261122);
    private final Map<String, String> submitters = new HashMap<>();
    private final Map<String, List<String>> officers = new HashMap<>();
    private final String ops;

    private BetaalrunHarness(TestEngine engine, CopyBaseline baseline, int perTenant) {
        this.engine = engine;
        this.baseline = baseline;
        this.perTenant = perTenant;
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
        String kind = stringArg(args, "--case", "intake-end");
        int months = kind.equals("history") ? intArg(args, "--months", 17) : 0;
        if (!List.of("fresh", "intake-end", "history").contains(kind)) {
            throw new IllegalArgumentException("--case fresh, intake-end or history, not " + kind);
        }
        Path dataDir = Files.createTempDirectory("gbi-run-bench");
        try (TestDatabase db = TestDatabase.start(dataDir.resolve("db"));
             TestEngine engine = TestEngine.start(db.engineConfig(dataDir.resolve("engine"))
                     .withBetaalrun(new BetaalrunSettings(chunkSize, Duration.ofSeconds(60), 100, loops)))) {
            CopyBaseline baseline = new CopyBaseline(db.url(), dataDir);
            BetaalrunHarness harness = new BetaalrunHarness(engine, baseline, perTenant);
            System.out.printf("case %s: %d dossiers (%d per tenant), %d months of history, %d loops, chunks of %d%n",
                    kind, perTenant * RunFixtures.TENANTS.size(), perTenant, months, loops, chunkSize);
            for (int m = months; m >= 1; m--) {
                harness.historyMonth(MEASURED.minusMonths(m), m == months);
            }
            harness.measure(db, kind, months);
        } finally {
            Directories.delete(dataDir);
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

    private void measure(TestDatabase db, String kind, int months) throws Exception {
        StatementStatistics statements = baseline.statements();
        long intakeFrom = baseline.nextXid();
        long intakeStarted = System.nanoTime();
        submitMonth(MEASURED, !kind.equals("history"));
        double intakeSeconds = (System.nanoTime() - intakeStarted) / 1e9;
        if (kind.equals("fresh")) {
            db.query("VACUUM ANALYZE");
            db.query("CHECKPOINT");
        }
        long runFrom = baseline.nextXid();
        statements.reset();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        String runId = RunFixtures.start(engine, ops, MEASURED.toString());
        awaitEnd(runId, Duration.ofMinutes(60));
        double seconds = (System.nanoTime() - started) / 1e9;
        long peakHeap = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        long runUntil = baseline.nextXid();
        List<String> top = statements.top(12);
        JsonNode status = RunFixtures.awaitEnd(engine, ops, runId, Duration.ofSeconds(10));
        JsonNode report = status.get("rapport");
        int dossiers = perTenant * RunFixtures.TENANTS.size();
        System.out.printf("intake of %s: %.2f s, %.0f records/s%n", MEASURED, intakeSeconds, dossiers / intakeSeconds);
        System.out.printf("run %s: %s in %.2f s, %.0f dossiers/s; berekend %d, geweigerd %d, betalingen %s, herberekeningen %s%n",
                MEASURED, status.get("status").textValue(), seconds, dossiers / seconds, report.get("berekend").longValue(),
                report.get("geweigerd").longValue(), report.get("betalingen"), report.get("herberekeningen"));
        Map<String, Integer> refusals = new java.util.TreeMap<>();
        status.get("gemeenten").forEach(t -> t.get("weigeringen").forEach(w -> w.get("fouten").forEach(f ->
                refusals.merge(f.path("veld").asText() + " " + f.path("code").asText(), 1, Integer::sum))));
        System.out.println("refusals by field and code (as far as the status lists them): " + refusals);
        engine.get("/metrics", null).body().lines().filter(line -> line.startsWith("gbi_betaalrun_step_seconds_total"))
                .forEach(line -> System.out.println("time per step: " + line));
        System.out.printf("peak heap during the run (engine and this client in one JVM, sum of heap pools' peaks): %d MB%n",
                peakHeap >> 20);
        System.out.println("pg_stat_statements during the run, most time first:");
        top.forEach(line -> System.out.println("  " + line));

        // The intake inserted the month's latest_berekeningen rows, which the run then updated: both copy them.
        Map<String, String> intake = new LinkedHashMap<>(baseline.written(intakeFrom, runFrom));
        intake.put("latest_berekeningen", "periode = date '" + MEASURED.atDay(1) + "'");
        CopyBaseline.Measured intakeCopy = baseline.measure(intake);
        System.out.printf("intake baseline: %s%n", intakeCopy.describe());
        System.out.printf("intake / COPY: %.2f× serial, %.2f× two sessions%n", intakeSeconds / intakeCopy.serialSeconds(),
                intakeSeconds / intakeCopy.twoSessionSeconds());
        CopyBaseline.Measured runCopy = baseline.measure(baseline.written(runFrom, runUntil));
        System.out.printf("run baseline: %s%n", runCopy.describe());
        System.out.printf("RESULT case=%s dossiers=%d months=%d run=%.2fs copy1=%.2fs copy2=%.2fs run/copy1=%.2f run/copy2=%.2f"
                        + " heap=%dMB intake=%.2fs intake/copy1=%.2f intake/copy2=%.2f%n", kind, dossiers,
                months, seconds, runCopy.serialSeconds(), runCopy.twoSessionSeconds(),
                seconds / runCopy.serialSeconds(), seconds / runCopy.twoSessionSeconds(), peakHeap >> 20, intakeSeconds,
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
