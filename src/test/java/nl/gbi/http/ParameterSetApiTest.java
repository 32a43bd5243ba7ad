package nl.gbi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.gbi.TestDatabase;
import nl.gbi.TestEngine;
import nl.gbi.calculation.CalculationSettings;
import nl.gbi.calculation.Calculator;
import nl.gbi.calculation.Outcome;
import nl.gbi.calculation.ParameterValue;
import nl.gbi.json.BerekeningReader;
import nl.gbi.json.Json;
import nl.gbi.parameters.ParameterResource;
import nl.gbi.parameterset.ApprovedSet;
import nl.gbi.parameterset.EffectiveParameters;
import nl.gbi.parameterset.ParameterSetDocument;
import nl.gbi.parameterset.Proposal;
import nl.gbi.parameterset.TestSets;
import nl.gbi.runs.RunFixtures;
import io.vertx.sqlclient.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The law's figures as governed data through the API, on 4 December 2026 (a fixed clock): 2027-01 has no figures,
 * a run for it is refused, a set for it is proposed by one ops person and approved by another, then the run pays
 * with it and every result names the set. Every refusal names what is wrong.
 */
class ParameterSetApiTest {

    /** 2026-12-04 12:00 UTC: 28 days before 1 January 2027. */
    private static final Clock DECEMBER_4 = Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;
    static TestDatabase db;
    static TestEngine engine;
    static String opsA;
    static String opsB;
    static String submitter;

    @BeforeAll
    static void start() {
        db = TestDatabase.start(dir.resolve("db"));
        engine = TestEngine.start(config());
        opsA = engine.token(null, "ops");
        opsB = engine.token(null, "ops");
        submitter = engine.token("GM0014", "submitter");
    }

    private static nl.gbi.EngineConfig config() {
        return db.engineConfig(dir.resolve("engine")).withClock(DECEMBER_4).withBetaalrun(RunFixtures.FAST);
    }

    @AfterAll
    static void stop() {
        engine.close();
        db.close();
    }

    static HttpResponse<String> propose(String token, String contentType, String body) {
        return TestEngine.send(engine.request("/api/v1/parametersets", token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static List<String> fields(HttpResponse<String> problem) {
        List<String> fields = new ArrayList<>();
        TestEngine.json(problem).get("fouten").forEach(e -> fields.add(e.get("veld").textValue() + " " + e.get("code").textValue()));
        return fields;
    }

    @Test
    void aNewHalfYearIsProposedApprovedByAnotherPersonAndPaidWithAfterARefusedRun() throws Exception {
        // seeded on first start, and ops are warned: 2027-01 begins in 28 days without figures
        JsonNode list = TestEngine.json(engine.get("/api/v1/parametersets", opsA));
        JsonNode seed = list.get("parametersets").get(list.get("parametersets").size() - 1);
        assertEquals("SEED", seed.get("bron").textValue());
        assertEquals("GOEDGEKEURD", seed.get("status").textValue());
        assertEquals(ParameterSetDocument.sha256(ParameterResource.load().rows()), seed.get("sha256").textValue());
        assertEquals("2027-01", list.get("gereed").get("ontbreektVanaf").textValue());
        assertEquals(28, list.get("gereed").get("dagen").intValue());
        assertTrue(list.get("gereed").get("waarschuwing").booleanValue());
        JsonNode health = TestEngine.json(engine.get("/health", null));
        assertEquals("UP", health.get("status").textValue());
        assertEquals("NORMEN_ONTBREKEN", health.get("waarschuwingen").get(0).get("code").textValue(), health.toString());
        String gauge = engine.get("/metrics", null).body().lines()
                .filter(l -> l.startsWith("gbi_parameters_seconds_until_unknown ")).findFirst().orElseThrow();
        assertEquals(28 * 86_400, new java.math.BigDecimal(gauge.split(" ")[1]).longValueExact(), gauge);

        // a run for 2027-01 refuses to start, naming the period, instead of refusing every dossier
        RunFixtures.submit(engine, submitter, List.of(RunFixtures.sample("PS-1", "2027-01")));
        HttpResponse<String> refused = engine.postJson("/api/v1/betaalruns", opsA, "{\"periode\":\"2027-01\"}");
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals(List.of("periode NORMEN_NIET_GOEDGEKEURD"), fields(refused));

        HttpResponse<String> proposed = propose(opsA, "text/plain", TestSets.indexed2027());
        assertEquals(201, proposed.statusCode(), proposed.body());
        JsonNode set = TestEngine.json(proposed);
        long id = set.get("id").longValue();
        assertEquals("VOORGESTELD", set.get("status").textValue());
        assertEquals(14, set.get("verschillen").size());
        JsonNode b = set.get("verschillen").get(1);
        assertEquals("NORM_21_B", b.get("key").textValue());
        assertEquals("2027.79", b.get("vorige").decimalValue().toPlainString());
        assertEquals("1.50", b.get("procent").decimalValue().toPlainString());
        assertEquals(0, set.get("bevindingen").size());
        assertEquals(400, engine.postJson("/api/v1/betaalruns", opsA, "{\"periode\":\"2027-01\"}").statusCode(),
                "a proposal is not in effect");

        HttpResponse<String> own = engine.postJson("/api/v1/parametersets/" + id + "/approvals", opsA, "{}");
        assertEquals(403, own.statusCode(), own.body());
        assertEquals(403, engine.postJson("/api/v1/parametersets/" + id + "/approvals", submitter, "{}").statusCode());
        HttpResponse<String> approved = engine.postJson("/api/v1/parametersets/" + id + "/approvals", opsB, "{}");
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals("GOEDGEKEURD", TestEngine.json(approved).get("status").textValue());
        assertEquals(409, engine.postJson("/api/v1/parametersets/" + id + "/approvals", opsB, "{}").statusCode());
        assertFalse(TestEngine.json(engine.get("/health", null)).has("waarschuwingen"), "2027-01 is known now");

        String runId = RunFixtures.start(engine, opsA, "2027-01");
        JsonNode status = RunFixtures.awaitEnd(engine, opsA, runId, Duration.ofSeconds(60));
        assertEquals("COMPLETED", status.get("status").textValue(), status.toString());
        Row result = db.query("SELECT parameter_set_id, due_cents FROM resultaten WHERE dossier_id = 'PS-1'").get(0);
        assertEquals(id, result.getLong("parameter_set_id"));
        assertEquals(expectedDue("PS-1", TestSets.indexed2027()), result.getLong("due_cents"));

        // the decisions and the set's hash are in the PLATFORM audit chain
        List<Row> audit = db.query("SELECT action, details FROM audit_log WHERE tenant_id = 'PLATFORM'"
                + " AND subject = $1 ORDER BY seq", "parameterset/" + id);
        assertEquals(List.of("PARAMETERSET_VOORGESTELD", "PARAMETERSET_GOEDGEKEURD"),
                audit.stream().map(r -> r.getString("action")).toList());
        assertTrue(audit.get(1).getString("details").contains("sha256=" + set.get("sha256").textValue()));

        // a restart keeps the sets, and a decided set is never edited, not even by SQL as the engine
        engine.close();
        engine = TestEngine.start(config());
        JsonNode again = TestEngine.json(engine.get("/api/v1/parametersets/" + id, opsA));
        assertEquals("GOEDGEKEURD", again.get("status").textValue());
        assertEquals(14, again.get("verschillen").size(), "still shown against the half-year before it");
        assertEquals(1, db.count("SELECT count(*) FROM parameter_sets WHERE bron = 'SEED'"), "seeded once");
        assertFalse(TestEngine.json(engine.get("/health", null)).has("waarschuwingen"));

        // calc --data-dir calculates with the database's approved sets; without it, with the shipped table only
        String input = RunFixtures.sample("PS-CALC", "2027-01").toString();
        java.util.Map<String, String> env = java.util.Map.of("GBI_DATABASE_URL", db.url(), "GBI_APP_DB_PASSWORD",
                db.appPassword());
        Calc withDatabase = calc(env, input, "--data-dir", dir.resolve("unused").toString());
        assertEquals(0, withDatabase.exit(), withDatabase.err());
        assertEquals(expectedDue("PS-CALC", TestSets.indexed2027()), new java.math.BigDecimal(
                Json.MAPPER.readTree(withDatabase.out()).get("uitkeringInclVakantiegeld").toString()).movePointRight(2)
                .longValueExact());
        Calc shipped = calc(java.util.Map.of(), input);
        assertEquals(2, shipped.exit(), shipped.out());
        assertTrue(shipped.out().contains("PARAMETER_ONBEKEND"), shipped.out());
    }

    record Calc(int exit, String out, String err) {
    }

    private static Calc calc(java.util.Map<String, String> env, String input, String... args) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int exit = nl.gbi.cli.CalcCommand.run(args, env, new java.io.ByteArrayInputStream(
                        input.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        return new Calc(exit, out.toString(java.nio.charset.StandardCharsets.UTF_8),
                err.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** What the pure calculator gives for the sample of 2027-01 with the shipped table plus {@code set}. */
    private static long expectedDue(String dossier, String set) {
        return expectedDue(dossier, "2027-01", set);
    }

    /** The sample of {@code periode} with the shipped table plus {@code sets}, approved in this order. */
    private static long expectedDue(String dossier, String periode, String... sets) {
        List<ParameterValue> shipped = ParameterResource.load().rows();
        List<ApprovedSet> approved = new ArrayList<>(List.of(new ApprovedSet(1, "a", shipped)));
        for (String set : sets) {
            Proposal proposal = ParameterSetDocument.parse(set);
            approved.add(new ApprovedSet(approved.size() + 1, proposal.sha256(), proposal.rows()));
        }
        EffectiveParameters figures = EffectiveParameters.of(approved.size(), approved);
        Calculator calculator = new Calculator(figures.table(), CalculationSettings.of(RunFixtures.tenant("GM0014")));
        Outcome outcome = calculator.calculate(((BerekeningReader.Valid) new BerekeningReader()
                .read(RunFixtures.sample(dossier, periode))).berekening());
        return ((Outcome.Success) outcome).resultaat().uitkeringInclVakantiegeld().cents();
    }

    @Test
    void aCorrectionSupersedesASetAndTheNextRunPaysTheDifferenceByTheLedgersRules() throws Exception {
        String first = TestSets.indexed(t -> t.replace("2027-01-01", "2028-01-01"))
                + "AOW_LEEFTIJD_MAANDEN | 2028-01-01 | 804 | test\n";
        long firstId = approvedSet(first);
        RunFixtures.submit(engine, submitter, List.of(RunFixtures.sample("PS-2", "2028-01")));
        String run = RunFixtures.start(engine, opsA, "2028-01");
        JsonNode status = RunFixtures.awaitEnd(engine, opsA, run, Duration.ofSeconds(60));
        long batchId = RunFixtures.tenantOf(status, "GM0014").get("batchId").longValue();
        String officer = engine.token("GM0014", "finance-officer");
        assertEquals(201, engine.approve(batchId, officer, "{}").statusCode());
        assertEquals(200, engine.get("/api/v1/batches/" + batchId + "/pain001", officer).statusCode());
        long paid = expectedDue("PS-2", "2028-01", first);

        // NORM_21_B was 10,00 too low (and NORM_21_A with it): a correction supersedes the set
        String corrected = first.replaceAll("(?m)^NORM_21_B \\| 2028-01-01 \\| [0-9.]+", "NORM_21_B | 2028-01-01 | 2068.21")
                .replaceAll("(?m)^NORM_21_A \\| 2028-01-01 \\| [0-9.]+", "NORM_21_A | 2028-01-01 | 1447.75")
                + "# vervangt " + firstId + "\n";
        long correctionId = approvedSet(corrected);
        List<Row> versions = db.query("SELECT versie, token_id FROM berekeningen WHERE dossier_id = 'PS-2' ORDER BY versie");
        assertEquals(2, versions.size(), "the month settled with the old set got a new version");
        assertEquals("parameterset/" + correctionId, versions.get(1).getString("token_id"));
        assertTrue(db.query("SELECT details FROM audit_log WHERE subject = $1 AND action = 'PARAMETERSET_GOEDGEKEURD'",
                "parameterset/" + correctionId).get(0).getString("details").endsWith("herberekend=1"));

        // the next run settles 2028-01 again with the corrected figures and pays only the difference
        RunFixtures.submit(engine, submitter, List.of(RunFixtures.sample("PS-2", "2028-02")));
        String next = RunFixtures.start(engine, opsA, "2028-02");
        assertEquals("COMPLETED", RunFixtures.awaitEnd(engine, opsA, next, Duration.ofSeconds(60)).get("status").textValue());
        long due = expectedDue("PS-2", "2028-01", first, corrected);
        assertTrue(due > paid, due + " > " + paid);
        Row correction = db.query("SELECT settled_cents, due_cents, difference_cents FROM herberekeningen"
                + " WHERE dossier_id = 'PS-2' AND periode = DATE '2028-01-01'").get(0);
        assertEquals(paid, correction.getLong("settled_cents"));
        assertEquals(due, correction.getLong("due_cents"));
        assertEquals(correctionId, db.query("SELECT parameter_set_id FROM resultaten WHERE dossier_id = 'PS-2' AND versie = 2")
                .get(0).getLong("parameter_set_id"));
        assertEquals(1, db.count("SELECT count(*) FROM payments WHERE dossier_id = 'PS-2' AND soort = 'NABETALING'"));
    }

    @Test
    void aCorrectedAowAgeRedoesTheSettledMonthsOfItsYear() throws Exception {
        String set = TestSets.indexed(t -> t.replace("2027-01-01", "2029-01-01"))
                + "AOW_LEEFTIJD_MAANDEN | 2029-01-01 | 804 | test\n";
        long setId = approvedSet(set);
        RunFixtures.submit(engine, submitter, List.of(RunFixtures.sample("PS-3", "2029-01")));
        String run = RunFixtures.start(engine, opsA, "2029-01");
        assertEquals("COMPLETED", RunFixtures.awaitEnd(engine, opsA, run, Duration.ofSeconds(60)).get("status").textValue());
        HttpResponse<String> withoutVervangt = propose(opsA, "text/plain", "AOW_LEEFTIJD_MAANDEN | 2029-01-01 | 807 | x\n");
        assertEquals(400, withoutVervangt.statusCode(), withoutVervangt.body());
        assertTrue(withoutVervangt.body().contains("# vervangt " + setId), withoutVervangt.body());
        long correction = approvedSet("AOW_LEEFTIJD_MAANDEN | 2029-01-01 | 807 | correctie\n# vervangt " + setId + "\n");
        assertEquals(List.of(1, 2), db.query("SELECT versie FROM berekeningen WHERE dossier_id = 'PS-3' ORDER BY versie")
                .stream().map(r -> r.getInteger("versie")).toList());
        assertTrue(db.query("SELECT details FROM audit_log WHERE subject = $1 AND action = 'PARAMETERSET_GOEDGEKEURD'",
                "parameterset/" + correction).get(0).getString("details").endsWith("herberekend=1"));
    }

    /** Proposed by A, approved by B; its id. */
    private static long approvedSet(String text) {
        HttpResponse<String> proposed = propose(opsA, "text/plain", text);
        assertEquals(201, proposed.statusCode(), proposed.body());
        long id = TestEngine.json(proposed).get("id").longValue();
        HttpResponse<String> approved = engine.postJson("/api/v1/parametersets/" + id + "/approvals", opsB, "{}");
        assertEquals(200, approved.statusCode(), approved.body());
        return id;
    }

    @Test
    void theAmsterdamCommaIsRefusedUntilEveryFindingHasAReason() {
        String typo = TestSets.indexed(t -> t.replace("2027-01-01", "2031-07-01")
                .replaceAll("(?m)^NORM_23_A \\| 2031-07-01 \\| [0-9.]+", "NORM_23_A | 2031-07-01 | 45618.00"));
        HttpResponse<String> refused = propose(opsA, "text/plain", typo);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        Set<String> expected = new TreeSet<>(List.of("redenen.BEREIK.NORM_23_A.2031-07-01 REDEN_VERPLICHT",
                "redenen.VERHOUDING.NORM_23_B.2031-07-01 REDEN_VERPLICHT"));
        assertEquals(expected, new TreeSet<>(fields(refused)), refused.body());
        assertEquals(0, db.count("SELECT count(*) FROM parameter_sets WHERE document LIKE '%45618.00%'"), "nothing kept");
    }

    @Test
    void theJsonFormNamesEveryOffendingField() {
        ObjectNode body = Json.MAPPER.createObjectNode();
        ArrayNode waarden = body.putArray("waarden");
        waarden.addObject().put("key", "NORM_21_A").put("geldigVanaf", "2028-01-01").put("waarde", new java.math.BigDecimal("1.234"))
                .put("publicatie", "x");
        waarden.addObject().put("key", "NORM_21_B").put("geldigVanaf", "2028-01-01").put("waarde", "2000.00")
                .put("publicatie", "a|b");
        waarden.addObject().put("key", "NORM_21_B").put("geldigVanaf", "2028-01-01").put("publicatie", "x").put("extra", 1);
        body.put("vervangt", "een");
        body.put("onbekend", true);
        HttpResponse<String> refused = propose(opsA, "application/json", body.toString());
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals(new TreeSet<>(List.of("onbekend ONBEKEND_VELD", "waarden[0].waarde ONGELDIG",
                        "waarden[1].publicatie ONGELDIG", "waarden[2].extra ONBEKEND_VELD", "waarden[2].waarde VERPLICHT",
                        "vervangt ONGELDIG")), new TreeSet<>(fields(refused)), refused.body());
    }

    @Test
    void aJsonSetOfAnIncompleteHalfYearIsRefusedAndAnExplicitAbsenceAccepted() {
        ObjectNode body = Json.MAPPER.createObjectNode();
        ArrayNode waarden = body.putArray("waarden");
        for (ParameterValue row : ParameterSetDocument.parse(TestSets.indexed2027()).rows()) {
            if (row.parameter().name().startsWith("NORM_23")) {
                continue;
            }
            waarden.addObject().put("key", row.parameter().name()).put("geldigVanaf", "2028-07-01")
                    .put("waarde", java.math.BigDecimal.valueOf(row.waarde(), 2)).put("publicatie", "json test");
        }
        HttpResponse<String> refused = propose(opsA, "application/json", body.toString());
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals(List.of("document GEWEIGERD", "document GEWEIGERD"), fields(refused), refused.body());
        body.putObject("afwezig").put("NORM_23_A", "nog niet gepubliceerd").put("NORM_23_B", "nog niet gepubliceerd");
        HttpResponse<String> accepted = propose(opsA, "application/json", body.toString());
        assertEquals(201, accepted.statusCode(), accepted.body());
        JsonNode set = TestEngine.json(accepted);
        assertEquals("nog niet gepubliceerd", set.get("afwezig").get("NORM_23_A").textValue());
        assertTrue(set.get("verschillen").get(0).get("vorige").isNull(), "2028-01 is not known");
        // rejected by another person with a reason; the proposer cannot, nobody can without a reason
        String path = "/api/v1/parametersets/" + set.get("id").longValue() + "/rejection";
        assertEquals(403, engine.postJson(path, opsA, "{\"reden\":\"x\"}").statusCode());
        HttpResponse<String> noReason = engine.postJson(path, opsB, "{}");
        assertEquals(List.of("reden VERPLICHT"), fields(noReason), noReason.body());
        HttpResponse<String> rejected = engine.postJson(path, opsB, "{\"reden\":\"2028 is te vroeg\"}");
        assertEquals(200, rejected.statusCode(), rejected.body());
        assertEquals("AFGEWEZEN", TestEngine.json(rejected).get("status").textValue());
        assertEquals("2028 is te vroeg", TestEngine.json(rejected).get("besluit").get("reden").textValue());
        assertEquals(409, engine.postJson("/api/v1/parametersets/" + set.get("id").longValue() + "/approvals", opsA, "{}")
                .statusCode());
    }

    @Test
    void aHalfYearInEffectIsOnlyReplacedByACorrectionAndOnlyOpsMayPropose() {
        String july2026 = TestSets.indexed(t -> t.replace("2027-01-01", "2026-07-01"));
        HttpResponse<String> overlap = propose(opsA, "text/plain", july2026);
        assertEquals(400, overlap.statusCode(), overlap.body());
        assertTrue(overlap.body().contains("# vervangt 1"), overlap.body());
        assertEquals(403, propose(submitter, "text/plain", TestSets.indexed2027()).statusCode());
        assertEquals(415, propose(opsA, "application/xml", "<x/>").statusCode());
        assertEquals(404, engine.get("/api/v1/parametersets/999999", opsA).statusCode());
        assertEquals(404, engine.get("/api/v1/parametersets/abc", opsA).statusCode());
        HttpResponse<String> garbage = propose(opsA, "text/plain", "NORM_21_A | 2027-01-01 | 1.419,46 | x\n");
        assertEquals(400, garbage.statusCode());
        assertTrue(garbage.body().contains("line 1"), garbage.body());
    }
}
