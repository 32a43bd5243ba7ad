package nl.gbi.calculation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import nl.gbi.domain.Medebewoner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kostendelersnorm of Pw art. 22a: the check figures of gemeente Velsen (1-1-2024, B = 1.834,04) for A = 2..6,
 * larger households (no table that stops at 4; expected values computed independently with decimal arithmetic),
 * per person and x2 for couples, B = art. 22 b at AOW-leeftijd, and who counts as kostendeler.
 */
class KostendelersnormTest {

    @ParameterizedTest(name = "B = 1834.04, A = {0}: {1} cents")
    @CsvSource({"2, 91702", "3, 79475", "4, 73362", "5, 69694", "6, 67248", "7, 65501", "8, 64191", "11, 61690",
        "100, 55755", "1000, 55095"})
    void perPersonIsTheLawsFormulaRoundedOnce(int a, long expectedCents) {
        assertEquals(expectedCents, Kostendelersnorm.calculateKostendelersnorm(183404, a));
    }

    @Test
    void needsAtLeastTwoPersons() {
        assertThrows(IllegalArgumentException.class, () -> Kostendelersnorm.calculateKostendelersnorm(183404, 1));
    }

    @ParameterizedTest(name = "alleenstaande with {0} kostendelers in 2024-01: {1} cents, A = {2}")
    @CsvSource({"0, 128383, 1", "1, 91702, 2", "2, 79475, 3", "3, 73362, 4", "4, 69694, 5", "5, 67248, 6"})
    void alleenstaandeGetsTheVelsenCheckFigures(int medebewoners, long normCents, int a) {
        TestBerekening berekening = TestBerekening.alleenstaande().periode("2024-01");
        for (int i = 0; i < medebewoners; i++) {
            berekening.medebewoner("1960-01-0" + (i + 1), false, false);
        }
        Resultaat resultaat = Calculations.success(berekening);
        assertEquals(normCents, resultaat.norm().bedrag().cents());
        assertEquals(a, resultaat.norm().kostendelers());
        assertEquals(a == 1 ? "Pw art. 21 onderdeel a" : "Pw art. 22a", resultaat.norm().artikel());
        assertEquals(a == 1 ? "NORM" : "KOSTENDELERSNORM", resultaat.regels().get(0).code());
    }

    @ParameterizedTest(name = "couple with {0} kostendelers in 2026-01: {1} cents")
    @CsvSource({"0, 200213, 1", "1, 173518, 3", "2, 160170, 4"})
    void coupleGetsTwiceThePerPersonAmount(int medebewoners, long normCents, int a) {
        TestBerekening berekening = TestBerekening.gehuwden(LocalDate.of(1980, 1, 1), LocalDate.of(1982, 2, 2)).periode("2026-01");
        for (int i = 0; i < medebewoners; i++) {
            berekening.medebewoner("1990-01-0" + (i + 1), false, false);
        }
        Resultaat resultaat = Calculations.success(berekening);
        assertEquals(normCents, resultaat.norm().bedrag().cents());
        assertEquals(a, resultaat.norm().kostendelers());
    }

    @Test
    void atAowLeeftijdBIsTheAowGehuwdennorm() {
        Resultaat alleenstaande = Calculations.success(TestBerekening.alleenstaande().geboren("1950-01-01")
                .medebewoner("1980-01-01", false, false));
        assertEquals(104749, alleenstaande.norm().bedrag().cents());
        Resultaat couple = Calculations.success(TestBerekening.gehuwden(LocalDate.of(1950, 1, 1), LocalDate.of(1970, 1, 1))
                .medebewoner("1980-01-01", false, false));
        assertEquals(2 * 90782, couple.norm().bedrag().cents());
    }

    @Test
    void doesNotApplyBelow21() {
        Resultaat resultaat = Calculations.success(TestBerekening.alleenstaande().geboren("2006-01-01")
                .medebewoner("1970-01-01", false, false));
        assertEquals(33798, resultaat.norm().bedrag().cents());
        assertEquals(1, resultaat.norm().kostendelers());
    }

    @Test
    void refusesACoupleWithOneSpouseUnder21AndKostendelers() {
        Calculations.assertRefused(TestBerekening.gehuwden(LocalDate.of(1990, 1, 1), LocalDate.of(2006, 1, 1))
                .medebewoner("1970-01-01", false, false), Codes.KOSTENDELERSNORM_NIET_ONDERSTEUND, "medebewoners");
    }

    @ParameterizedTest(name = "born {0}, student {1}, commercial {2}: counts {3}")
    @CsvSource({
        "1998-07-01, false, false, true",
        "1998-07-02, false, false, false",
        "2000-01-01, false, false, false",
        "1960-01-01, true, false, false",
        "1960-01-01, false, true, false",
        "1960-01-01, true, true, false"
    })
    void countsMedebewonersOf27AndOlderOnTheFirstDayExceptStudentsAndCommercialRenters(LocalDate geboren, boolean student,
            boolean commercieleHuur, boolean counts) {
        List<Medebewoner> medebewoners = List.of(new Medebewoner(geboren, student, commercieleHuur));
        assertEquals(counts ? 1 : 0, Kostendelersnorm.countKostendelendeMedebewoners(medebewoners, LocalDate.of(2025, 7, 1)));
    }
}
