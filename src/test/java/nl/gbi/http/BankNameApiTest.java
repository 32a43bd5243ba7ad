package nl.gbi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.gbi.TestEngine;
import nl.gbi.json.Json;
import nl.gbi.runs.RunFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 10 point 2 end to end: in one submission a record whose names the bank could not carry (or that holds
 * a control character) is refused with the field named while the others are stored; the run pays the others;
 * the result, the payments page and the pain.001 all carry the same transliterated name.
 */
class BankNameApiTest {

    @RegisterExtension
    static final RunApi api = new RunApi();

    @Test
    void anOddRecordIsRefusedAloneAndTheBankSeesWhatThePageShows() throws Exception {
        ObjectNode paid = RunFixtures.sample("NAAM-OK", "2025-07");
        ((ObjectNode) paid.get("betaalrekening")).put("tenaamstelling", "Renée Ærø-Straße & Zoë");
        ObjectNode symbols = RunFixtures.sample("NAAM-SYMBOL", "2025-07");
        ((ObjectNode) symbols.get("betaalrekening")).put("tenaamstelling", "☺☺☺");
        ObjectNode control = RunFixtures.sample("NAAM-CONTROL", "2025-07");
        ((ObjectNode) control.get("aanvrager")).put("naam", "Jan\u0000Jansen");
        ObjectNode other = RunFixtures.sample("NAAM-OTHER", "2025-07");
        String body = Json.MAPPER.createArrayNode().add(symbols).add(paid).add(control).add(other).toString();

        HttpResponse<String> response = api.engine.submit(api.submitter, "application/json", body, null);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode answer = TestEngine.json(response);
        assertEquals(2, answer.get("geaccepteerd").intValue(), response.body());
        assertEquals(List.of("0:NAAM-SYMBOL:betaalrekening.tenaamstelling:NIET_VOOR_DE_BANK",
                "2:NAAM-CONTROL:aanvrager.naam:STUURTEKEN"), refusals(answer));
        assertEquals(0, api.db.count("SELECT count(*) FROM berekeningen WHERE dossier_id IN ('NAAM-SYMBOL', 'NAAM-CONTROL')"));

        long batchId = api.completedRun("2025-07").get("batchId").longValue();
        JsonNode resultaat = TestEngine.json(api.engine.get("/api/v1/berekeningen/NAAM-OK/2025-07", api.submitter))
                .get("resultaat");
        JsonNode uitkering = soort(resultaat.get("betalingen"), "UITKERING");
        assertEquals("Renée Ærø-Straße & Zoë", uitkering.get("naam").textValue());
        assertEquals("Renee AEro-Strasse + Zoe", uitkering.get("naamVoorBank").textValue());

        JsonNode page = TestEngine.json(api.engine.get("/api/v1/batches/" + batchId + "/payments", api.officer));
        List<String> shown = new ArrayList<>();
        page.get("betalingen").forEach(p -> {
            if ("NAAM-OK".equals(p.get("dossierId").textValue()) && "UITKERING".equals(p.get("soort").textValue())) {
                shown.add(p.get("naamVoorBank").textValue());
            }
        });
        assertEquals(List.of("Renee AEro-Strasse + Zoe"), shown);

        api.approveAndExport(batchId);
        String xml = new String(api.engine.get("/api/v1/batches/" + batchId + "/pain001", api.officer).body()
                .getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<Nm>Renee AEro-Strasse + Zoe</Nm>"), "the file carries the name the page showed");
    }

    private static List<String> refusals(JsonNode answer) {
        List<String> found = new ArrayList<>();
        answer.get("afgewezen").forEach(r -> r.get("fouten").forEach(f -> found.add(r.get("index").intValue() + ":"
                + r.get("dossierId").textValue() + ":" + f.get("veld").textValue() + ":" + f.get("code").textValue())));
        return found;
    }

    private static JsonNode soort(JsonNode betalingen, String soort) {
        for (JsonNode betaling : betalingen) {
            if (soort.equals(betaling.get("soort").textValue())) {
                return betaling;
            }
        }
        throw new AssertionError("no " + soort + " in " + betalingen);
    }
}
