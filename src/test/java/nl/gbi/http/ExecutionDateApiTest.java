package nl.gbi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import nl.gbi.TestDatabase;
import nl.gbi.TestEngine;
import nl.gbi.runs.RunFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 point 4 through the API: a batch is never executed in the past. Groningen (GM0014) pays on the 24th, its
 * bank's same-day cut-off is 14:30 (tenants/GM0014.json). The engine's clock is set per step.
 */
class ExecutionDateApiTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @TempDir
    Path dir;

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        final AtomicReference<Instant> now = new AtomicReference<>(Instant.EPOCH);

        void set(String amsterdam) {
            now.set(LocalDateTime.parse(amsterdam).atZone(AMSTERDAM).toInstant());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now.get(), zone);
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    @Test
    void aRunAfterItsBetaaldagGetsTheNextBusinessDayAndSaysSoAndOneOnItsDayBeforeTheCutOffKeepsIt() throws Exception {
        TestClock clock = new TestClock();
        try (TestDatabase db = TestDatabase.start(dir.resolve("db"));
             TestEngine engine = TestEngine.start(db.engineConfig(dir.resolve("engine")).withBetaalrun(RunFixtures.FAST)
                     .withClock(clock))) {
            String submitter = engine.token("GM0014", "submitter");
            String officer = engine.token("GM0014", "finance-officer");
            String ops = engine.token(null, "ops");
            RunFixtures.submit(engine, submitter, List.of(RunFixtures.sample("ED-1", "2026-03"),
                    RunFixtures.sample("ED-1", "2026-04")));

            // Thursday 26 March 15:00, two days after the betaaldag and past the cut-off: Friday 27 March.
            clock.set("2026-03-26T15:00");
            JsonNode march = batch(engine, ops, officer, "2026-03");
            assertEquals("2026-03-27", march.get("uitvoerdatum").textValue());
            assertEquals("2026-03-24", march.get("gewensteUitvoerdatum").textValue());
            assertTrue(march.get("uitvoerdatumVerschoven").booleanValue(), march.toString());
            assertEquals(List.of("2026-03-27"), requested(pain001(engine, officer, march)));

            // Friday 24 April 09:00: on the betaaldag itself, before the cut-off: as asked.
            clock.set("2026-04-24T09:00");
            JsonNode april = batch(engine, ops, officer, "2026-04");
            assertEquals("2026-04-24", april.get("uitvoerdatum").textValue());
            assertEquals("2026-04-24", april.get("gewensteUitvoerdatum").textValue());
            assertEquals(false, april.get("uitvoerdatumVerschoven").booleanValue());
            assertEquals(List.of("2026-04-24"), requested(pain001(engine, officer, april)));

            // A voorschot asked for on Saturday 2 May: the bank executes it on Monday 4 May.
            clock.set("2026-05-02T10:00");
            HttpResponse<String> voorschot = TestEngine.send(engine.request("/api/v1/voorschotten", submitter)
                    .header("Content-Type", "application/json").header("Idempotency-Key", "ed-voorschot")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"dossierId\":\"ED-2\",\"periode\":\"2026-05\",\"bedrag\":"
                            + "500.00,\"iban\":\"NL91ABNA0417164300\",\"tenaamstelling\":\"J. de Vries\",\"reden\":\"aanvraag\"}")));
            assertEquals(201, voorschot.statusCode(), voorschot.body());
            JsonNode paid = TestEngine.json(engine.get("/api/v1/batches/"
                    + TestEngine.json(voorschot).get("batchId").longValue(), officer));
            assertEquals("2026-05-04", paid.get("uitvoerdatum").textValue());
            assertEquals("2026-05-02", paid.get("gewensteUitvoerdatum").textValue());
            assertTrue(paid.get("uitvoerdatumVerschoven").booleanValue());
        }
    }

    private static JsonNode batch(TestEngine engine, String ops, String officer, String periode) throws InterruptedException {
        JsonNode report = RunFixtures.awaitEnd(engine, ops, RunFixtures.start(engine, ops, periode), Duration.ofSeconds(60));
        assertEquals("COMPLETED", report.get("status").textValue(), report.toString());
        long batchId = RunFixtures.tenantOf(report, "GM0014").get("batchId").longValue();
        return TestEngine.json(engine.get("/api/v1/batches/" + batchId, officer));
    }

    /** Every ReqdExctnDt/Dt of the file. */
    private static List<String> requested(String xml) {
        return java.util.regex.Pattern.compile("<ReqdExctnDt>\\s*<Dt>([0-9-]+)</Dt>").matcher(xml).results()
                .map(m -> m.group(1)).toList();
    }

    private static String pain001(TestEngine engine, String officer, JsonNode batch) {
        HttpResponse<String> approved = engine.approve(batch.get("id").longValue(),
                officer, "{}");
        assertEquals(201, approved.statusCode(), approved.body());
        HttpResponse<String> file = engine.get("/api/v1/batches/" + batch.get("id").longValue() + "/pain001", officer);
        assertEquals(200, file.statusCode(), file.body());
        return file.body();
    }
}
