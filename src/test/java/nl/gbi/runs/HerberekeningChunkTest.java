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
import nl.gbi.parameters.ParameterResource;
import org.junit.jupiter.api.Test;

/** A chunk's herberekeningen and aflossingen, calculated without a database. */
class HerberekeningChunkTest {

    static final YearMonth AUGUST = YearMonth.of(2025, 8);
    static final YearMonth JULY = YearMonth.of(2025, 7);
    static final Calculator CALCULATOR = new Calculator(ParameterResource.load(),
            CalculationSettings.of(RunFixtures.tenant("GM0014")));

    @Test
    void aChangedPeriodGetsOnlyItsDifferenceAndAnEarlierOneANabetalingNumberedByItsVersion() {
        long due = incl(RunFixtures.sample("D-1", "2025-08"));
        ChunkInput input = new ChunkInput(
                List.of(stored("D-1", "2025-08", 2, false), stored("D-2", "2025-08", 1, false)),
                Map.of(),
                List.of(new Changed("D-1", AUGUST, 2, json("D-1", "2025-08"), 1, due - 10_00, false),
                        new Changed("D-2", JULY, 3, json("D-2", "2025-07"), 2, due + 25_00, false)),
                List.of(), Map.of());

        ChunkResult result = ChunkCalculation.calculate(CALCULATOR, "GM0014", Month.JUNE, AUGUST, input);

        List<PaymentLine> d1 = lines(result, "D-1");
        assertEquals(1, d1.size(), "D-1's August was settled before: no original lines, only its difference");
        assertEquals(BetalingSoort.NABETALING, d1.get(0).soort());
        assertEquals(Money.ofCents(10_00), d1.get(0).amount());
        assertEquals(2, d1.get(0).lineNo());
        assertEquals("Nabetaling Participatiewet 2025-08 dossier D-1 versie 2", d1.get(0).remittance());
        assertEquals(List.of(BetalingSoort.UITKERING, BetalingSoort.DERDENBETALING),
                lines(result, "D-2").stream().map(PaymentLine::soort).sorted().toList(), "no NABETALING for a vordering");
        Correction vordering = result.corrections().stream().filter(c -> c.dossierId().equals("D-2")).findFirst().orElseThrow();
        assertEquals(-25_00, vordering.differenceCents());
        assertEquals(JULY, vordering.periode());
        assertEquals(2, vordering.previousVersie());
        assertEquals(3, result.calculated().size(), "both Augusts and D-2's July are settled");
        assertEquals(2, result.calculatedOf(AUGUST));
    }

    @Test
    void aHerberekeningThatWaitsSettlesNothing() {
        ChunkInput input = new ChunkInput(List.of(stored("D-3", "2025-08", 2, false)), Map.of(),
                List.of(new Changed("D-3", AUGUST, 2, json("D-3", "2025-08"), 1, 0, true)), List.of(), Map.of());

        ChunkResult result = ChunkCalculation.calculate(CALCULATOR, "GM0014", Month.JUNE, AUGUST, input);

        assertTrue(result.calculated().isEmpty());
        assertTrue(result.lines().isEmpty());
        assertTrue(result.corrections().isEmpty());
        assertEquals(1, result.waiting().size());
        assertEquals(incl(RunFixtures.sample("D-3", "2025-08")), result.waiting().get(0).differenceCents());
    }

    @Test
    void openVorderingenAreWithheldAfterTheMunicipalitysOwnAflossingWithinTheBeslagvrijeVoet() {
        ObjectNode own = RunFixtures.sample("D-4", "2025-08");
        ((ArrayNode) own.get("inhoudingen")).addObject().put("soort", "AFLOSSING").put("bedrag", new BigDecimal("20.00"))
                .put("kenmerk", "eigen terugvordering");
        ChunkInput input = new ChunkInput(List.of(new StoredInput("D-4", 1, own.toString(), false)), Map.of(), List.of(),
                List.of(), Map.of("D-4", Money.ofCents(5_000_00)));

        ChunkResult result = ChunkCalculation.calculate(CALCULATOR, "GM0014", Month.JUNE, AUGUST, input);

        Resultaat without = calculate(own);
        long incl = without.uitkeringInclVakantiegeld().cents();
        long room = incl - new BigDecimal(incl).multiply(new BigDecimal("0.95")).setScale(0, RoundingMode.HALF_UP).longValueExact();
        assertEquals(1, result.aflossingen().size());
        assertEquals(Money.ofCents(room - 20_00), result.aflossingen().get(0).amount(),
                "what the beslagvrije voet leaves after the municipality's own aflossing");
        long uitkeringAfter = lines(result, "D-4").stream().filter(l -> l.soort() == BetalingSoort.UITKERING)
                .mapToLong(l -> l.amount().cents()).sum();
        assertEquals(uitkering(without) - (room - 20_00), uitkeringAfter, "the aflossing comes out of the client's part");
    }

    @Test
    void aRerunOffersTheNabetalingenOfEarlierRunsOfThePeriodAgainAndNoOriginalLinesOfACorrectedVersion() {
        Correction earlier = new Correction("D-5", JULY, 2, 1, 100_00, 130_00, new Iban("NL91ABNA0417164300"), "J. Jansen");
        ChunkInput input = new ChunkInput(List.of(stored("D-5", "2025-08", 2, true)), Map.of(), List.of(),
                List.of(earlier), Map.of());

        ChunkResult result = ChunkCalculation.calculate(CALCULATOR, "GM0014", Month.JUNE, AUGUST, input);

        assertEquals(List.of(Herberekening.line(earlier)), result.lines());
        assertEquals(Money.ofCents(30_00), result.lines().get(0).amount());
        assertEquals(1, result.calculated().size());
        assertTrue(result.corrections().isEmpty(), "the correction exists already");
    }

    private static StoredInput stored(String dossierId, String periode, int versie, boolean corrected) {
        return new StoredInput(dossierId, versie, json(dossierId, periode), corrected);
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
