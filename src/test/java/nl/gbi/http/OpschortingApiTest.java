package nl.gbi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.gbi.TestDatabase;
import nl.gbi.TestEngine;
import nl.gbi.runs.RunFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Holds (issue 14 point 3) through the API on a real engine: a held dossier is left out of the run, the hold counts
 * its 8 weeks on an injected clock and is flagged when they run out, and lifting it pays the held month in the next
 * run through the ledger. Placing and lifting are audited; bad requests are refused naming every field.
 */
class OpschortingApiTest {

    @TempDir
    Path dir;

    @Test
    void aHeldDossierIsSkippedUntilLiftedThenItsHeldMonthIsPaidAndTheTermRunsOutOnTheClock() throws Exception {
        ExecutionDateApiTest.TestClock clock = new ExecutionDateApiTest.TestClock();
        clock.set("2025-07-20T10:00");
        try (TestDatabase db = TestDatabase.start(dir.resolve("db"));
             TestEngine engine = TestEngine.start(db.engineConfig(dir.resolve("engine")).withBetaalrun(RunFixtures.FAST)
                     .withClock(clock))) {
            String submitter = engine.token("GM0014", "submitter");
            String officer = engine.token("GM0014", "finance-officer");
            String otherOfficer = engine.token("GM0153", "finance-officer");
            String ops = engine.token(null, "ops");
            RunFixtures.submit(engine, submitter, List.of(RunFixtures.sample("HOLD-1", "2025-07"),
                    RunFixtures.sample("HOLD-2", "2025-07"), RunFixtures.sample("HOLD-1", "2025-08"),
                    RunFixtures.sample("HOLD-2", "2025-08")));

            HttpResponse<String> placed = engine.postJson("/api/v1/dossiers/HOLD-1/opschortingen", submitter,
                    "{\"grondslag\":\"PW_54\",\"reden\":\"Bankafschriften niet ingeleverd\"}");
            assertEquals(201, placed.statusCode(), placed.body());
            JsonNode hold = TestEngine.json(placed);
            assertEquals("2025-07-20", hold.get("ingangsdatum").textValue());
            assertEquals("2025-09-13", hold.get("termijnEinde").textValue());
            assertEquals(56, hold.get("dagenOver").intValue());
            assertFalse(hold.get("verlopen").booleanValue());
            long id = hold.get("id").longValue();

            // one active hold per dossier; unknown dossiers, other tenants and ops cannot place or lift one
            assertEquals(409, engine.postJson("/api/v1/dossiers/HOLD-1/opschortingen", officer,
                    "{\"grondslag\":\"PW_40\",\"reden\":\"Adres onbekend\"}").statusCode());
            assertEquals(404, engine.postJson("/api/v1/dossiers/NOPE-1/opschortingen", officer,
                    "{\"grondslag\":\"PW_40\",\"reden\":\"Adres onbekend\"}").statusCode());
            assertEquals(404, engine.postJson("/api/v1/dossiers/HOLD-1/opschortingen", otherOfficer,
                    "{\"grondslag\":\"PW_40\",\"reden\":\"Adres onbekend\"}").statusCode());
            assertEquals(403, engine.postJson("/api/v1/dossiers/HOLD-1/opschortingen", ops,
                    "{\"grondslag\":\"PW_40\",\"reden\":\"Adres onbekend\"}").statusCode());
            assertEquals(404, engine.postJson("/api/v1/opschortingen/" + id + "/opheffing", otherOfficer,
                    "{\"reden\":\"stukken binnen\"}").statusCode());
            assertEquals(0, TestEngine.json(engine.get("/api/v1/dossiers/HOLD-1/opschortingen", otherOfficer))
                    .get("opschortingen").size());

            // July: HOLD-2 is paid, HOLD-1 is not
            JsonNode july = RunFixtures.tenantOf(RunFixtures.awaitEnd(engine, ops, RunFixtures.start(engine, ops, "2025-07"),
                    Duration.ofSeconds(60)), "GM0014");
            long julyBatch = july.get("batchId").longValue();
            assertEquals(Set.of("HOLD-2"), dossiers(engine, officer, julyBatch));
            assertEquals(201, engine.approve(julyBatch, officer).statusCode());

            // the clock: the last day of the 8 weeks, then the day after
            clock.set("2025-09-13T09:00");
            JsonNode lastDay = TestEngine.json(engine.get("/api/v1/dossiers/HOLD-1/opschortingen", officer))
                    .get("opschortingen").get(0);
            assertEquals(1, lastDay.get("dagenOver").intValue(), lastDay.toString());
            assertFalse(lastDay.get("verlopen").booleanValue());
            clock.set("2025-09-14T09:00");
            JsonNode expired = TestEngine.json(engine.get("/api/v1/dossiers/HOLD-1/opschortingen", officer))
                    .get("opschortingen").get(0);
            assertEquals(0, expired.get("dagenOver").intValue(), expired.toString());
            assertTrue(expired.get("verlopen").booleanValue());

            HttpResponse<String> lifted = engine.postJson("/api/v1/opschortingen/" + id + "/opheffing", officer,
                    "{\"reden\":\"Afschriften alsnog ontvangen\"}");
            assertEquals(200, lifted.statusCode(), lifted.body());
            assertFalse(TestEngine.json(lifted).get("actief").booleanValue());
            assertEquals("Afschriften alsnog ontvangen", TestEngine.json(lifted).get("opheffingReden").textValue());
            assertEquals(409, engine.postJson("/api/v1/opschortingen/" + id + "/opheffing", officer,
                    "{\"reden\":\"nog eens\"}").statusCode());

            // August: HOLD-1's held July is paid beside its August, HOLD-2 gets August
            JsonNode august = RunFixtures.tenantOf(RunFixtures.awaitEnd(engine, ops,
                    RunFixtures.start(engine, ops, "2025-08"), Duration.ofSeconds(60)), "GM0014");
            long augustBatch = august.get("batchId").longValue();
            List<String> hold1 = new ArrayList<>();
            for (JsonNode p : payments(engine, officer, augustBatch)) {
                String soort = p.get("soort").textValue();
                if ("HOLD-1".equals(p.get("dossierId").textValue())
                        && ("UITKERING".equals(soort) || "NABETALING".equals(soort))) {
                    hold1.add(p.get("periode").textValue());
                }
            }
            assertTrue(hold1.contains("2025-07"), "July of HOLD-1 is paid after the lifting: " + hold1);
            assertTrue(hold1.contains("2025-08"), hold1.toString());
            assertEquals(Set.of("HOLD-1", "HOLD-2"), dossiers(engine, officer, augustBatch));

            List<String> actions = new ArrayList<>();
            for (JsonNode e : TestEngine.json(engine.get("/api/v1/audit?tenant=GM0014&aantal=500", officer)).get("regels")) {
                if (e.get("actie").textValue().startsWith("OPSCHORTING_")) {
                    actions.add(e.get("actie").textValue() + " " + e.get("onderwerp").textValue());
                    assertTrue(e.get("details").textValue().contains("reden="), e.toString());
                }
            }
            assertEquals(List.of("OPSCHORTING_GEPLAATST dossier/HOLD-1", "OPSCHORTING_OPGEHEVEN dossier/HOLD-1"), actions);
        }
    }

    @Test
    void aBadHoldRequestIsRefusedNamingEveryField() throws Exception {
        try (TestDatabase db = TestDatabase.start(dir.resolve("db"));
             TestEngine engine = TestEngine.start(db.engineConfig(dir.resolve("engine")))) {
            String submitter = engine.token("GM0014", "submitter");
            RunFixtures.submit(engine, submitter, List.of(RunFixtures.sample("HOLD-3", "2025-07")));
            HttpResponse<String> refused = engine.postJson("/api/v1/dossiers/HOLD-3/opschortingen", submitter,
                    "{\"grondslag\":\"PW_99\",\"reden\":\"\\u0007\",\"bedrag\":1}");
            assertEquals(400, refused.statusCode(), refused.body());
            assertEquals(Set.of("grondslag", "reden", "bedrag"), fields(TestEngine.json(refused)));
            HttpResponse<String> empty = engine.postJson("/api/v1/dossiers/HOLD-3/opschortingen", submitter, "{}");
            assertEquals(Set.of("grondslag", "reden"), fields(TestEngine.json(empty)));
            assertEquals(400, engine.postJson("/api/v1/dossiers/HOLD-3/opschortingen", submitter, "[1]").statusCode());
            assertEquals(404, engine.postJson("/api/v1/dossiers/%3Cscript%3E/opschortingen", submitter,
                    "{\"grondslag\":\"PW_54\",\"reden\":\"x\"}").statusCode());
            assertEquals(404, engine.postJson("/api/v1/opschortingen/abc/opheffing", submitter, "{\"reden\":\"x\"}")
                    .statusCode());
            assertEquals(0, TestEngine.json(engine.get("/api/v1/dossiers/HOLD-3/opschortingen", submitter))
                    .get("opschortingen").size(), "nothing was placed");
        }
    }

    private static Set<String> fields(JsonNode problem) {
        Set<String> fields = new TreeSet<>();
        problem.get("fouten").forEach(f -> fields.add(f.get("veld").textValue()));
        return fields;
    }

    private static JsonNode payments(TestEngine engine, String officer, long batchId) {
        return TestEngine.json(engine.get("/api/v1/batches/" + batchId + "/payments", officer)).get("betalingen");
    }

    private static Set<String> dossiers(TestEngine engine, String officer, long batchId) {
        Set<String> dossiers = new TreeSet<>();
        payments(engine, officer, batchId).forEach(p -> dossiers.add(p.get("dossierId").textValue()));
        return dossiers;
    }
}
