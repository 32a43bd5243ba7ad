package nl.gbi.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.sqlclient.Row;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gbi.TestDatabase;
import nl.gbi.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tenant with more payable lines than one batch may hold (issue 11 point 5): the run makes several batches
 * instead of failing, a dossier's lines stay in one of them, each is approved or rejected on its own with its own
 * pain.001, and together they pay exactly what one batch would. A batch step that dies between two parts is retried
 * and makes only the parts still missing.
 */
class BatchSplitRunTest {

    static final YearMonth PERIODE = YearMonth.of(2026, 3);
    static final int DOSSIERS = 40;
    static final int LINES_PER_BATCH = 9;
    static final BetaalrunSettings SMALL_BATCHES = new BetaalrunSettings(7, Duration.ofSeconds(3), 50, 2, LINES_PER_BATCH);

    @TempDir
    Path dir;

    @Test
    void linesBeyondOneBatchMakeSeveralEachDecidedOnItsOwnAndTogetherPayingWhatOneWould() throws Exception {
        try (TestDatabase db = TestDatabase.start(dir.resolve("db"));
             TestEngine engine = TestEngine.start(db.engineConfig(dir.resolve("engine")).withBetaalrun(SMALL_BATCHES))) {
            String ops = engine.token(null, "ops");
            String[] officers = officers(engine);
            List<ObjectNode> records = RunFixtures.dossiers("GM0014", PERIODE, DOSSIERS, 11);
            Set<String> expected = RunFixtures.expectedLines("GM0014", records);
            assertTrue(expected.size() > 3 * LINES_PER_BATCH, "the fixture needs several batches: " + expected.size());
            RunFixtures.submit(engine, engine.token("GM0014", "submitter"), records);

            JsonNode report = RunFixtures.awaitEnd(engine, ops, RunFixtures.start(engine, ops, PERIODE.toString()),
                    Duration.ofSeconds(60));
            assertEquals("COMPLETED", report.get("status").textValue(), report.toString());
            JsonNode tenant = RunFixtures.tenantOf(report, "GM0014");
            JsonNode batches = tenant.get("batches");
            assertTrue(batches.size() >= 4, "several batches: " + tenant);
            assertEquals(batches.get(0).get("batchId").longValue(), tenant.get("batchId").longValue(),
                    "batchId stays the first part, for v1 callers");
            assertEquals(expected, RunFixtures.paidLines(db, PERIODE), "together they pay exactly what one batch would");
            assertEquals(0, tenant.get("overgeslagen").size(), "nothing reported as skipped: " + tenant);

            long count = 0;
            BigDecimal total = BigDecimal.ZERO;
            Map<String, Long> batchOfDossier = new HashMap<>();
            for (int part = 0; part < batches.size(); part++) {
                JsonNode batch = batches.get(part);
                assertEquals(part, batch.get("deel").intValue(), batches.toString());
                long batchId = batch.get("batchId").longValue();
                List<Row> lines = db.query("SELECT dossier_id FROM payments WHERE batch_id = $1", batchId);
                assertTrue(lines.size() <= LINES_PER_BATCH, "part " + part + " holds " + lines.size() + " lines");
                assertEquals(lines.size(), batch.get("aantal").longValue());
                for (Row line : lines) {
                    Long earlier = batchOfDossier.putIfAbsent(line.getString("dossier_id"), batchId);
                    assertTrue(earlier == null || earlier == batchId, "dossier " + line.getString("dossier_id")
                            + " is in batches " + earlier + " and " + batchId);
                }
                count += batch.get("aantal").longValue();
                total = total.add(batch.get("totaal").decimalValue());
            }
            assertEquals(expected.size(), count);
            assertEquals(0, sum(tenant.get("betalingen"), "totaal").compareTo(total),
                    "the parts add up to the run's betalingen: " + total + " in " + tenant);

            // The officers approve the first part and reject the second; each is its own decision with its own file.
            long first = batches.get(0).get("batchId").longValue();
            long second = batches.get(1).get("batchId").longValue();
            approve(engine, officers, first);
            HttpResponse<String> file = engine.get("/api/v1/batches/" + first + "/pain001", officers[0]);
            assertEquals(200, file.statusCode(), file.body());
            assertTrue(file.body().contains("<NbOfTxs>" + batches.get(0).get("aantal").longValue() + "</NbOfTxs>"),
                    file.body());
            assertEquals(409, engine.get("/api/v1/batches/" + second + "/pain001", officers[0]).statusCode(),
                    "the second part is not approved by approving the first");
            assertEquals(200, engine.postJson("/api/v1/batches/" + second + "/rejection", officers[1],
                    "{\"reden\":\"controle deel 2\"}").statusCode());
            assertTrue(Set.of("APPROVED", "EXPORTED").contains(state(engine, officers[0], first)));
            assertEquals("AWAITING_APPROVAL", state(engine, officers[0], batches.get(2).get("batchId").longValue()));

            // A rerun of the month pays the rejected part's dossiers again, and nothing else.
            long rejectedLines = batches.get(1).get("aantal").longValue();
            JsonNode rerun = RunFixtures.awaitEnd(engine, ops, RunFixtures.start(engine, ops, PERIODE.toString()),
                    Duration.ofSeconds(60));
            JsonNode again = RunFixtures.tenantOf(rerun, "GM0014");
            assertEquals(rejectedLines, again.get("batches").get(0).get("aantal").longValue(), again.toString());
        }
    }

    @Test
    void aBatchStepThatDiesBetweenTwoPartsMakesOnlyTheMissingOnesWhenRetried() throws Exception {
        try (TestDatabase db = TestDatabase.start(dir.resolve("db"));
             TestEngine engine = TestEngine.start(db.engineConfig(dir.resolve("engine")).withBetaalrun(SMALL_BATCHES))) {
            // The database refuses the third part once, as a crash between two parts would leave it. A sequence
            // counts the attempts: unlike a row, nextval is not rolled back with the failed insert.
            db.query("CREATE SEQUENCE part_two_attempts");
            db.query("""
                    CREATE FUNCTION fail_part_two_once() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
                    BEGIN
                        IF NEW.run_part = 2 AND nextval('part_two_attempts') = 1 THEN
                            RAISE EXCEPTION 'injected failure before part %', NEW.run_part;
                        END IF;
                        RETURN NEW;
                    END $$""");
            db.query("CREATE TRIGGER fail_part_two_once BEFORE INSERT ON batches FOR EACH ROW"
                    + " EXECUTE FUNCTION fail_part_two_once()");
            String ops = engine.token(null, "ops");
            List<ObjectNode> records = RunFixtures.dossiers("GM0014", PERIODE, DOSSIERS, 12);
            Set<String> expected = RunFixtures.expectedLines("GM0014", records);
            RunFixtures.submit(engine, engine.token("GM0014", "submitter"), records);

            String runId = RunFixtures.start(engine, ops, PERIODE.toString());
            JsonNode report = RunFixtures.awaitEnd(engine, ops, runId, Duration.ofSeconds(60));
            assertEquals("COMPLETED", report.get("status").textValue(), report.toString());
            assertEquals(2, db.count("SELECT last_value FROM part_two_attempts"), "part 2 failed once, then was made");
            assertEquals(2, db.count("SELECT attempts FROM betaalrun_tenants WHERE run_id = $1 AND tenant_id = 'GM0014'",
                    runId), "the batch step was retried");
            JsonNode tenant = RunFixtures.tenantOf(report, "GM0014");
            assertEquals(expected, RunFixtures.paidLines(db, PERIODE), "nothing twice, nothing missing");
            assertEquals(0, tenant.get("overgeslagen").size(), "the parts made before the failure are no skips: " + tenant);
            Set<Integer> parts = new HashSet<>();
            tenant.get("batches").forEach(b -> parts.add(b.get("deel").intValue()));
            assertEquals(tenant.get("batches").size(), parts.size());
            assertTrue(parts.size() >= 3, "parts 0 and 1 before the failure, the rest after: " + parts);
            assertEquals(db.count("SELECT count(*) FROM batches WHERE run_id = $1", runId), parts.size());
            assertEquals(expected.size(), db.count("SELECT count(*) FROM payments p JOIN batches b"
                    + " ON b.tenant_id = p.tenant_id AND b.id = p.batch_id WHERE b.run_id = $1", runId));
        }
    }

    private static String[] officers(TestEngine engine) {
        return new String[] {engine.issue("GM0014", "finance-officer", "Anna de Vries").get("token").textValue(),
                engine.issue("GM0014", "finance-officer", "Bram Bakker").get("token").textValue()};
    }

    private static void approve(TestEngine engine, String[] officers, long batchId) {
        for (String officer : officers) {
            int status = engine.approve(batchId, officer, "{}").statusCode();
            assertTrue(status == 201 || status == 409, "approval " + status);
        }
    }

    private static String state(TestEngine engine, String officer, long batchId) {
        return TestEngine.json(engine.get("/api/v1/batches/" + batchId, officer)).get("status").textValue();
    }

    private static BigDecimal sum(JsonNode totals, String field) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode kind : totals) {
            sum = sum.add(kind.get(field).decimalValue());
        }
        return sum;
    }
}
