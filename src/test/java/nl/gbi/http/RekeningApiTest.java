package nl.gbi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import nl.gbi.TestEngine;
import nl.gbi.runs.RunFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The dossierrekening and the afstemming through real runs: a month paid, a correction down booked as a reserve
 * take-back and a vordering, what an officer sees per month, and an afstemming that lists the month while its new
 * version is not settled and is empty after the run.
 */
class RekeningApiTest {

    @RegisterExtension
    static final RunApi api = new RunApi();

    @Test
    void aDossierMonthByMonthAndAnAfstemmingThatIsEmptyAfterEveryRun() throws Exception {
        api.submit(RunFixtures.sample("RK-1", "2025-07"), RunFixtures.sample("RK-2", "2025-07"));
        api.approveAndExport(api.completedRun("2025-07").get("batchId").longValue());
        assertEquals(List.of(), afwijkingen(api.officer, "2025-07"));

        JsonNode july = rekening("RK-1", api.officer).get("maanden").get(0);
        assertEquals("2025-07", july.get("periode").textValue());
        assertEquals(1, july.get("versie").intValue());
        assertEquals(1, july.get("verrekendeVersie").intValue());
        assertTrue(july.get("sluitend").booleanValue(), july.toString());
        assertEquals(0, july.get("saldo").decimalValue().signum());
        assertEquals(july.get("recht").decimalValue(),
                july.get("betaald").decimalValue().add(july.get("gereserveerd").decimalValue()));
        List<String> kinds = new ArrayList<>();
        july.get("betalingen").forEach(p -> kinds.add(p.get("soort").textValue() + ":" + p.get("status").textValue()));
        assertEquals(List.of("DERDENBETALING:SENT", "UITKERING:SENT"), kinds.stream().sorted().toList());
        assertEquals("RESERVERING", july.get("boekingen").get(0).get("soort").textValue());
        assertTrue(july.get("betalingen").get(0).get("iban").textValue().contains("*"), "IBANs are masked");

        ObjectNode lower = RunFixtures.sample("RK-1", "2025-07");
        ((ArrayNode) lower.get("inkomsten")).addObject().put("soort", "OVERIG").put("nettoBedrag", new BigDecimal("100.00"))
                .putNull("vrijlating").putNull("vrijlatingSinds");
        api.submit(lower, RunFixtures.sample("RK-1", "2025-08"), RunFixtures.sample("RK-2", "2025-08"));
        List<JsonNode> waiting = afwijkingen(api.officer, "2025-07");
        assertEquals(1, waiting.size(), waiting.toString());
        assertEquals("NIET_VERREKEND", waiting.get(0).get("reden").textValue());
        assertEquals("RK-1", waiting.get(0).get("dossierId").textValue());
        assertEquals(2, waiting.get(0).get("versie").intValue());

        String august = RunFixtures.start(api.engine, api.ops, "2025-08");
        JsonNode report = RunFixtures.awaitEnd(api.engine, api.ops, august, java.time.Duration.ofSeconds(60));
        assertEquals(0, report.get("afstemming").get("afwijkingen").intValue(), report.toString());
        assertEquals(0, report.get("afstemming").get("perGemeente").get("GM0014").intValue());
        api.approveAndExport(RunFixtures.tenantOf(report, "GM0014").get("batchId").longValue());
        assertEquals(List.of(), afwijkingen(api.officer, "2025-08"));
        assertEquals(List.of(), afwijkingen(api.ops, "2025-08"), "ops see every tenant");

        JsonNode rekening = rekening("RK-1", api.officer);
        JsonNode corrected = rekening.get("maanden").get(0);
        assertEquals(2, corrected.get("verrekendeVersie").intValue());
        assertTrue(corrected.get("sluitend").booleanValue(), corrected.toString());
        assertTrue(corrected.get("vordering").decimalValue().signum() > 0, corrected.toString());
        assertEquals(rekening.get("vorderingen").get("open").decimalValue(), corrected.get("vordering").decimalValue(),
                "recovered from the month after the run that made it");
        assertEquals(2, rekening.get("maanden").size());
        assertEquals(rekening.toString(), rekening("RK-1", api.submitter).toString(), "the case system sees the same");
        JsonNode onlyAugust = TestEngine.json(api.engine.get("/api/v1/dossiers/RK-1/rekening?van=2025-08&tot=2025-08",
                api.officer));
        assertEquals(1, onlyAugust.get("maanden").size());
        assertEquals("2025-08", onlyAugust.get("maanden").get(0).get("periode").textValue());
    }

    @Test
    void anotherTenantsDossierIsNotFoundAndTheWrongRoleIsRefused() {
        api.submit(RunFixtures.sample("RK-9", "2025-07"));
        String otherOfficer = api.engine.token("GM0363", "finance-officer");
        assertEquals(404, api.engine.get("/api/v1/dossiers/RK-9/rekening", otherOfficer).statusCode());
        assertEquals(404, api.engine.get("/api/v1/dossiers/NIEMAND/rekening", api.officer).statusCode());
        assertEquals(403, api.engine.get("/api/v1/dossiers/RK-9/rekening", api.ops).statusCode());
        assertEquals(403, api.engine.get("/api/v1/afstemming?periode=2025-07", api.submitter).statusCode());
        assertEquals(401, api.engine.get("/api/v1/afstemming?periode=2025-07", null).statusCode());
    }

    @Test
    void badPeriodsAndTooLongARangeAreRefusedNamingTheField() {
        assertProblem(api.engine.get("/api/v1/dossiers/RK-1/rekening?van=2025-13&tot=juli", api.officer), "van", "tot");
        assertProblem(api.engine.get("/api/v1/dossiers/RK-1/rekening?van=2020-01&tot=2025-12", api.officer), "tot");
        assertProblem(api.engine.get("/api/v1/dossiers/RK-1/rekening?van=2025-08&tot=2025-07", api.officer), "van");
        assertProblem(api.engine.get("/api/v1/afstemming", api.ops), "periode");
        assertProblem(api.engine.get("/api/v1/afstemming?periode=2025-07&limit=0&na=x", api.ops), "limit", "na");
    }

    private static void assertProblem(HttpResponse<String> response, String... fields) {
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonNode body = TestEngine.json(response);
        List<String> named = new ArrayList<>();
        body.get("fouten").forEach(f -> named.add(f.get("veld").textValue()));
        assertEquals(List.of(fields), named, response.body());
    }

    private static JsonNode rekening(String dossierId, String token) {
        HttpResponse<String> response = api.engine.get("/api/v1/dossiers/" + dossierId + "/rekening", token);
        assertEquals(200, response.statusCode(), response.body());
        return TestEngine.json(response);
    }

    private static List<JsonNode> afwijkingen(String token, String periode) {
        HttpResponse<String> response = api.engine.get("/api/v1/afstemming?periode=" + periode, token);
        assertEquals(200, response.statusCode(), response.body());
        List<JsonNode> found = new ArrayList<>();
        TestEngine.json(response).get("afwijkingen").forEach(found::add);
        return found;
    }
}
