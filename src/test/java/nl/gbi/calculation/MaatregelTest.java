package nl.gbi.calculation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import nl.gbi.domain.VerlagingBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The verlaging (Pw art. 18): round-half-up(base x percentage / 100) on the month's norm (2025-07, 1.369,06), the base
 * incl. vakantiegeld by default or excl. (1.300,61) as a tenant's choice (engine rule E6); percentages outside the
 * tenant's list, or outside 5-100 without a tenant, are refused.
 */
class MaatregelTest {

    private static final Calculator EXCL = new Calculator(Calculations.TABLE,
            new CalculationSettings(VerlagingBase.NORM_EXCL_VAKANTIEGELD, Set.of()));
    private static final Calculator DIEMEN = new Calculator(Calculations.TABLE,
            new CalculationSettings(VerlagingBase.NORM_INCL_VAKANTIEGELD, Set.of(5, 30, 100)));

    @ParameterizedTest(name = "{0}% of the norm {1}: verlaging {2}, uitkering incl. {3}, VT {4}")
    @CsvSource({
        "30, NORM_INCL_VAKANTIEGELD, 41072, 95834, 4792",
        "30, NORM_EXCL_VAKANTIEGELD, 39018, 97888, 4894",
        "5, NORM_INCL_VAKANTIEGELD, 6845, 130061, 6503",
        "5, NORM_EXCL_VAKANTIEGELD, 6503, 130403, 6520",
        "20, NORM_INCL_VAKANTIEGELD, 27381, 109525, 5476",
        "100, NORM_INCL_VAKANTIEGELD, 136906, 0, 0",
        "100, NORM_EXCL_VAKANTIEGELD, 130061, 6845, 342"
    })
    void lowersTheNormByAPercentageOfTheTenantsBase(int percentage, VerlagingBase base, long verlaging, long incl, long vakantiegeld) {
        Calculator calculator = base == VerlagingBase.NORM_INCL_VAKANTIEGELD ? Calculations.DEFAULT : EXCL;
        Resultaat resultaat = ((Outcome.Success) calculator.calculate(TestBerekening.alleenstaande().verlaging(percentage).build()))
                .resultaat();
        assertEquals(verlaging, resultaat.verlaging().cents());
        assertEquals(incl, resultaat.uitkeringInclVakantiegeld().cents());
        assertEquals(vakantiegeld, resultaat.vakantiegeldReservering().cents());
        assertEquals(verlaging, Calculations.regel(resultaat, "VERLAGING"));
    }

    @Test
    void takesThePercentageOfTheDaySplitNorm() {
        Resultaat resultaat = Calculations.success(TestBerekening.alleenstaande().recht("2025-07-15", null).verlaging(30));
        assertEquals(75077, resultaat.norm().bedrag().cents());
        assertEquals(22523, resultaat.verlaging().cents());
    }

    @Test
    void describesPercentageBaseAndReason() {
        Resultaat resultaat = Calculations.success(TestBerekening.alleenstaande().verlaging(30));
        assertEquals("Verlaging 30% van de norm incl. vakantiegeld (categorie test)", resultaat.regels().get(1).omschrijving());
        assertEquals(Maatregel.BRON, resultaat.regels().get(1).bron());
    }

    @ParameterizedTest(name = "{0}% with tenant list {1}: {2}")
    @CsvSource({"20, true, VERLAGING_PERCENTAGE_NIET_TOEGESTAAN", "4, false, BUITEN_BEREIK", "101, false, BUITEN_BEREIK",
        "0, true, BUITEN_BEREIK"})
    void refusesAPercentageNotAllowed(int percentage, boolean tenant, String code) {
        Calculator calculator = tenant ? DIEMEN : Calculations.DEFAULT;
        var fouten = Calculations.refused(calculator, TestBerekening.alleenstaande().verlaging(percentage));
        assertEquals(1, fouten.size());
        assertEquals(code, fouten.get(0).code());
        assertEquals("verlaging.percentage", fouten.get(0).veld());
    }

    @Test
    void allowsThePercentagesOfTheTenantsList() {
        assertEquals(41072, ((Outcome.Success) DIEMEN.calculate(TestBerekening.alleenstaande().verlaging(30).build()))
                .resultaat().verlaging().cents());
    }
}
