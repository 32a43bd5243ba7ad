package nl.gbi.calculation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Day-splitting (engine rule E1): a right that starts or ends inside the month, and a birthday crossing 21 or the
 * AOW-leeftijd inside it, split the month by calendar day; each part is norm x days / days-in-month rounded half up.
 * Norms 2025-07: 21 a 1.369,06; 20 lid 1 a 337,98; 22 a 1.530,21; 21 b 1.955,80; 22 b 2.094,98. 2026-02: 21 a 1.401,50.
 */
class DagdelingTest {

    @ParameterizedTest(name = "born {1}, right {2} to {3}: parts {4}")
    @CsvSource(nullValues = "-", value = {
        "2025-07, 1980-05-01, 2025-07-15, -, 75077",
        "2025-07, 1980-05-01, 2024-01-01, 2025-07-10, 44163",
        "2025-07, 1980-05-01, 2025-07-31, -, 4416",
        "2025-07, 2004-07-20, 2024-01-01, -, 20715 52996",
        "2025-07, 1958-07-16, 2024-01-01, -, 66245 78979",
        "2025-07, 2004-07-20, 2025-07-05, 2025-07-25, 16354 26498",
        "2025-07, 2004-07-01, 2024-01-01, -, 136906",
        "2025-07, 2004-08-01, 2024-01-01, -, 33798",
        "2026-02, 1980-05-01, 2026-02-15, -, 70075",
        "2026-02, 1980-05-01, 2026-02-01, 2026-02-28, 140150"
    })
    void splitsTheNormByCalendarDayAndRoundsEachPart(String periode, LocalDate geboren, String ingang, String eind, String parts) {
        Resultaat resultaat = Calculations.success(TestBerekening.alleenstaande().periode(periode).geboren(geboren.toString())
                .recht(ingang, eind));
        List<Long> expected = Arrays.stream(parts.split(" ")).map(Long::valueOf).toList();
        assertEquals(expected, normLines(resultaat));
        assertEquals(expected.stream().mapToLong(Long::longValue).sum(), resultaat.norm().bedrag().cents());
    }

    @Test
    void namesBothArticlesWhenABirthdayCrosses21() {
        Resultaat resultaat = Calculations.success(TestBerekening.alleenstaande().geboren("2004-07-20"));
        assertEquals("Pw art. 20 lid 1 onderdeel a; Pw art. 21 onderdeel a", resultaat.norm().artikel());
        assertEquals("Bijstandsnorm alleenstaande (ouder) 18 tot 21 jaar, 19 van 31 dagen (2025-07-01 t/m 2025-07-19) van 337.98",
                resultaat.regels().get(0).omschrijving());
        assertEquals("Pw art. 20 lid 1 onderdeel a; dagdeling (docs/calculation.md E1)", resultaat.regels().get(0).bron());
    }

    @Test
    void splitsACoupleWhenThePartnerReachesAowLeeftijd() {
        Resultaat resultaat = Calculations.success(TestBerekening.gehuwden(LocalDate.of(1970, 1, 1), LocalDate.of(1958, 7, 16)));
        assertEquals(List.of(94635L, 108128L), normLines(resultaat));
        assertEquals(202763, resultaat.norm().bedrag().cents());
    }

    @Test
    void combinesDaySplittingWithTheKostendelersnormFromTheDayOf21() {
        Resultaat resultaat = Calculations.success(TestBerekening.alleenstaande().geboren("2004-07-20")
                .medebewoner("1970-01-01", false, false));
        assertEquals(List.of(20715L, 37854L), normLines(resultaat));
        assertEquals(2, resultaat.norm().kostendelers());
        assertEquals(List.of("NORM", "KOSTENDELERSNORM"), resultaat.regels().subList(0, 2).stream().map(Regel::code).toList());
    }

    @Test
    void twoComplementaryPartsDifferFromTheWholeNormByAtMostOneCent() {
        java.util.Random random = new java.util.Random(20250701L);
        for (int i = 0; i < 10_000; i++) {
            long norm = random.nextInt(300_000);
            int dagenInMaand = 28 + random.nextInt(4);
            int eerste = 1 + random.nextInt(dagenInMaand - 1);
            long parts = Normberekening.calculateDeel(norm, eerste, dagenInMaand)
                    + Normberekening.calculateDeel(norm, dagenInMaand - eerste, dagenInMaand);
            assertEquals(true, Math.abs(parts - norm) <= 1, norm + " split " + eerste + "/" + dagenInMaand + " gave " + parts);
        }
        assertEquals(136906, Normberekening.calculateDeel(136906, 31, 31));
    }

    @Test
    void refusesDaysBefore18() {
        Calculations.assertRefused(TestBerekening.alleenstaande().geboren("2007-07-20"), Codes.LEEFTIJD_ONDER_18,
                "aanvrager.geboortedatum");
    }

    private static List<Long> normLines(Resultaat resultaat) {
        return resultaat.regels().stream().filter(r -> r.code().equals("NORM") || r.code().equals("KOSTENDELERSNORM"))
                .map(r -> r.bedrag().cents()).toList();
    }
}
