package nl.gbi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.gbi.Directories;
import nl.gbi.TestDatabase;
import nl.gbi.TestEngine;
import nl.gbi.json.Json;
import nl.gbi.runs.RunFixtures;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real engine on an embedded PostgreSQL with the fast betaalrun, for the test class that registers it
 * ({@code @RegisterExtension static final RunApi API = new RunApi();}), and its steps through the API for
 * GM0014: submit, run to the end, approve and export, return.
 */
final class RunApi implements BeforeAllCallback, AfterAllCallback {

    static final String CLIENT_IBAN = "NL91ABNA0417164300";
    static final String NEW_IBAN = "NL20INGB0001234567";

    private Path dir;
    TestDatabase db;
    TestEngine engine;
    String ops;
    String submitter;
    String officer;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("gbi-runapi");
        db = TestDatabase.start(dir.resolve("db"));
        engine = TestEngine.start(db.engineConfig(dir.resolve("engine")).withBetaalrun(RunFixtures.FAST));
        ops = engine.token(null, "ops");
        submitter = engine.token("GM0014", "submitter");
        officer = engine.token("GM0014", "finance-officer");
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        engine.close();
        db.close();
        Directories.delete(dir);
    }

    void submit(ObjectNode... records) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        List.of(records).forEach(array::add);
        HttpResponse<String> response = engine.submit(submitter, "application/json", array.toString(), null);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(records.length, TestEngine.json(response).get("geaccepteerd").intValue(), response.body());
    }

    /** Runs the period to the end and returns GM0014's part of the report. */
    JsonNode completedRun(String periode) throws InterruptedException {
        String runId = RunFixtures.start(engine, ops, periode);
        JsonNode status = RunFixtures.awaitEnd(engine, ops, runId, Duration.ofSeconds(60));
        assertEquals("COMPLETED", status.get("status").textValue(), status.toString());
        return RunFixtures.tenantOf(status, "GM0014");
    }

    /** Approves the batch (one officer suffices for small totals) and exports its pain.001: it is SENT. */
    void approveAndExport(long batchId) {
        assertEquals(201, engine.approve(batchId, officer, "{}").statusCode());
        assertEquals(200, engine.get("/api/v1/batches/" + batchId + "/pain001", officer).statusCode());
    }

    /**
     * Pays July 2025 for two dossiers (run, approval, export) and lets the bank return each one's UITKERING
     * with its reason code; the July batch.
     */
    long julyPaidAndReturned(String first, String firstReason, String second, String secondReason)
            throws InterruptedException {
        submit(RunFixtures.sample(first, "2025-07"), RunFixtures.sample(second, "2025-07"));
        long julyBatch = completedRun("2025-07").get("batchId").longValue();
        approveAndExport(julyBatch);
        returnUitkering(julyBatch, first, firstReason);
        returnUitkering(julyBatch, second, secondReason);
        return julyBatch;
    }

    /** The bank returns the dossier's UITKERING of the batch with {@code reason} (camt.054). */
    void returnUitkering(long batchId, String dossierId, String reason) {
        returnPayment(batchId, dossierId, "UITKERING", reason);
    }

    /** The bank returns the dossier's payment of kind {@code soort} in the batch with {@code reason} (camt.054). */
    void returnPayment(long batchId, String dossierId, String soort, String reason) {
        JsonNode payment = null;
        for (JsonNode p : TestEngine.json(engine.get("/api/v1/batches/" + batchId + "/payments", officer)).get("betalingen")) {
            if (dossierId.equals(p.get("dossierId").textValue()) && soort.equals(p.get("soort").textValue())) {
                payment = p;
            }
        }
        assertTrue(payment != null, "no " + soort + " of " + dossierId + " in "
                + engine.get("/api/v1/batches/" + batchId + "/payments", officer).body());
        String camt = BankReportApiTest.camt054(payment.get("endToEndId").textValue(),
                payment.get("bedrag").decimalValue().toPlainString(), reason);
        HttpResponse<String> applied = TestEngine.send(engine.request("/api/v1/returns", officer)
                .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofString(camt)));
        assertEquals(200, applied.statusCode(), applied.body());
    }
}
