package nl.gbi.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.gbi.TestDatabase;
import nl.gbi.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two engine instances on one database share one run's chunks; the result is exactly that of one instance. */
class BetaalrunScaleOutTest {

    static final YearMonth PERIODE = YearMonth.of(2025, 8);

    @TempDir
    Path dir;

    @Test
    void twoInstancesShareTheChunksAndPayEverythingOnce() throws Exception {
        try (TestDatabase db = TestDatabase.start(dir.resolve("db"));
             TestEngine first = TestEngine.start(db.engineConfig(dir.resolve("a")).withBetaalrun(RunFixtures.FAST));
             TestEngine second = TestEngine.start(db.engineConfig(dir.resolve("b")).withBetaalrun(RunFixtures.FAST))) {
            Set<String> expected = new TreeSet<>();
            long seed = 11;
            for (String tenant : List.of("GM0014", "GM0363", "GM0772")) {
                List<ObjectNode> records = RunFixtures.dossiers(tenant, PERIODE, 90, seed++);
                RunFixtures.submit(first, first.token(tenant, "submitter"), records);
                expected.addAll(RunFixtures.expectedLines(tenant, records));
            }
            String ops = first.token(null, "ops");

            String runId = RunFixtures.start(second, ops, PERIODE.toString());
            JsonNode status = RunFixtures.awaitEnd(first, ops, runId, Duration.ofSeconds(120));

            assertEquals("COMPLETED", status.get("status").textValue(), status.toString());
            assertEquals(expected, RunFixtures.paidLines(db, PERIODE));
            assertEquals(3, db.count("SELECT count(*) FROM batches WHERE run_id = $1", runId));
            assertEquals(39, db.count("SELECT count(*) FROM betaalrun_chunks WHERE run_id = $1 AND state = 'DONE'", runId));
            assertEquals(2, db.count("SELECT count(DISTINCT lease_owner) FROM betaalrun_chunks WHERE run_id = $1", runId),
                    "both instances took chunks");
        }
    }
}
