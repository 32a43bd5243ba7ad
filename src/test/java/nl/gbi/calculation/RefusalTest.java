package nl.gbi.calculation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import nl.gbi.domain.Fout;
import nl.gbi.domain.Inhouding;
import nl.gbi.domain.InhoudingSoort;
import nl.gbi.domain.Leefvorm;
import nl.gbi.domain.Money;
import nl.gbi.domain.Regeling;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The refusals the calculation returns as values, each with its stable code and field. */
class RefusalTest {

    @ParameterizedTest
    @EnumSource(value = Regeling.class, names = {"IOAW", "IOAZ", "BBZ"})
    void refusesBrutoRegelingen(Regeling regeling) {
        Calculations.assertRefused(TestBerekening.alleenstaande().regeling(regeling), Codes.REGELING_NIET_ONDERSTEUND, "regeling");
    }

    @Test
    void refusesAPartnerThatDoesNotMatchTheLeefvorm() {
        Calculations.assertRefused(TestBerekening.alleenstaande().leefvorm(Leefvorm.GEHUWDEN), Codes.VERPLICHT, "partner");
        Calculations.assertRefused(TestBerekening.gehuwden(LocalDate.of(1980, 1, 1), LocalDate.of(1980, 1, 1))
                .leefvorm(Leefvorm.ALLEENSTAANDE), Codes.PARTNER_NIET_TOEGESTAAN, "partner");
    }

    @ParameterizedTest(name = "right {0} to {1}")
    @CsvSource(nullValues = "-", value = {"2025-08-01, -", "2024-01-01, 2025-06-30"})
    void refusesARightOutsideThePeriod(String ingang, String eind) {
        Calculations.assertRefused(TestBerekening.alleenstaande().recht(ingang, eind), Codes.RECHT_BUITEN_PERIODE, "recht");
    }

    @ParameterizedTest(name = "{0} born {1} in {2}")
    @CsvSource({
        "alleenstaande, 1950-01-01, 2024-01, NORM_22_A",
        "alleenstaande, 2005-01-01, 2024-03, NORM_20_A",
        "alleenstaande, 1980-01-01, 2027-01, NORM_21_A",
        "alleenstaande, 1980-01-01, 2023-12, AOW_LEEFTIJD_MAANDEN",
        "inrichting, 1980-01-01, 2025-06, NORM_23_A"
    })
    void refusesWhenTheTableHasNoValueForThePeriodAndNamesIt(String type, String geboren, String periode, String parameter) {
        TestBerekening berekening = TestBerekening.alleenstaande().geboren(geboren).periode(periode);
        if (type.equals("inrichting")) {
            berekening.inrichting();
        }
        List<Fout> fouten = Calculations.refused(Calculations.DEFAULT, berekening);
        assertEquals(Codes.PARAMETER_ONBEKEND, fouten.get(0).code());
        assertEquals(true, fouten.get(0).melding().startsWith("Parameter " + parameter + " ")
                && fouten.get(0).melding().contains(periode + "-01"), fouten.get(0).melding());
    }

    @Test
    void refusesARightThatEndsBeforeItStarts() {
        Calculations.assertRefused(TestBerekening.alleenstaande().recht("2025-07-20", "2025-07-10"), Codes.EINDDATUM_VOOR_INGANGSDATUM,
                "recht.einddatum");
    }

    @Test
    void refusesAmountsBeyondExactArithmetic() {
        Calculations.assertRefused(TestBerekening.alleenstaande().inkomst(nl.gbi.domain.InkomstSoort.ARBEID, Long.MAX_VALUE / 100,
                nl.gbi.domain.Vrijlating.ART31_2_Y, "2025-07"), Codes.BUITEN_BEREIK, "");
    }

    @Test
    void refusesNegativeOrUnaddressedInhoudingen() {
        Calculations.assertRefused(TestBerekening.alleenstaande().inhouding(InhoudingSoort.HUUR, -100), Codes.BUITEN_BEREIK,
                "inhoudingen[0].bedrag");
        Calculations.assertRefused(TestBerekening.alleenstaande().inhouding(new Inhouding(InhoudingSoort.BESLAG, Money.ofCents(100), "x",
                null)), Codes.VERPLICHT, "inhoudingen[0].begunstigde");
        Calculations.assertRefused(TestBerekening.alleenstaande().inhouding(new Inhouding(InhoudingSoort.AFLOSSING, Money.ofCents(100), "x",
                new nl.gbi.domain.Begunstigde("Gemeente", TestBerekening.VERHUURDER_IBAN))), Codes.NIET_TOEGESTAAN,
                "inhoudingen[0].begunstigde");
    }

    @Test
    void listsEveryProblemAtOnce() {
        List<Fout> fouten = Calculations.refused(Calculations.DEFAULT, TestBerekening.alleenstaande().leefvorm(Leefvorm.GEHUWDEN)
                .recht("2026-01-01", null).verlaging(3).inhouding(InhoudingSoort.HUUR, -1));
        assertEquals(List.of(Codes.VERPLICHT, Codes.RECHT_BUITEN_PERIODE, Codes.BUITEN_BEREIK, Codes.BUITEN_BEREIK),
                fouten.stream().map(Fout::code).toList());
    }
}
