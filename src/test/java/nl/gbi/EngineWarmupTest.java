package nl.gbi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import nl.gbi.runs.BetaalrunWarmup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An engine puts made-up dossiers through the betaalrun's CPU work when it starts ({@code GBI_BETAALRUN_WARMUP_DOSSIERS})
 * and stores none of it: no result, payment, batch, file, ledger booking or audit entry.
 */
class EngineWarmupTest {

    @TempDir
    static Path dir;
    static TestDatabase db;

    @BeforeAll
    static void database() {
        db = TestDatabase.start(dir.resolve("db"));
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    void theWarmUpCalculatesWritesAndChecksButStoresNothing() {
        long auditBefore;
        try (TestEngine cold = TestEngine.start(db.engineConfig(dir.resolve("cold")))) {
            assertNull(cold.warmedUp(), "the tests' engines do not warm up");
            auditBefore = count("audit_log");
        }
        try (TestEngine engine = TestEngine.start(db.engineConfig(dir.resolve("warm"))
                .withBetaalrun(TestEngine.COLD.withWarmUpDossiers(3_000)))) {
            BetaalrunWarmup.Done done = engine.warmedUp();

            assertEquals(3_000, done.dossiers(), done.toString());
            assertEquals(0, done.findings(), done.toString());
            for (String table : new String[] {"berekeningen", "resultaten", "payments", "batches", "batch_files",
                    "ledger_bookings", "betaalruns", "betaalrun_lines"}) {
                assertEquals(0, count(table), table + " holds nothing of the warm-up");
            }
            assertEquals(auditBefore, count("audit_log"), "the warm-up is not an event of the audit trail");
            assertEquals(200, TestEngine.send(engine.request("/health", null).GET()).statusCode(),
                    "the engine serves as ever");
        }
    }

    private static long count(String table) {
        return db.query("SELECT count(*) FROM " + table).get(0).getLong(0);
    }
}
