package nl.gbi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.YearMonth;
import nl.gbi.TestEngine;
import nl.gbi.calculation.CalculationSettings;
import nl.gbi.calculation.Calculator;
import nl.gbi.calculation.Outcome;
import nl.gbi.calculation.Regel;
import nl.gbi.calculation.Resultaat;
import nl.gbi.domain.BetalingSoort;
import nl.gbi.domain.Money;
import nl.gbi.json.BerekeningReader;
import nl.gbi.parameters.ParameterResource;
import nl.gbi.runs.RunFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Herberekening through the API (participatiewet.md §7): a paid period sent again is recalculated; the paid
 * lines stay, the difference is a NABETALING in the next run or a vordering recovered by AFLOSSING within the
 * beslagvrije voet in the runs after it. Expected amounts come from the pure calculator on the same input.
 */
class HerberekeningApiTest {

    @RegisterExtension
    static final RunApi api = new RunApi();

    private static final Calculator CALCULATOR = new Calculator(ParameterResource.load(),
            CalculationSettings.of(RunFixtures.tenant("GM0014")));

    @Test
    void aHigherNewVersionOfAPaidPeriodIsPaidOnceAsANabetalingAndAgainAfterItsBatchIsRejected() throws Exception {
        ObjectNode julyPaid = withIncome(RunFixtures.sample("UP-1", "2025-07"), "300.00");
        api.submit(julyPaid);
        api.approveAndExport(api.completedRun("2025-07").get("batchId").longValue());
        ObjectNode julyNow = RunFixtures.sample("UP-1", "2025-07");
        api.submit(julyNow, RunFixtures.sample("UP-1", "2025-08"));
        long difference = incl(julyNow) - incl(julyPaid);
        assertTrue(difference > 0, "the test needs a higher new version");
        long nabetaling = difference - (reservering(julyNow) - reservering(julyPaid));
        assertTrue(nabetaling < difference, "the vakantiegeld part of the difference goes to the reserve");

        JsonNode august = api.completedRun("2025-08");

        assertEquals(1, august.get("herberekeningen").get("NABETALING").get("aantal").intValue(), august.toString());
        assertEquals(Money.ofCents(difference).toEuros(), august.get("herberekeningen").get("NABETALING").get("totaal").decimalValue());
        assertEquals(Money.ofCents(nabetaling).toEuros(), august.get("betalingen").get("NABETALING").get("totaal").decimalValue());
        assertEquals(1, api.db.count("SELECT count(*) FROM payments WHERE dossier_id = 'UP-1' AND periode = '2025-07-01'"
                + " AND soort = 'NABETALING' AND line_no = 2 AND amount_cents = $1 AND creditor_iban = $2"
                + " AND batch_id = $3", nabetaling, RunApi.CLIENT_IBAN, august.get("batchId").longValue()));
        assertEquals(difference - nabetaling, api.db.count("SELECT cents FROM ledger_bookings WHERE dossier_id = 'UP-1'"
                + " AND periode = '2025-07-01' AND kind = 'RESERVERING' AND versie = 2"), "the reserve gets the rest");
        assertEquals(1, api.db.count("SELECT count(*) FROM herberekeningen WHERE dossier_id = 'UP-1' AND versie = 2"
                + " AND previous_versie = 1 AND difference_cents = $1", difference));
        // The sample's UITKERING and its derdenbetaling (HUUR).
        assertEquals(2, api.db.count("SELECT count(*) FROM payments WHERE dossier_id = 'UP-1'"
                + " AND periode = '2025-07-01' AND soort <> 'NABETALING'"), "the paid lines stay as they were");
        JsonNode shown = TestEngine.json(api.engine.get("/api/v1/berekeningen/UP-1/2025-07", api.submitter));
        assertEquals(Money.ofCents(incl(julyNow)).toEuros(), shown.get("resultaat").get("uitkeringInclVakantiegeld").decimalValue());

        JsonNode rerun = api.completedRun("2025-08");
        assertTrue(rerun.get("betalingen").isEmpty(), rerun.toString());
        assertEquals(1, api.db.count("SELECT count(*) FROM payments WHERE dossier_id = 'UP-1' AND soort = 'NABETALING'"));

        assertEquals(200, api.engine.postJson("/api/v1/batches/" + august.get("batchId").longValue() + "/rejection",
                api.officer, "{\"reden\":\"controle\"}").statusCode());
        JsonNode afterRejection = api.completedRun("2025-08");

        assertEquals(Money.ofCents(nabetaling).toEuros(),
                afterRejection.get("betalingen").get("NABETALING").get("totaal").decimalValue(), afterRejection.toString());
        assertEquals(1, api.db.count("SELECT count(*) FROM ledger_bookings WHERE dossier_id = 'UP-1'"
                + " AND periode = '2025-07-01' AND kind = 'RESERVERING' AND versie = 2 AND NOT released"),
                "the rejected run's booking was released and booked once again");
        assertEquals(1, api.db.count("SELECT count(*) FROM payments WHERE dossier_id = 'UP-1' AND soort = 'NABETALING'"
                + " AND state <> 'RELEASED'"));
    }

    @Test
    void aLowerNewVersionIsAVorderingRecoveredWithinTheBeslagvrijeVoetInTheFollowingMonths() throws Exception {
        ObjectNode julyPaid = RunFixtures.sample("DOWN-1", "2025-07");
        api.submit(julyPaid);
        api.approveAndExport(api.completedRun("2025-07").get("batchId").longValue());
        ObjectNode julyNow = withIncome(RunFixtures.sample("DOWN-1", "2025-07"), "100.00");
        api.submit(julyNow, RunFixtures.sample("DOWN-1", "2025-08"));
        long vordering = incl(julyPaid) - incl(julyNow);
        assertTrue(vordering > 0, "the test needs a lower new version");
        long fromReserve = reservering(julyPaid) - reservering(julyNow);

        JsonNode august = api.completedRun("2025-08");

        assertEquals(Money.ofCents(vordering).toEuros(), august.get("herberekeningen").get("VORDERING").get("totaal").decimalValue(),
                august.toString());
        assertTrue(august.get("betalingen").get("NABETALING") == null, august.toString());
        assertEquals(vordering - fromReserve, api.db.count("SELECT cents FROM ledger_bookings WHERE dossier_id = 'DOWN-1'"
                + " AND kind = 'VORDERING'"), "the reserve takes its part back; the rest is owed");
        assertEquals(0, api.db.count("SELECT count(*) FROM ledger_bookings WHERE dossier_id = 'DOWN-1' AND kind = 'AFLOSSING'"),
                "a vordering is recovered from the period after the run that made it");
        api.approveAndExport(august.get("batchId").longValue());

        long open = vordering - fromReserve;
        for (String periode : new String[] {"2025-09", "2025-10"}) {
            ObjectNode month = RunFixtures.sample("DOWN-1", periode);
            api.submit(month);
            Resultaat expected = calculate(withAflossing(month, open));
            long withheld = aflossing(expected);
            assertTrue(withheld > 0 && withheld <= open, "withheld " + withheld + " of " + open);

            JsonNode run = api.completedRun(periode);

            assertEquals(Money.ofCents(withheld).toEuros(), run.get("herberekeningen").get("AFLOSSING").get("totaal").decimalValue(),
                    run.toString());
            assertEquals(uitkering(expected), api.db.count("SELECT amount_cents FROM payments WHERE dossier_id = 'DOWN-1'"
                    + " AND periode = $1::date AND soort = 'UITKERING'", YearMonth.parse(periode).atDay(1)));
            assertEquals(withheld, api.db.count("SELECT cents FROM ledger_bookings WHERE dossier_id = 'DOWN-1'"
                    + " AND kind = 'AFLOSSING' AND periode = $1::date", YearMonth.parse(periode).atDay(1)));
            JsonNode againSame = api.completedRun(periode);
            assertTrue(againSame.get("betalingen").isEmpty(), againSame.toString());
            assertEquals(1, api.db.count("SELECT count(*) FROM ledger_bookings WHERE dossier_id = 'DOWN-1'"
                    + " AND kind = 'AFLOSSING' AND periode = $1::date", YearMonth.parse(periode).atDay(1)),
                    "a rerun withholds nothing twice");
            api.approveAndExport(run.get("batchId").longValue());
            open -= withheld;
        }
        long recovered = api.db.count("SELECT sum(cents) FROM ledger_bookings WHERE dossier_id = 'DOWN-1'"
                + " AND kind = 'AFLOSSING'");
        assertEquals(vordering - fromReserve - open, recovered);
        assertTrue(open >= 0);
    }

    /** Net income of {@code euros} a month, without vrijlating: it lowers the uitkering by as much. */
    private static ObjectNode withIncome(ObjectNode record, String euros) {
        ((ArrayNode) record.get("inkomsten")).addObject().put("soort", "OVERIG").put("nettoBedrag", new BigDecimal(euros))
                .putNull("vrijlating").putNull("vrijlatingSinds");
        return record;
    }

    /** The berekening with the AFLOSSING a run adds for {@code cents} of open vorderingen. */
    private static ObjectNode withAflossing(ObjectNode record, long cents) {
        ObjectNode copy = record.deepCopy();
        ((ArrayNode) copy.get("inhoudingen")).addObject().put("soort", "AFLOSSING")
                .put("bedrag", Money.ofCents(cents).toEuros()).put("kenmerk", "terugvordering herberekening");
        return copy;
    }

    private static Resultaat calculate(ObjectNode record) {
        BerekeningReader.Result read = new BerekeningReader().read(record);
        assertTrue(read instanceof BerekeningReader.Valid, read.toString());
        return ((Outcome.Success) CALCULATOR.calculate(((BerekeningReader.Valid) read).berekening())).resultaat();
    }

    private static long reservering(ObjectNode record) {
        return calculate(record).vakantiegeldReservering().cents();
    }

    private static long incl(ObjectNode record) {
        return calculate(record).uitkeringInclVakantiegeld().cents();
    }

    private static long aflossing(Resultaat resultaat) {
        long cents = 0;
        for (Regel regel : resultaat.regels()) {
            if (regel.code().equals("AFLOSSING")) {
                cents = regel.bedrag().cents();
            }
        }
        return cents;
    }

    private static long uitkering(Resultaat resultaat) {
        return resultaat.betalingen().stream().filter(b -> b.soort() == BetalingSoort.UITKERING)
                .mapToLong(b -> b.bedrag().cents()).sum();
    }
}
