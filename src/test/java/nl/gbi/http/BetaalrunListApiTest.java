package nl.gbi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.gbi.TestEngine;
import nl.gbi.runs.Betaalruns;
import nl.gbi.runs.RunFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /api/v1/betaalruns}: the latest runs, newest first, for ops only, without anything of a tenant. */
class BetaalrunListApiTest {

    private static final Set<String> FIELDS = Set.of("id", "periode", "status", "gestartOp", "klaarOp");

    @RegisterExtension
    static final RunApi api = new RunApi();

    @Test
    void opsSeesTheLatestRunsNewestFirstAndAtMostTwenty() throws Exception {
        List<String> started = new ArrayList<>();
        // One run more than the list shows, each of its own period without dossiers (2024-01 … 2025-09, all with approved
        // figures): planned at once, none waits.
        for (int month = 0; month <= Betaalruns.RECENT_MAX; month++) {
            started.add(RunFixtures.start(api.engine, api.ops, YearMonth.of(2024, 1).plusMonths(month).toString()));
        }
        RunFixtures.awaitEnd(api.engine, api.ops, started.get(0), Duration.ofSeconds(60));

        JsonNode body = list(api.ops);

        List<String> newestFirst = new ArrayList<>(started.subList(1, started.size()));
        Collections.reverse(newestFirst);
        List<String> shown = new ArrayList<>();
        body.get("runs").forEach(run -> shown.add(run.get("id").textValue()));
        assertEquals(newestFirst, shown, "the twenty newest, newest first; the oldest falls off");
        JsonNode newest = body.get("runs").get(0);
        assertEquals(YearMonth.of(2024, 1).plusMonths(Betaalruns.RECENT_MAX).toString(), newest.get("periode").textValue());
        OffsetDateTime previous = OffsetDateTime.MAX;
        for (JsonNode run : body.get("runs")) {
            OffsetDateTime startedAt = OffsetDateTime.parse(run.get("gestartOp").textValue());
            assertFalse(startedAt.isAfter(previous), body.toString());
            previous = startedAt;
        }
    }

    @Test
    void aFinishedRunShowsWhenItEndedAndTheListHoldsNoTenantData() throws Exception {
        api.submit(RunFixtures.sample("LIST-2", "2026-11"));
        String runId = RunFixtures.start(api.engine, api.ops, "2026-11");
        RunFixtures.awaitEnd(api.engine, api.ops, runId, Duration.ofSeconds(60));

        JsonNode body = list(api.ops);

        assertEquals(Set.of("runs"), names(body));
        JsonNode run = null;
        for (JsonNode each : body.get("runs")) {
            assertEquals(FIELDS, names(each), each.toString());
            if (runId.equals(each.get("id").textValue())) {
                run = each;
            }
        }
        assertTrue(run != null, body.toString());
        assertEquals("2026-11", run.get("periode").textValue());
        assertEquals("COMPLETED", run.get("status").textValue());
        assertFalse(OffsetDateTime.parse(run.get("klaarOp").textValue())
                .isBefore(OffsetDateTime.parse(run.get("gestartOp").textValue())), run.toString());
        String text = body.toString();
        assertFalse(text.contains("GM0014") || text.contains("LIST-2") || text.contains(RunApi.CLIENT_IBAN), text);
    }

    @Test
    void onlyOpsListsRuns() {
        assertEquals(200, api.engine.get("/api/v1/betaalruns", api.ops).statusCode());
        for (String token : List.of(api.officer, api.submitter, api.engine.adminToken())) {
            HttpResponse<String> refused = api.engine.get("/api/v1/betaalruns", token);
            assertEquals(403, refused.statusCode(), refused.body());
            assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
            assertEquals(403, TestEngine.json(refused).get("status").intValue());
        }
        assertEquals(401, api.engine.get("/api/v1/betaalruns", null).statusCode());
    }

    private static JsonNode list(String token) {
        HttpResponse<String> response = api.engine.get("/api/v1/betaalruns", token);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return TestEngine.json(response);
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
