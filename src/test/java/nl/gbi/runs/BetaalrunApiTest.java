package nl.gbi.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import nl.gbi.TestDatabase;
import nl.gbi.TestEngine;
import nl.gbi.batches.ExecutionDate;
import nl.gbi.domain.Money;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The monthly betaalrun through the real API: dossiers in, one batch per tenant out, nothing paid twice. */
class BetaalrunApiTest {

    static final YearMonth PERIODE = YearMonth.of(2025, 7);
    static final Map<String, Integer> DOSSIERS = Map.of("GM0014", 23, "GM0363", 15, "GM0599", 6);

    @TempDir
    static Path dir;
    static TestDatabase db;
    static TestEngine engine;
    static String ops;

    @BeforeAll
    static void start() {
        db = TestDatabase.start(dir.resolve("db"));
        // The run is made before July's betaaldagen, so each batch keeps its tenant's betaaldag.
        engine = TestEngine.start(db.engineConfig(dir.resolve("engine")).withBetaalrun(RunFixtures.FAST)
                .withClock(java.time.Clock.fixed(java.time.Instant.parse("2025-06-20T08:00:00Z"), java.time.ZoneOffset.UTC)));
        ops = engine.token(null, "ops");
    }

    @AfterAll
    static void stop() {
        engine.close();
        db.close();
    }

    @Test
    void aRunPaysExactlyWhatTheCalculatorSaysInOneBatchPerTenantAndARerunPaysNothingAgain() throws Exception {
        Map<String, RunFixtures.Expected> expected = new java.util.TreeMap<>();
        long seed = 1;
        for (var entry : DOSSIERS.entrySet()) {
            List<ObjectNode> records = RunFixtures.dossiers(entry.getKey(), PERIODE, entry.getValue(), seed++);
            RunFixtures.submit(engine, engine.token(entry.getKey(), "submitter"), records);
            expected.put(entry.getKey(), RunFixtures.expected(entry.getKey(), records));
        }

        String runId = RunFixtures.start(engine, ops, PERIODE.toString());
        JsonNode status = RunFixtures.awaitEnd(engine, ops, runId, Duration.ofSeconds(60));

        assertEquals("COMPLETED", status.get("status").textValue(), status.toString());
        for (var entry : expected.entrySet()) {
            assertTenantPaid(status, entry.getKey(), entry.getValue());
        }
        assertEquals(1, db.count("SELECT count(*) FROM audit_log WHERE tenant_id = 'PLATFORM'"
                + " AND action = 'BETAALRUN_STARTED' AND subject = $1 AND details = 'periode=2025-07'", "betaalrun/" + runId));
        String metrics = engine.get("/metrics", null).body();
        assertTrue(metrics.contains("gbi_betaalrun_chunks_total "), metrics);
        assertTrue(metrics.contains("gbi_betaalrun_berekeningen_total{result=\"calculated\"} "), metrics);
        JsonNode others = RunFixtures.tenantOf(status, "GM0153");
        assertEquals(0, others.get("chunksTotaal").intValue());
        assertTrue(others.get("batchId").isNull());
        String paymentsOfPeriode = "SELECT count(*) FROM payments WHERE periode = '2025-07-01'";
        long payments = db.count(paymentsOfPeriode);
        assertEquals(expected.values().stream().mapToLong(RunFixtures.Expected::count).sum(), payments);
        assertEquals(3, db.count("SELECT count(*) FROM batches WHERE run_id = $1", runId));

        String rerun = RunFixtures.start(engine, ops, PERIODE.toString());
        JsonNode again = RunFixtures.awaitEnd(engine, ops, rerun, Duration.ofSeconds(60));

        assertEquals("COMPLETED", again.get("status").textValue(), again.toString());
        assertEquals(payments, db.count(paymentsOfPeriode));
        assertEquals(0, db.count("SELECT count(*) FROM batches WHERE run_id = $1", rerun));
        JsonNode groningen = RunFixtures.tenantOf(again, "GM0014");
        assertTrue(groningen.get("batchId").isNull(), groningen.toString());
        assertEquals(expected.get("GM0014").count(),
                groningen.get("overgeslagen").get("ALREADY_PAID").get("aantal").longValue(), groningen.toString());
    }

    private static void assertTenantPaid(JsonNode status, String tenant, RunFixtures.Expected expected) {
        JsonNode progress = RunFixtures.tenantOf(status, tenant);
        assertEquals(progress.get("chunksTotaal").intValue(), progress.get("chunksKlaar").intValue());
        assertEquals((DOSSIERS.get(tenant) + 6) / 7, progress.get("chunksTotaal").intValue());
        assertEquals(DOSSIERS.get(tenant) - expected.refused(), progress.get("berekend").intValue());
        assertEquals(expected.refused(), progress.get("geweigerd").intValue());
        expected.perKind().forEach((kind, total) -> {
            JsonNode paid = progress.get("betalingen").get(kind);
            assertEquals(total[0], paid.get("aantal").longValue(), tenant + " " + kind);
            assertEquals(Money.ofCents(total[1]).toEuros(), paid.get("totaal").decimalValue(), tenant + " " + kind);
        });
        assertEquals(expected.perKind().size(), progress.get("betalingen").size());
        JsonNode batch = TestEngine.json(engine.get("/api/v1/batches/" + progress.get("batchId").longValue(), ops));
        assertEquals("AWAITING_APPROVAL", batch.get("status").textValue(), batch.toString());
        assertEquals(tenant, batch.get("tenant").textValue());
        LocalDate executionDate = ExecutionDate.forPeriode(RunFixtures.tenant(tenant), PERIODE);
        assertEquals(executionDate.toString(), batch.get("uitvoerdatum").textValue());
        assertEquals(executionDate.toString(), batch.get("gewensteUitvoerdatum").textValue());
        assertEquals(false, batch.get("uitvoerdatumVerschoven").booleanValue());
        assertEquals(expected.count(), batch.get("aantal").longValue());
        assertEquals(Money.ofCents(expected.cents()).toEuros(), batch.get("totaal").decimalValue());
    }

    @Test
    void aSecondStartOfThePeriodWhileItRunsIsAConflict() throws Exception {
        YearMonth periode = YearMonth.of(2025, 9);
        RunFixtures.submit(engine, engine.token("GM0014", "submitter"), RunFixtures.dossiers("GM0014", periode, 40, 9));
        String body = "{\"periode\":\"" + periode + "\"}";
        HttpRequest.Builder post = engine.request("/api/v1/betaalruns", ops).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> TestEngine.send(post));
        CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(() -> TestEngine.send(post));
        List<Integer> codes = List.of(first.get().statusCode(), second.get().statusCode()).stream().sorted().toList();

        assertEquals(List.of(202, 409), codes, first.get().body() + " / " + second.get().body());
        HttpResponse<String> winner = first.get().statusCode() == 202 ? first.get() : second.get();
        HttpResponse<String> loser = first.get().statusCode() == 202 ? second.get() : first.get();
        assertEquals("application/problem+json", loser.headers().firstValue("Content-Type").orElse(""));
        RunFixtures.awaitEnd(engine, ops, TestEngine.json(winner).get("id").textValue(), Duration.ofSeconds(60));
    }

    @Test
    void aRejectedBatchIsPaidAgainAndAChangedPeriodWaitsForTheBatchThatSettledIt() throws Exception {
        String submitter = engine.token("GM0014", "submitter");
        String officer = engine.token("GM0014", "finance-officer");
        RunFixtures.submit(engine, submitter, List.of(sample("CH-1", null), sample("CH-2", null)));
        long first = RunFixtures.tenantOf(completed("2025-11"), "GM0014").get("batchId").longValue();
        assertEquals(200, engine.postJson("/api/v1/batches/" + first + "/rejection", officer,
                "{\"reden\":\"verkeerde maand\"}").statusCode());

        JsonNode again = RunFixtures.tenantOf(completed("2025-11"), "GM0014");

        assertEquals(4, again.get("betalingen").get("UITKERING").get("aantal").intValue()
                + again.get("betalingen").get("DERDENBETALING").get("aantal").intValue(), again.toString());
        assertEquals(4, db.count("SELECT count(*) FROM payments WHERE periode = '2025-11-01' AND state = 'RELEASED'"));
        assertEquals(4, db.count("SELECT count(*) FROM payments WHERE periode = '2025-11-01' AND state = 'IN_BATCH'"));

        RunFixtures.submit(engine, submitter, List.of(sample("CH-1", "NL20INGB0001234567")));
        JsonNode changed = RunFixtures.tenantOf(completed("2025-11"), "GM0014");

        // CH-1's November is settled by a batch nobody has decided on yet: its herberekening waits for it. The
        // premium to the insurer moves money within the uitkering, so the difference it waits to settle is nil.
        assertTrue(changed.get("batchId").isNull(), changed.toString());
        assertEquals(1, changed.get("overgeslagen").get("HERBEREKENING_WAITS").get("aantal").intValue(), changed.toString());
        assertEquals(new BigDecimal("0.00"), changed.get("overgeslagen").get("HERBEREKENING_WAITS").get("totaal").decimalValue());
        assertEquals(2, changed.get("overgeslagen").get("ALREADY_PAID").get("aantal").intValue(), changed.toString());
        assertEquals(8, db.count("SELECT count(*) FROM payments WHERE periode = '2025-11-01'"));
    }

    /** {@link RunFixtures#sample}; with {@code zorgverzekeraar}, a premium to that IBAN too. */
    private static ObjectNode sample(String dossierId, String zorgverzekeraar) {
        ObjectNode record = RunFixtures.sample(dossierId, "2025-11");
        if (zorgverzekeraar != null) {
            ((ArrayNode) record.get("inhoudingen")).addObject().put("soort", "ZORGVERZEKERING")
                    .put("bedrag", new BigDecimal("150.00")).put("kenmerk", "premie")
                    .putObject("begunstigde").put("naam", "Zilveren Kruis").put("iban", zorgverzekeraar);
        }
        return record;
    }

    private static JsonNode completed(String periode) throws InterruptedException {
        JsonNode status = RunFixtures.awaitEnd(engine, ops, RunFixtures.start(engine, ops, periode), Duration.ofSeconds(60));
        assertEquals("COMPLETED", status.get("status").textValue(), status.toString());
        return status;
    }

    /** A chunk that fails on its last allowed attempt fails the run once its lease ends; the failure is counted. */
    @Test
    void workThatKeepsFailingFailsTheRun() throws Exception {
        String runId = "run-00000000-0000-0000-0000-00000000fa11";
        // One statement, as a run is always planned in one transaction: the worker never sees it half made.
        db.query("""
                WITH r AS (INSERT INTO betaalruns (id, periode, status, started_by)
                           SELECT $1, '2024-01-01', 'RUNNING', id FROM tokens WHERE role = 'ops' LIMIT 1 RETURNING id),
                     t AS (INSERT INTO betaalrun_tenants (run_id, tenant_id, chunks_total, dossiers_total, batch_state)
                           SELECT id, 'GM9999', 1, 1, 'PENDING' FROM r RETURNING run_id)
                INSERT INTO betaalrun_chunks (run_id, tenant_id, chunk_no, first_dossier, last_dossier, dossiers, state,
                                              attempts)
                SELECT run_id, 'GM9999', 0, 'A', 'Z', 1, 'PENDING', $2 FROM t""", runId, BetaalrunSettings.ATTEMPTS_MAX - 1);

        JsonNode status = RunFixtures.awaitEnd(engine, ops, runId, Duration.ofSeconds(30));

        assertEquals("FAILED", status.get("status").textValue(), status.toString());
        assertEquals(BetaalrunSettings.ATTEMPTS_MAX, db.count("SELECT attempts FROM betaalrun_chunks WHERE run_id = $1", runId));
        assertTrue(engine.get("/metrics", null).body().contains("gbi_betaalrun_failures_total{step=\"chunk\"}"));
    }

    @Test
    void onlyOpsStartsOrReadsARunAndABadPeriodIsInvalid() {
        String submitter = engine.token("GM0014", "submitter");
        assertEquals(403, engine.postJson("/api/v1/betaalruns", submitter, "{\"periode\":\"2025-07\"}").statusCode());
        assertEquals(400, engine.postJson("/api/v1/betaalruns", ops, "{\"periode\":\"2025-13\"}").statusCode());
        assertEquals(400, engine.postJson("/api/v1/betaalruns", ops, "{}").statusCode());
        assertEquals(404, engine.get("/api/v1/betaalruns/run-00000000-0000-0000-0000-000000000000", ops).statusCode());
        assertEquals(404, engine.get("/api/v1/betaalruns/nonsense", ops).statusCode());
    }
}
