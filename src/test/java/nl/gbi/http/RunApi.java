package nl.gbi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import nl.gbi.TestEngine;
import nl.gbi.json.Json;
import nl.gbi.runs.RunFixtures;

/** Betaalrun steps through the real API for tests of GM0014: submit, run to the end, approve and export, return. */
final class RunApi {

    private RunApi() {
    }

    static void submit(TestEngine engine, String submitter, ObjectNode... records) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        List.of(records).forEach(array::add);
        HttpResponse<String> response = engine.submit(submitter, "application/json", array.toString(), null);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(records.length, TestEngine.json(response).get("geaccepteerd").intValue(), response.body());
    }

    /** Runs the period to the end and returns GM0014's part of the report. */
    static JsonNode completedRun(TestEngine engine, String ops, String periode) throws InterruptedException {
        String runId = RunFixtures.start(engine, ops, periode);
        JsonNode status = RunFixtures.awaitEnd(engine, ops, runId, Duration.ofSeconds(60));
        assertEquals("COMPLETED", status.get("status").textValue(), status.toString());
        return RunFixtures.tenantOf(status, "GM0014");
    }

    /** Approves the batch (one officer suffices for small totals) and exports its pain.001: it is SENT. */
    static void approveAndExport(TestEngine engine, String officer, long batchId) {
        assertEquals(201, engine.postJson("/api/v1/batches/" + batchId + "/approvals", officer, "{}").statusCode());
        assertEquals(200, engine.get("/api/v1/batches/" + batchId + "/pain001", officer).statusCode());
    }

    /** The bank returns the dossier's UITKERING of the batch with {@code reason} (camt.054). */
    static void returnUitkering(TestEngine engine, String officer, long batchId, String dossierId, String reason) {
        JsonNode payment = null;
        for (JsonNode p : TestEngine.json(engine.get("/api/v1/batches/" + batchId + "/payments", officer)).get("betalingen")) {
            if (dossierId.equals(p.get("dossierId").textValue()) && "UITKERING".equals(p.get("soort").textValue())) {
                payment = p;
            }
        }
        assertTrue(payment != null, "no UITKERING of " + dossierId + " in "
                + engine.get("/api/v1/batches/" + batchId + "/payments", officer).body());
        String camt = BankReportApiTest.camt054(payment.get("endToEndId").textValue(),
                payment.get("bedrag").decimalValue().toPlainString(), reason);
        HttpResponse<String> applied = TestEngine.send(engine.request("/api/v1/returns", officer)
                .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofString(camt)));
        assertEquals(200, applied.statusCode(), applied.body());
    }
}
