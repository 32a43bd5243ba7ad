package nl.gbi.calculation;

import static nl.gbi.domain.InkomstSoort.ARBEID;
import static nl.gbi.domain.InkomstSoort.OVERIG;
import static nl.gbi.domain.InkomstSoort.UITKERING;
import static nl.gbi.domain.Vrijlating.ART31_2_N;
import static nl.gbi.domain.Vrijlating.ART31_2_R;
import static nl.gbi.domain.Vrijlating.ART31_2_Y;
import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.gbi.domain.InkomstSoort;
import nl.gbi.domain.Leefvorm;
import nl.gbi.domain.Vrijlating;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Inkomsten and vrijlatingen (Pw art. 31-33), 2025-07, norm 1.369,06; maxima N 278,00, R 173,87, Y 176,35.
 * uitkering incl. = norm - (inkomsten - vrijlating), never below 0; VT reserved on the actual uitkering (E3).
 */
class MiddelenTest {

    @ParameterizedTest(name = "{0} {1} cents {2}: vrijlating {3}, korting {4}, incl {5}, VT {6}")
    @CsvSource(nullValues = "-", value = {
        "UITKERING, 50000, -, 0, 50000, 86906, 4345",
        "OVERIG, 136906, -, 0, 136906, 0, 0",
        "ARBEID, 45000, ART31_2_N, 11250, 33750, 103156, 5158",
        "ARBEID, 45002, ART31_2_N, 11251, 33751, 103155, 5158",
        "ARBEID, 120000, ART31_2_N, 27800, 92200, 44706, 2235",
        "ARBEID, 400000, ART31_2_N, 27800, 372200, 0, 0",
        "ARBEID, 100000, ART31_2_R, 12500, 87500, 49406, 2470",
        "ARBEID, 10004, ART31_2_R, 1251, 8753, 128153, 6408",
        "ARBEID, 150000, ART31_2_R, 17387, 132613, 4293, 215",
        "ARBEID, 100000, ART31_2_Y, 15000, 85000, 51906, 2595",
        "ARBEID, 200000, ART31_2_Y, 17635, 182365, 0, 0"
    })
    void deductsInkomstenMinusVrijlating(InkomstSoort soort, long cents, Vrijlating vrijlating, long expectedVrijlating,
            long korting, long incl, long vakantiegeld) {
        Resultaat resultaat = Calculations.success(ouder().inkomst(soort, cents, vrijlating, vrijlating == null ? null : "2025-05"));
        assertEquals(expectedVrijlating, resultaat.vrijlating().cents());
        assertEquals(korting, resultaat.inkomstenKorting().cents());
        assertEquals(incl, resultaat.uitkeringInclVakantiegeld().cents());
        assertEquals(vakantiegeld, resultaat.vakantiegeldReservering().cents());
        assertEquals(cents, Calculations.regel(resultaat, "INKOMSTEN"));
        assertEquals(Math.max(0, korting - 136906), Calculations.regel(resultaat, "MIDDELEN_BOVEN_NORM"));
    }

    @Test
    void capsTheVrijlatingOncePerMonthOverAllLinesCarryingIt() {
        Resultaat resultaat = Calculations.success(ouder().inkomst(ARBEID, 70000, ART31_2_N, "2025-05")
                .inkomst(ARBEID, 70000, ART31_2_N, "2025-05").inkomst(UITKERING, 20000, null, null));
        assertEquals(27800, resultaat.vrijlating().cents());
        assertEquals(160000 - 27800, resultaat.inkomstenKorting().cents());
    }

    @ParameterizedTest(name = "{0} since {1} in 2025-07 is month {2}: allowed {3}")
    @CsvSource({"ART31_2_N, 2025-02, 6, true", "ART31_2_N, 2025-01, 7, false", "ART31_2_N, 2025-07, 1, true",
        "ART31_2_R, 2023-02, 30, true", "ART31_2_R, 2023-01, 31, false", "ART31_2_Y, 2015-01, 127, true"})
    void refusesAVrijlatingBeyondItsStatutoryDuration(Vrijlating vrijlating, String sinds, int month, boolean allowed) {
        TestBerekening berekening = ouder().inkomst(ARBEID, 40000, vrijlating, sinds);
        if (allowed) {
            assertEquals(vrijlating == ART31_2_N ? 10000 : vrijlating == ART31_2_R ? 5000 : 6000,
                    Calculations.success(berekening).vrijlating().cents());
        } else {
            Calculations.assertRefused(berekening, Codes.VRIJLATING_DUUR_OVERSCHREDEN, "inkomsten[0].vrijlatingSinds");
            String melding = Calculations.refused(Calculations.DEFAULT, berekening).get(0).melding();
            assertEquals(true, melding.contains("is maand " + month), melding);
        }
    }

    @Test
    void refusesAVrijlatingOnOtherThanArbeid() {
        Calculations.assertRefused(ouder().inkomst(OVERIG, 40000, ART31_2_N, "2025-06"), Codes.VRIJLATING_NIET_TOEGESTAAN,
                "inkomsten[0].vrijlating");
    }

    @Test
    void refusesNAtAowLeeftijd() {
        Calculations.assertRefused(TestBerekening.alleenstaande().geboren("1950-01-01").inkomst(ARBEID, 40000, ART31_2_N, "2025-06"),
                Codes.VRIJLATING_NIET_TOEGESTAAN, "inkomsten[0].vrijlating");
    }

    @ParameterizedTest(name = "leefvorm {0}, child born {1}")
    @CsvSource({"ALLEENSTAANDE, 2020-01-01", "ALLEENSTAANDE_OUDER, 2013-07-01"})
    void refusesROutsideAnAlleenstaandeOuderWithAChildUnder12(Leefvorm leefvorm, String kind) {
        Calculations.assertRefused(TestBerekening.alleenstaande().leefvorm(leefvorm).kind(kind).inkomst(ARBEID, 40000, ART31_2_R, "2025-06"),
                Codes.VRIJLATING_NIET_TOEGESTAAN, "inkomsten[0].vrijlating");
    }

    @Test
    void allowsRWithAChildThatTurns12LaterThisMonth() {
        assertEquals(5000, Calculations.success(TestBerekening.alleenstaande().leefvorm(Leefvorm.ALLEENSTAANDE_OUDER)
                .kind("2013-07-02").inkomst(ARBEID, 40000, ART31_2_R, "2025-06")).vrijlating().cents());
    }

    @Test
    void refusesNAndRInOneMonth() {
        Calculations.assertRefused(ouder().inkomst(ARBEID, 40000, ART31_2_N, "2025-06").inkomst(ARBEID, 1000, ART31_2_R, "2025-06"),
                Codes.VRIJLATING_NIET_TOEGESTAAN, "inkomsten");
    }

    @ParameterizedTest(name = "vrijlatingSinds {0}: {1}")
    @CsvSource(nullValues = "-", value = {"2025-08, VRIJLATING_NA_PERIODE", "-, VERPLICHT"})
    void refusesAMissingOrFutureVrijlatingSinds(String sinds, String code) {
        Calculations.assertRefused(ouder().inkomst(ARBEID, 40000, ART31_2_Y, sinds), code, "inkomsten[0].vrijlatingSinds");
    }

    @Test
    void refusesNegativeInkomsten() {
        Calculations.assertRefused(ouder().inkomst(UITKERING, -1, null, null), Codes.BUITEN_BEREIK, "inkomsten[0].nettoBedrag");
    }

    @Test
    void refusesWhenTheMaximumOfThePeriodIsNotInTheTable() {
        Calculations.assertRefused(ouder().periode("2025-01").inkomst(ARBEID, 40000, ART31_2_N, "2025-01"),
                Codes.PARAMETER_ONBEKEND, "periode");
        String melding = Calculations.refused(Calculations.DEFAULT, ouder().periode("2025-01").inkomst(ARBEID, 40000, ART31_2_N, "2025-01"))
                .get(0).melding();
        assertEquals("Parameter VRIJLATING_MAX_N (Pw art. 31 lid 2 onderdeel n) heeft geen waarde op 2025-01-01 in de parametertabel;"
                + " de engine valt niet terug op een andere periode", melding);
    }

    private static TestBerekening ouder() {
        return TestBerekening.alleenstaande().leefvorm(Leefvorm.ALLEENSTAANDE_OUDER).kind("2020-01-01");
    }
}
