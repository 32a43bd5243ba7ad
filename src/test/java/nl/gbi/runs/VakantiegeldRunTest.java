package nl.gbi.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import nl.gbi.TestDatabase;
import nl.gbi.TestEngine;
import nl.gbi.calculation.CalculationSettings;
import nl.gbi.calculation.Calculator;
import nl.gbi.calculation.Outcome;
import nl.gbi.json.BerekeningReader;
import nl.gbi.parameters.ParameterResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vakantiegeld reserve through real runs: each month's reservation is booked, the payout month (June for
 * GM0014) pays the reserve to the client, the end of the right pays everything, and a rerun books nothing twice.
 */
class VakantiegeldRunTest {

    @TempDir
    Path dir;

    @Test
    void theReserveIsPaidInThePayoutMonthAndWhenTheRightEndsAndARerunBooksNothingTwice() throws Exception {
        try (TestDatabase db = TestDatabase.start(dir.resolve("db"));
             TestEngine engine = TestEngine.start(db.engineConfig(dir.resolve("engine")).withBetaalrun(RunFixtures.FAST))) {
            String submitter = engine.token("GM0014", "submitter");
            String ops = engine.token(null, "ops");
            ObjectNode ending = RunFixtures.sample("VT-2", "2025-05");
            ((ObjectNode) ending.get("recht")).put("einddatum", "2025-05-20");
            RunFixtures.submit(engine, submitter, List.of(RunFixtures.sample("VT-1", "2025-05"), ending));
            RunFixtures.submit(engine, submitter, List.of(RunFixtures.sample("VT-1", "2025-06")));

            run(engine, ops, "2025-05");
            assertEquals(List.of("VT-2:" + reservation(ending)), payouts(db, "2025-05-01"));
            assertEquals(reservation(RunFixtures.sample("VT-1", "2025-05")), balance(db, "VT-1", "2025-05-01"));
            assertEquals(0, balance(db, "VT-2", "2025-05-01"));

            run(engine, ops, "2025-06");
            assertEquals(List.of("VT-1:" + reservation(RunFixtures.sample("VT-1", "2025-05"))), payouts(db, "2025-06-01"));
            assertEquals(reservation(RunFixtures.sample("VT-1", "2025-06")), balance(db, "VT-1", "2025-06-01"));

            run(engine, ops, "2025-06");
            assertEquals(List.of("VT-1:" + reservation(RunFixtures.sample("VT-1", "2025-05"))), payouts(db, "2025-06-01"));
            assertEquals(3, db.count("SELECT count(*) FROM ledger_bookings WHERE kind = 'RESERVERING'"));
        }
    }

    private static void run(TestEngine engine, String ops, String periode) throws InterruptedException {
        String runId = RunFixtures.start(engine, ops, periode);
        assertEquals("COMPLETED", RunFixtures.awaitEnd(engine, ops, runId, Duration.ofSeconds(60)).get("status").textValue());
    }

    private static long reservation(ObjectNode record) {
        var read = (BerekeningReader.Valid) new BerekeningReader().read(record);
        Outcome outcome = new Calculator(ParameterResource.load(), CalculationSettings.of(RunFixtures.tenant("GM0014")))
                .calculate(read.berekening());
        if (!(outcome instanceof Outcome.Success success)) {
            throw new AssertionError("refused: " + outcome);
        }
        return success.resultaat().vakantiegeldReservering().cents();
    }

    private static List<String> payouts(TestDatabase db, String periode) {
        return db.query("SELECT dossier_id || ':' || amount_cents AS line FROM payments WHERE soort = 'VAKANTIEGELD'"
                + " AND periode = $1 ORDER BY 1", LocalDate.parse(periode)).stream().map(row -> row.getString("line")).toList();
    }

    /** The reserve after {@code periode}: what was reserved up to it minus what was paid out up to it. */
    private static long balance(TestDatabase db, String dossierId, String periode) {
        long reserved = db.count("SELECT coalesce(sum(cents), 0) FROM ledger_bookings WHERE kind = 'RESERVERING'"
                + " AND dossier_id = $1 AND periode <= $2", dossierId, LocalDate.parse(periode));
        long paidOut = db.count("SELECT coalesce(sum(amount_cents), 0) FROM payments WHERE soort = 'VAKANTIEGELD'"
                + " AND dossier_id = $1 AND periode <= $2", dossierId, LocalDate.parse(periode));
        return reserved - paidOut;
    }
}
