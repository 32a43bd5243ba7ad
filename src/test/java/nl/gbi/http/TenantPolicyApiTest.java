package nl.gbi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.gbi.TestDatabase;
import nl.gbi.TestEngine;
import nl.gbi.runs.RunFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A municipality's policy figures through the API: seeded from tenants/*.json, proposed by one ops person, approved by
 * another, then in effect for intake, the calculation and voorschotten without a restart; every refusal named.
 */
class TenantPolicyApiTest {

    @TempDir
    static Path dir;
    static TestDatabase db;
    static TestEngine engine;
    static String opsA;
    static String opsB;
    static String submitter;
    static String officer;

    @BeforeAll
    static void start() {
        db = TestDatabase.start(dir.resolve("db"));
        engine = TestEngine.start(db.engineConfig(dir.resolve("engine")).withBetaalrun(RunFixtures.FAST));
        opsA = engine.token(null, "ops");
        opsB = engine.token(null, "ops");
        submitter = engine.token("GM0014", "submitter");
        officer = engine.token("GM0014", "finance-officer");
    }

    @AfterAll
    static void stop() {
        engine.close();
        db.close();
    }

    static String policy(String percentages, String base, int share, String threshold, String redenen) {
        return "{\"allowedVerlagingPercentages\":" + percentages + ",\"verlagingBase\":\"" + base
                + "\",\"voorschotMaxPercentage\":" + share + ",\"secondApprovalThreshold\":" + threshold
                + (redenen == null ? "" : ",\"redenen\":" + redenen) + "}";
    }

    static List<String> fields(HttpResponse<String> problem) {
        List<String> fields = new ArrayList<>();
        TestEngine.json(problem).get("fouten").forEach(f -> fields.add(f.get("veld").textValue() + " " + f.get("code").textValue()));
        return fields;
    }

    /** A Groningen berekening with a verlaging of {@code percentage}%, accepted or refused at intake. */
    static int accepted(String dossier, int percentage) {
        ObjectNode record = RunFixtures.sample(dossier, "2026-11");
        ((ObjectNode) record.get("verlaging")).put("percentage", percentage);
        HttpResponse<String> response = engine.submit(submitter, "application/json", "[" + record + "]", null);
        assertEquals(200, response.statusCode(), response.body());
        return TestEngine.json(response).get("geaccepteerd").intValue();
    }

    @Test
    void aPolicyProposedByOneAndApprovedByAnotherTakesEffectWithoutARestart() {
        JsonNode seeded = TestEngine.json(engine.get("/api/v1/gemeenten/GM0014/beleid", opsA)).get("beleid").get(0);
        assertEquals("SEED", seeded.get("bron").textValue());
        assertEquals("[5,30,100]", seeded.get("beleid").get("allowedVerlagingPercentages").toString());
        assertEquals(0, accepted("POL-1", 50), "Groningen's file allows 5, 30 and 100");

        HttpResponse<String> proposed = engine.postJson("/api/v1/gemeenten/GM0014/beleid", opsA,
                policy("[5,30,50,100]", "NORM_INCL_VAKANTIEGELD", 95, "1000000.00", null));
        assertEquals(201, proposed.statusCode(), proposed.body());
        JsonNode p = TestEngine.json(proposed);
        assertEquals("VOORGESTELD", p.get("status").textValue());
        Set<String> changed = new TreeSet<>();
        p.get("wijzigingen").forEach(w -> changed.add(w.get("veld").textValue() + " " + w.get("oud").textValue() + " -> "
                + w.get("nieuw").textValue()));
        assertEquals(Set.of("allowedVerlagingPercentages [5, 30, 100] -> [5, 30, 50, 100]", "voorschotMaxPercentage 100 -> 95"),
                changed);
        assertEquals(0, accepted("POL-2", 50), "a proposal is not in effect");

        String approvals = "/api/v1/gemeenten/GM0014/beleid/" + p.get("id").longValue() + "/approvals";
        assertEquals(403, engine.postJson(approvals, opsA, "{}").statusCode(), "four eyes");
        assertEquals(403, engine.postJson(approvals, officer, "{}").statusCode());
        HttpResponse<String> approved = engine.postJson(approvals, opsB, "{}");
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals(1, accepted("POL-3", 50), "in effect at once, without a restart");
        // the voorschot share is 95% now: 2.100,00 is above 95% of the highest gehuwdennorm (2.176,10)
        HttpResponse<String> voorschot = TestEngine.send(engine.request("/api/v1/voorschotten", submitter)
                .header("Content-Type", "application/json").header("Idempotency-Key", "pol-v")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"dossierId\":\"POL-V\",\"periode\":\"2026-11\","
                        + "\"bedrag\":2100.00,\"iban\":\"NL91ABNA0417164300\",\"tenaamstelling\":\"J. de Vries\","
                        + "\"reden\":\"aanvraag\"}")));
        assertEquals(400, voorschot.statusCode(), voorschot.body());
        assertTrue(voorschot.body().contains("95%"), voorschot.body());

        assertTrue(db.query("SELECT details FROM audit_log WHERE tenant_id = 'GM0014' AND action = 'BELEID_GOEDGEKEURD'")
                .get(0).getString("details").contains("voorschotMaxPercentage=95"));
        // the tenant's officers read it; another municipality's do not
        assertEquals(200, engine.get("/api/v1/gemeenten/GM0014/beleid", officer).statusCode());
        assertEquals(404, engine.get("/api/v1/gemeenten/GM0363/beleid", officer).statusCode());
        // a restart keeps the approved policy, the file is not read again for it
        engine.close();
        engine = TestEngine.start(db.engineConfig(dir.resolve("engine")).withBetaalrun(RunFixtures.FAST));
        assertEquals(1, accepted("POL-4", 50));
    }

    @Test
    void theLawsBoundsAreRefusedAndATypoInTheThresholdNeedsAReason() {
        HttpResponse<String> unlawful = engine.postJson("/api/v1/gemeenten/GM0363/beleid", opsA,
                policy("[3,30]", "NORM_INCL_VAKANTIEGELD", 90, "0.00", null));
        assertEquals(400, unlawful.statusCode(), unlawful.body());
        assertEquals(new TreeSet<>(List.of("allowedVerlagingPercentages GEWEIGERD", "voorschotMaxPercentage GEWEIGERD",
                "secondApprovalThreshold GEWEIGERD")), new TreeSet<>(fields(unlawful)), unlawful.body());
        HttpResponse<String> malformed = engine.postJson("/api/v1/gemeenten/GM0363/beleid", opsA,
                "{\"allowedVerlagingPercentages\":[5,5.5],\"verlagingBase\":\"X\",\"secondApprovalThreshold\":1.234,\"x\":1}");
        assertEquals(new TreeSet<>(List.of("allowedVerlagingPercentages[1] ONGELDIG", "verlagingBase ONGELDIG",
                "voorschotMaxPercentage ONGELDIG", "secondApprovalThreshold ONGELDIG", "x ONBEKEND_VELD")),
                new TreeSet<>(fields(malformed)), malformed.body());
        // Amsterdam's threshold typed a factor 100 too low, and the base changed: both findings need a reason
        JsonNode amsterdam = TestEngine.json(engine.get("/api/v1/gemeenten/GM0363/beleid", opsA)).get("beleid").get(0);
        String files = amsterdam.get("beleid").get("allowedVerlagingPercentages").toString();
        String typo = policy(files, "NORM_EXCL_VAKANTIEGELD", 100, "1000.00", null);
        HttpResponse<String> refused = engine.postJson("/api/v1/gemeenten/GM0363/beleid", opsA, typo);
        assertEquals(new TreeSet<>(List.of("redenen.AFWIJKING.secondApprovalThreshold REDEN_VERPLICHT",
                "redenen.WIJZIGING.verlagingBase REDEN_VERPLICHT")), new TreeSet<>(fields(refused)), refused.body());
        HttpResponse<String> reasoned = engine.postJson("/api/v1/gemeenten/GM0363/beleid", opsA,
                policy(files, "NORM_EXCL_VAKANTIEGELD", 100, "1000.00",
                        "{\"AFWIJKING.secondApprovalThreshold\":\"raadsbesluit 12\",\"WIJZIGING.verlagingBase\":\"verordening 2027\"}"));
        assertEquals(201, reasoned.statusCode(), reasoned.body());
        String path = "/api/v1/gemeenten/GM0363/beleid/" + TestEngine.json(reasoned).get("id").longValue();
        assertEquals(List.of("reden VERPLICHT"), fields(engine.postJson(path + "/rejection", opsB, "{}")));
        HttpResponse<String> rejected = engine.postJson(path + "/rejection", opsB, "{\"reden\":\"typfout\"}");
        assertEquals("AFGEWEZEN", TestEngine.json(rejected).get("status").textValue(), rejected.body());
        assertEquals(409, engine.postJson(path + "/approvals", opsB, "{}").statusCode());
        HttpResponse<String> same = engine.postJson("/api/v1/gemeenten/GM0363/beleid", opsA,
                policy(files, amsterdam.get("beleid").get("verlagingBase").textValue(),
                        amsterdam.get("beleid").get("voorschotMaxPercentage").intValue(),
                        amsterdam.get("beleid").get("secondApprovalThreshold").toString(), null));
        assertEquals(List.of("beleid GEWEIGERD"), fields(same), same.body());
        assertEquals(404, engine.postJson("/api/v1/gemeenten/GM9999/beleid", opsA, typo).statusCode());
        assertEquals(403, engine.postJson("/api/v1/gemeenten/GM0363/beleid", submitter, typo).statusCode());
    }
}
