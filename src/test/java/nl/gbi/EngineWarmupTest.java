package nl.gbi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
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
    void theWarmUpCalculatesWritesAndChecksButStoresNothing() throws IOException {
        Map<String, Long> before;
        try (TestEngine cold = TestEngine.start(db.engineConfig(dir.resolve("cold")))) {
            assertNull(cold.warmedUp(), "the tests' engines do not warm up");
            before = rowsPerTable();
        }
        Path dataDir = dir.resolve("warm");
        try (TestEngine engine = TestEngine.start(db.engineConfig(dataDir)
                .withBetaalrun(TestEngine.COLD.withWarmUpDossiers(3_000)))) {
            BetaalrunWarmup.Done done = engine.warmedUp();

            assertEquals(3_000, done.dossiers(), done.toString());
            assertEquals(0, done.refused() + done.findings(), done.toString());
            assertTrue(before.size() > 20, "every table of the schema: " + before.keySet());
            assertEquals(before, rowsPerTable(), "no table, the audit trail included, holds anything of the warm-up");
            try (Stream<Path> files = Files.walk(dataDir)) {
                assertEquals(List.of(), files.filter(Files::isRegularFile).map(Path::getFileName).map(Path::toString)
                        .filter(name -> !name.equals("admin-token")).toList(), "no file either");
            }
            assertEquals(200, TestEngine.send(engine.request("/health", null).GET()).statusCode(),
                    "the engine serves as ever");
        }
    }

    /** The rows of every table of the engine's schema, by table. */
    private static Map<String, Long> rowsPerTable() {
        Map<String, Long> rows = new TreeMap<>();
        for (var table : db.query("SELECT table_name::text FROM information_schema.tables"
                + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")) {
            String name = table.getString(0);
            rows.put(name, db.query("SELECT count(*) FROM \"" + name + "\"").get(0).getLong(0));
        }
        return rows;
    }
}
