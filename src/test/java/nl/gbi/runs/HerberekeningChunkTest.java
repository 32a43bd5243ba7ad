package nl.gbi.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import nl.gbi.batches.PaymentLine;
import nl.gbi.calculation.CalculationSettings;
import nl.gbi.calculation.Calculator;
import nl.gbi.calculation.Outcome;
import nl.gbi.calculation.Resultaat;
import nl.gbi.domain.BetalingSoort;
import nl.gbi.domain.Iban;
import nl.gbi.domain.Money;
import nl.gbi.json.BerekeningReader;
import nl.gbi.ledger.BookedPayment;
import nl.gbi.ledger.BookingKind;
import nl.gbi.ledger.LedgerBooking;
import nl.gbi.parameters.ParameterResource;
import org.junit.jupiter.api.Test;

/** A chunk's months through the ledger — late months, corrections, aflossingen, reruns — without a database. */
class HerberekeningChunkTest {

    static final YearMonth AUGUST = YearMonth.of(2025, 8);
    static final YearMonth JULY = YearMonth.of(2025, 7);
    static final Calculator CALCULATOR = new Calculator(ParameterResource.load(),
            CalculationSettings.of(RunFixtures.tenant("GM0014")));

    @Test
    void aChangedMonthGetsOnlyItsDifferenceLessItsVakantiegeldAndAnEarlierOneAVorderingOfWhatTheReserveCannotTakeBack() {
        Resultaat d1 = calculate(RunFixtures.sample("D-1", "2025-08"));
        long due = d1.uitkeringInclVakantiegeld().cents();
        long reservering = d1.vakantiegeldReservering().cents();
        // D-1's August was settled at version 1 with 10 euro less, of which 0,80 reserved less.
        ChunkInput input = new ChunkInput(
                List.of(month("D-1", AUGUST, 2, 1), month("D-2", AUGUST, 1, null), month("D-2", JULY, 3, 2)),
                Map.of("D-1", List.of(paid(AUGUST, due - reservering - 10_00 + 80)),
                       "D-2", List.of(paid(JULY, due - reservering + 25_00))),
                Map.of("D-1", List.of(new LedgerBooking(AUGUST, BookingKind.RESERVERING, reservering - 80)),
                       "D-2", List.of(new LedgerBooking(JULY, BookingKind.RESERVERING, reservering))),
                List.of());

        ChunkResult result = ChunkCalculation.calculate(CALCULATOR, "GM0014", Month.JUNE, AUGUST, input);

        List<PaymentLine> d1Lines = lines(result, "D-1");
        assertEquals(1, d1Lines.size(), "D-1's August was settled before: no original lines, only its difference");
        assertEquals(BetalingSoort.NABETALING, d1Lines.get(0).soort());
        assertEquals(Money.ofCents(10_00 - 80), d1Lines.get(0).amount(), "the vakantiegeld part goes to the reserve");
        assertEquals(2, d1Lines.get(0).lineNo());
        assertEquals("Nabetaling Participatiewet 2025-08 dossier D-1 versie 2", d1Lines.get(0).remittance());
        assertTrue(result.bookings().contains(new ChunkResult.Booking("D-1", 2,
                new LedgerBooking(AUGUST, BookingKind.RESERVERING, 80))), result.bookings().toString());
        assertEquals(List.of(BetalingSoort.UITKERING, BetalingSoort.DERDENBETALING),
                lines(result, "D-2").stream().map(PaymentLine::soort).sorted().toList(), "no NABETALING for a vordering");
        Correction vordering = result.corrections().stream().filter(c -> c.dossierId().equals("D-2")).findFirst().orElseThrow();
        assertEquals(-25_00, vordering.differenceCents());
        assertEquals(JULY, vordering.periode());
        assertEquals(2, vordering.previousVersie());
        assertTrue(result.bookings().contains(new ChunkResult.Booking("D-2", 3,
                new LedgerBooking(JULY, BookingKind.VORDERING, 25_00))), result.bookings().toString());
        assertEquals(3, result.settled().size(), "both Augusts and D-2's July are settled");
        assertEquals(2, result.calculatedOf(AUGUST));
    }

    @Test
    void aMonthDecidedLateIsPaidAsANabetalingOfThatMonthAndItsVoorschotIsOffset() {
        Resultaat july = calculate(RunFixtures.sample("D-6", "2025-07"));
        ChunkInput input = new ChunkInput(List.of(month("D-6", JULY, 1, null), month("D-6", AUGUST, 1, null)),
                Map.of("D-6", List.of(new BookedPayment(JULY, BetalingSoort.VOORSCHOT, 300_00, true, false))), Map.of(),
                List.of());

        ChunkResult result = ChunkCalculation.calculate(CALCULATOR, "GM0014", Month.JUNE, AUGUST, input);

        List<PaymentLine> julyLines = result.lines().stream().filter(l -> l.periode().equals(JULY)).toList();
        long client = july.betalingen().stream().filter(b -> b.soort() == BetalingSoort.UITKERING)
                .mapToLong(b -> b.bedrag().cents()).sum();
        assertEquals(List.of(BetalingSoort.DERDENBETALING, BetalingSoort.NABETALING),
                julyLines.stream().map(PaymentLine::soort).toList());
        assertEquals(client - 300_00, julyLines.get(1).amount().cents(), "the voorschot is offset against the month");
        assertEquals("Nabetaling Participatiewet 2025-07 dossier D-6", julyLines.get(1).remittance());
        assertEquals(List.of(new ChunkResult.Settled("D-6", JULY, 1), new ChunkResult.Settled("D-6", AUGUST, 1)),
                result.settled());
    }

    @Test
    void aCorrectionThatWaitsSettlesNothing() {
        ChunkInput input = new ChunkInput(List.of(month("D-3", AUGUST, 2, 1)),
                Map.of("D-3", List.of(new BookedPayment(AUGUST, BetalingSoort.UITKERING, 500_00, true, true))), Map.of(),
                List.of());

        ChunkResult result = ChunkCalculation.calculate(CALCULATOR, "GM0014", Month.JUNE, AUGUST, input);

        assertTrue(result.calculated().isEmpty());
        assertTrue(result.lines().isEmpty());
        assertTrue(result.corrections().isEmpty());
        assertTrue(result.settled().isEmpty());
        assertEquals(1, result.waiting().size());
        assertEquals(incl(RunFixtures.sample("D-3", "2025-08")) - 500_00, result.waiting().get(0).differenceCents());
    }

    @Test
    void openVorderingenAreWithheldAfterTheMunicipalitysOwnAflossingWithinTheBeslagvrijeVoet() {
        ObjectNode own = RunFixtures.sample("D-4", "2025-08");
        ((ArrayNode) own.get("inhoudingen")).addObject().put("soort", "AFLOSSING").put("bedrag", new BigDecimal("20.00"))
                .put("kenmerk", "eigen terugvordering");
        ChunkInput input = new ChunkInput(List.of(new MonthInput("D-4", AUGUST, 1, own.toString(), null, null, false)),
                Map.of(), Map.of("D-4", List.of(new LedgerBooking(JULY, BookingKind.VORDERING, 5_000_00))), List.of());

        ChunkResult result = ChunkCalculation.calculate(CALCULATOR, "GM0014", Month.JUNE, AUGUST, input);

        Resultaat without = calculate(own);
        long incl = without.uitkeringInclVakantiegeld().cents();
        long room = incl - new BigDecimal(incl).multiply(new BigDecimal("0.95")).setScale(0, RoundingMode.HALF_UP).longValueExact();
        assertTrue(result.bookings().contains(new ChunkResult.Booking("D-4", 1,
                new LedgerBooking(AUGUST, BookingKind.AFLOSSING, room - 20_00))), result.bookings().toString());
        assertTrue(result.bookings().contains(new ChunkResult.Booking("D-4", 1,
                new LedgerBooking(AUGUST, BookingKind.VERREKENING, 20_00))), "the municipality's own debt is a VERREKENING");
        long uitkeringAfter = lines(result, "D-4").stream().filter(l -> l.soort() == BetalingSoort.UITKERING)
                .mapToLong(l -> l.amount().cents()).sum();
        assertEquals(uitkering(without) - (room - 20_00), uitkeringAfter, "the aflossing comes out of the client's part");
    }

    @Test
    void aRerunOffersTheLinesOfItsMonthAndTheNabetalingenOfEarlierRunsAgainAndBooksNothing() {
        Correction earlier = new Correction("D-5", JULY, 2, 1, 100_00, 130_00, 28_00, new Iban("NL91ABNA0417164300"),
                "J. Jansen");
        ChunkInput input = new ChunkInput(List.of(new MonthInput("D-5", AUGUST, 1, json("D-5", "2025-08"), 1, 1, true)),
                Map.of(), Map.of(), List.of(earlier));

        ChunkResult result = ChunkCalculation.calculate(CALCULATOR, "GM0014", Month.JUNE, AUGUST, input);

        assertEquals(Herberekening.lines(earlier).get(0), result.lines().get(result.lines().size() - 1));
        assertEquals(Money.ofCents(28_00), Herberekening.lines(earlier).get(0).amount(), "what the correction paid, not its difference");
        assertEquals(List.of(BetalingSoort.DERDENBETALING, BetalingSoort.UITKERING, BetalingSoort.NABETALING),
                result.lines().stream().map(PaymentLine::soort).toList());
        assertTrue(result.bookings().isEmpty());
        assertTrue(result.settled().isEmpty());
        assertTrue(result.corrections().isEmpty(), "the correction exists already");
    }

    private static MonthInput month(String dossierId, YearMonth periode, int versie, Integer liveVersie) {
        return new MonthInput(dossierId, periode, versie, json(dossierId, periode.toString()), liveVersie, liveVersie, false);
    }

    private static BookedPayment paid(YearMonth periode, long cents) {
        return new BookedPayment(periode, BetalingSoort.UITKERING, cents, true, false);
    }

    private static String json(String dossierId, String periode) {
        return RunFixtures.sample(dossierId, periode).toString();
    }

    private static List<PaymentLine> lines(ChunkResult result, String dossierId) {
        return result.lines().stream().filter(l -> l.dossierId().equals(dossierId)).toList();
    }

    private static Resultaat calculate(ObjectNode record) {
        return ((Outcome.Success) CALCULATOR.calculate(((BerekeningReader.Valid) new BerekeningReader().read(record))
                .berekening())).resultaat();
    }

    private static long incl(ObjectNode record) {
        return calculate(record).uitkeringInclVakantiegeld().cents();
    }

    private static long uitkering(Resultaat resultaat) {
        return resultaat.betalingen().stream().filter(b -> b.soort() == BetalingSoort.UITKERING)
                .mapToLong(b -> b.bedrag().cents()).sum();
    }
}
