package nl.gbi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.gbi.batches.Batch;
import nl.gbi.batches.BatchFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The audit trail: what is recorded, who may read it, and that {@code audit verify} finds an altered or removed row. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditTrailTest {

    @TempDir
    static Path dir;
    static TestDatabase db;
    static TestEngine engine;
    static String officer;
    static String ops;

    @BeforeAll
    static void start() {
        db = TestDatabase.start(dir.resolve("db"));
        engine = TestEngine.start(db.engineConfig(dir.resolve("engine")));
        String starterId = engine.issue("GM0014", "finance-officer", "Anna Starter").get("id").textValue();
        officer = engine.token("GM0014", "finance-officer");
        ops = engine.token(null, "ops");
        Batch batch = engine.createBatch(BatchFixtures.batch("GM0014", starterId, BatchFixtures.lines("AUD", 2, 5_000)));
        assertEquals(201, engine.approve(batch.id(), officer, "{}").statusCode());
        assertEquals(200, engine.get("/api/v1/batches/" + batch.id() + "/pain001", officer).statusCode());
        Batch rejected = engine.createBatch(BatchFixtures.batch("GM0014", starterId, BatchFixtures.lines("AUR", 1, 5_000)));
        assertEquals(200, engine.postJson("/api/v1/batches/" + rejected.id() + "/rejection", officer,
                "{\"reden\":\"dubbel\"}").statusCode());
    }

    @AfterAll
    static void stop() {
        engine.close();
        db.close();
    }

    @Test
    @Order(1)
    void everyStepIsRecordedWithWhoWhenWhatAndWhy() {
        JsonNode trail = TestEngine.json(engine.get("/api/v1/audit", officer));
        List<String> actions = new ArrayList<>();
        trail.get("regels").forEach(row -> actions.add(row.get("actie").textValue()));
        // the first start seeds the municipality's policy from its file (docs/parameters.md)
        assertEquals(List.of("BELEID_GESEED", "TOKEN_CREATED", "TOKEN_CREATED", "BATCH_CREATED", "BATCH_STATE",
                "FINDINGS_ACKNOWLEDGED", "BATCH_APPROVED",
                "BATCH_STATE", "BATCH_STATE", "FILE_DOWNLOADED", "BATCH_CREATED", "BATCH_STATE", "BATCH_REJECTED"), actions);
        JsonNode approval = trail.get("regels").get(6);
        assertEquals("test finance-officer", approval.get("actorNaam").textValue());
        assertTrue(approval.get("details").textValue().matches("sha256=[0-9a-f]{64} aantal=2 totaal=100.00 persoon=token:[a-z0-9]+"),
                approval.get("details").textValue());
        assertTrue(trail.get("regels").get(12).get("details").textValue().endsWith("reden=dubbel"));
        assertEquals(trail.get("regels").get(4).get("hash").textValue(), trail.get("regels").get(5).get("vorigeHash").textValue());
        assertTrue(trail.get("regels").get(2).get("tijd").textValue().startsWith("20"));
    }

    @Test
    @Order(2)
    void officersReadTheirOwnTenantAndOpsAnyChain() {
        assertEquals(200, engine.get("/api/v1/audit?tenant=GM0014&na=3&aantal=2", ops).statusCode());
        assertEquals(2, TestEngine.json(engine.get("/api/v1/audit?tenant=GM0014&na=3&aantal=2", ops)).get("regels").size());
        JsonNode platform = TestEngine.json(engine.get("/api/v1/audit?tenant=PLATFORM", ops));
        // the engine's first start seeds the shipped parameter set, then the admin token is made
        assertEquals("PARAMETERSET_GESEED", platform.get("regels").get(0).get("actie").textValue());
        assertEquals("TOKEN_CREATED", platform.get("regels").get(1).get("actie").textValue());
        assertTrue(platform.get("regels").get(1).get("persoon").isNull(), "the first admin token is the engine's own");
        // every later token names the admin who made it, token and person
        JsonNode madeByAdmin = platform.get("regels").get(2);
        assertEquals("TOKEN_CREATED", madeByAdmin.get("actie").textValue());
        assertEquals("token:" + madeByAdmin.get("actor").textValue(), madeByAdmin.get("persoon").textValue());
        assertEquals(400, engine.get("/api/v1/audit", ops).statusCode());
        assertEquals(404, engine.get("/api/v1/audit?tenant=GM0014", engine.token("GM0363", "finance-officer")).statusCode());
        assertEquals(403, engine.get("/api/v1/audit", engine.token("GM0014", "submitter")).statusCode());
    }

    @Test
    @Order(3)
    void verifyReportsAnIntactTrail() {
        Verified verified = verify();
        assertEquals(0, verified.exit(), verified.output());
        assertTrue(verified.output().contains("GM0014: 1"), verified.output());
        assertTrue(verified.output().contains("audit trail intact"), verified.output());
    }

    @Test
    @Order(4)
    void verifyFindsTheFirstAlteredRow() {
        db.query("UPDATE audit_log SET details = 'sha256=0 aantal=2 totaal=1.00' WHERE tenant_id = 'GM0014' AND seq = 5");
        Verified verified = verify();
        assertEquals(1, verified.exit(), verified.output());
        assertTrue(verified.output().contains("BROKEN GM0014: row 5 was altered"), verified.output());
    }

    @Test
    @Order(5)
    void verifyFindsARemovedRow() {
        engine.token(null, "ops");
        engine.token(null, "admin");
        db.query("DELETE FROM audit_log WHERE tenant_id = 'PLATFORM' AND seq = 2");
        Verified verified = verify();
        assertEquals(1, verified.exit(), verified.output());
        assertTrue(verified.output().contains("BROKEN PLATFORM: row 2 is missing"), verified.output());
    }

    record Verified(int exit, String output) {
    }

    private static Verified verify() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = AuditCommand.verify(db.engineConfig(dir.resolve("verify")), new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Verified(exit, out.toString(StandardCharsets.UTF_8));
    }
}
