package nl.gbi.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.gbi.TestDatabase;
import nl.gbi.TestEngine;
import nl.gbi.domain.Money;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Old or hostile rows, planted in the database past intake's validation beside normal ones, never stop a
 * municipality's month (issue 10, point 2): the run completes, each odd dossier is refused with its reason, every
 * other dossier is paid, and the batch is made and offered for approval.
 */
class BetaalrunRefusalTest {

    static final YearMonth PERIODE = YearMonth.of(2025, 7);

    @TempDir
    static Path dir;
    static TestDatabase db;
    static TestEngine engine;
    static String ops;

    @BeforeAll
    static void start() {
        db = TestDatabase.start(dir.resolve("db"));
        engine = TestEngine.start(db.engineConfig(dir.resolve("engine")).withBetaalrun(RunFixtures.FAST));
        ops = engine.token(null, "ops");
    }

    @AfterAll
    static void stop() {
        engine.close();
        db.close();
    }

    @Test
    void oddRecordsAreRefusedOneByOneAndTheBatchOfTheOthersIsMade() throws Exception {
        List<ObjectNode> good = RunFixtures.dossiers("GM0014", PERIODE, 12, 77);
        RunFixtures.submit(engine, engine.token("GM0014", "submitter"), good);
        RunFixtures.Expected expected = RunFixtures.expected("GM0014", good);
        Map<String, String> planted = new TreeMap<>();
        planted.put("GM0014-ODD-EMOJI", named("GM0014-ODD-EMOJI", "\uD83D\uDE00 \uD83C\uDF89"));
        planted.put("GM0014-ODD-CTRL", named("GM0014-ODD-CTRL", "R de\u0007Vries"));
        // U+0000: a json column keeps the escape, but PostgreSQL text (the payment line) cannot hold the character.
        planted.put("GM0014-ODD-NUL", named("GM0014-ODD-NUL", "R de\u0000Vries"));
        planted.put("GM0014-ODD-ARRAY", "[1, 2]");
        planted.put("GM0014-ODD-EMPTY", "{}");
        String token = db.query("SELECT token_id FROM berekeningen LIMIT 1").get(0).getString(0);
        planted.forEach((dossierId, input) -> plant(dossierId, input, token));

        String runId = RunFixtures.start(engine, ops, PERIODE.toString());
        JsonNode status = RunFixtures.awaitEnd(engine, ops, runId, Duration.ofSeconds(60));

        assertEquals("COMPLETED", status.get("status").textValue(), status.toString());
        JsonNode tenant = RunFixtures.tenantOf(status, "GM0014");
        assertEquals(planted.size(), tenant.get("geweigerd").intValue(), tenant.toString());
        Map<String, JsonNode> refused = new TreeMap<>();
        tenant.get("weigeringen").forEach(w -> refused.put(w.get("dossierId").textValue(), w.get("fouten")));
        assertEquals(planted.keySet(), refused.keySet(), tenant.toString());
        // The run reads stored inputs with intake's own reader, so old rows meet today's text rules first.
        assertEquals("NIET_VOOR_DE_BANK", code(refused.get("GM0014-ODD-EMOJI")), tenant.toString());
        assertEquals("STUURTEKEN", code(refused.get("GM0014-ODD-CTRL")));
        assertEquals("STUURTEKEN", code(refused.get("GM0014-ODD-NUL")));
        assertFalse(tenant.toString().contains("\uD83D\uDE00"), "the report never quotes a client's name");
        assertFalse(tenant.toString().contains("Vries"), "the report never quotes a client's name");

        JsonNode batch = TestEngine.json(engine.get("/api/v1/batches/" + tenant.get("batchId").longValue(), ops));
        assertEquals("AWAITING_APPROVAL", batch.get("status").textValue(), batch.toString());
        assertEquals(expected.count(), batch.get("aantal").longValue(), batch.toString());
        assertEquals(Money.ofCents(expected.cents()).toEuros(), batch.get("totaal").decimalValue());
        assertEquals(0, db.count("SELECT count(*) FROM payments WHERE dossier_id LIKE 'GM0014-ODD-%'"));
        assertEquals(0, db.count("SELECT count(*) FROM resultaten WHERE dossier_id LIKE 'GM0014-ODD-%'"),
                "a refused dossier is not settled: a corrected version is paid as a first payment");
        assertEquals(good.size(), db.count("SELECT count(*) FROM resultaten WHERE run_id = $1", runId));
    }

    /** The contract sample, paid to an account named {@code tenaamstelling}. */
    private static String named(String dossierId, String tenaamstelling) {
        ObjectNode record = RunFixtures.sample(dossierId, PERIODE.toString());
        ((ObjectNode) record.get("betaalrekening")).put("tenaamstelling", tenaamstelling);
        return record.toString();
    }

    /** Stores a berekening as the owner, past intake, as an old engine or a hostile hand would have left it. */
    private static void plant(String dossierId, String input, String token) {
        db.query("INSERT INTO berekeningen (tenant_id, dossier_id, periode, versie, input, token_id) "
                + "VALUES ('GM0014', $1, $2, 1, $3::text::json, $4)", dossierId, PERIODE.atDay(1), input, token);
        db.query("INSERT INTO latest_berekeningen (tenant_id, dossier_id, periode, versie) VALUES ('GM0014', $1, $2, 1)",
                dossierId, PERIODE.atDay(1));
    }

    private static String code(JsonNode fouten) {
        assertTrue(fouten.size() >= 1, fouten.toString());
        return fouten.get(0).get("code").textValue();
    }
}
