package nl.gbi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.gbi.TestDatabase;
import nl.gbi.TestEngine;
import nl.gbi.batches.Batch;
import nl.gbi.batches.BatchFixtures;
import nl.gbi.sepa.HostileXml;
import nl.gbi.sepa.LoopbackListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, point 1, through the real HTTP API: a bank file never makes the engine reach out. Each upload
 * route gets a file that would change payments if it were read (pain.002 to a batch's status-reports,
 * camt.053 and camt.054 to returns), in every hostile variant of {@link HostileXml}, all pointing at a
 * listener on 127.0.0.1. Every variant with a DOCTYPE is refused with 422 problem+json that says why, changes
 * nothing, and the listener receives no request at all; the hints without a DOCTYPE are not fetched either.
 */
class BankFileXxeApiTest {

    @TempDir
    static Path dir;
    static TestDatabase db;
    static TestEngine engine;
    static LoopbackListener listener;
    static String starterId;
    static String officer;

    @BeforeAll
    static void start() {
        listener = LoopbackListener.start();
        db = TestDatabase.start(dir.resolve("db"));
        engine = TestEngine.start(db.engineConfig(dir.resolve("engine")));
        starterId = engine.issue("GM0014", "finance-officer", "Anna Starter").get("id").textValue();
        officer = engine.token("GM0014", "finance-officer");
    }

    @AfterAll
    static void stop() {
        engine.close();
        db.close();
        listener.close();
    }

    @AfterEach
    void theListenerHeardNothing() {
        assertEquals(List.of(), listener.requests(), "the engine fetched what a bank file named");
    }

    @Test
    void aStatusReportWithADoctypeIsRefusedAndFetchesNothing() {
        Batch batch = exported("XSTS");
        List<String> ids = endToEndIds(batch);
        String msgId = TestEngine.json(engine.get("/api/v1/batches/" + batch.id(), officer)).get("bestanden").get(0)
                .get("msgId").textValue();
        String good = BankReportApiTest.pain002(msgId, "PART", ids.get(0), "RJCT", "AC04");
        uploadEveryVariant("/api/v1/batches/" + batch.id() + "/status-reports", good, batch, ids.get(0));
    }

    @Test
    void aCamt053WithADoctypeIsRefusedAndFetchesNothing() throws IOException {
        Batch batch = exported("X053");
        List<String> ids = endToEndIds(batch);
        uploadEveryVariant("/api/v1/returns", camt053(ids.get(0)), batch, ids.get(0));
    }

    @Test
    void aCamt054WithADoctypeIsRefusedAndFetchesNothing() {
        Batch batch = exported("X054");
        List<String> ids = endToEndIds(batch);
        uploadEveryVariant("/api/v1/returns", BankReportApiTest.camt054(ids.get(0), "100.00", "AC04"), batch,
                ids.get(0));
    }

    /**
     * Every DOCTYPE variant: 422 problem+json naming the DOCTYPE (or the encoding), nothing changed. Then the
     * hints without a DOCTYPE, with the good file's content: not fetched, and the schemaLocation one, a file
     * as some banks send it, is applied normally.
     */
    private static void uploadEveryVariant(String path, String good, Batch batch, String changed) {
        long auditRows = db.count("SELECT count(*) FROM audit_log");
        List<HostileXml.Variant> variants = HostileXml.variants(good.getBytes(StandardCharsets.UTF_8), listener,
                dir);
        List<String> wrong = new ArrayList<>();
        for (HostileXml.Variant variant : variants.stream().filter(HostileXml.Variant::doctype).toList()) {
            HttpResponse<String> answer = post(path, variant.bytes());
            String expected = variant.name().contains("UTF-16") ? "UTF-8" : "DOCTYPE";
            if (answer.statusCode() != 422 || !answer.headers().firstValue("Content-Type").orElse("")
                    .startsWith("application/problem+json") || !answer.body().contains(expected)) {
                wrong.add(variant + ": " + answer.statusCode() + " " + answer.body());
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(0, db.count("SELECT count(*) FROM payments WHERE batch_id = $1 AND state <> 'SENT'", batch.id()),
                "a refused file changed a payment");
        assertEquals(auditRows, db.count("SELECT count(*) FROM audit_log"), "a refused file left an audit line");
        assertEquals(List.of(), listener.requests());

        HttpResponse<String> xinclude = post(path, variant(variants, "XInclude"));
        assertTrue(xinclude.statusCode() < 500, xinclude.body());
        HttpResponse<String> noNamespace = post(path, variant(variants, "noNamespaceSchemaLocation"));
        assertTrue(noNamespace.statusCode() < 500, noNamespace.body());
        HttpResponse<String> hinted = post(path, variant(variants, "schemaLocation"));
        assertEquals(200, hinted.statusCode(), hinted.body());
        assertEquals(1, db.count("SELECT count(*) FROM payments WHERE end_to_end_id = $1 AND state <> 'SENT'",
                changed), "the file with a schemaLocation hint is read like any other");
    }

    private static byte[] variant(List<HostileXml.Variant> variants, String name) {
        return variants.stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow().bytes();
    }

    private static Batch exported(String prefix) {
        Batch batch = engine.createBatch(BatchFixtures.batch("GM0014", starterId, BatchFixtures.lines(prefix, 3, 10_000)));
        assertEquals(201, engine.approve(batch.id(), officer, "{}").statusCode());
        assertEquals(200, engine.get("/api/v1/batches/" + batch.id() + "/pain001", officer).statusCode());
        return batch;
    }

    private static List<String> endToEndIds(Batch batch) {
        List<String> ids = new ArrayList<>();
        TestEngine.json(engine.get("/api/v1/batches/" + batch.id() + "/payments", officer)).get("betalingen")
                .forEach(p -> ids.add(p.get("endToEndId").textValue()));
        return ids;
    }

    /** The sample camt.053.001.08 cut to its first entry, returning {@code endToEndId} (100.00, AC04). */
    private static String camt053(String endToEndId) throws IOException {
        String sample;
        try (InputStream in = BankFileXxeApiTest.class.getResourceAsStream("/sepa/reports/camt.053.001.08.xml")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String first = sample.substring(0, sample.indexOf("</Ntry>") + "</Ntry>".length());
        return first.replace("GM0014/2507/1/GM0014-0000001", endToEndId).replace("1300.61", "100.00")
                .replace("BNG-053-08", "BNG-053-" + System.nanoTime()) + "</Stmt></BkToCstmrStmt></Document>";
    }

    private static HttpResponse<String> post(String path, byte[] body) {
        return TestEngine.send(engine.request(path, officer).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }
}
