package nl.gbi.calculation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.gbi.domain.Leefvorm;
import nl.gbi.domain.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every published norm of participatiewet.md section 1, in the first and last month of its half-year, through
 * the whole calculation: the norm, its VT split (excl. = round-half-up(incl x 0,95), VT = the rest) and the one
 * payment to the client. Exact cents; the expected splits were computed independently with decimal arithmetic.
 */
class BijstandsnormTest {

    enum Huishoudtype {
        ALLEENSTAANDE_21, GEHUWDEN_21, ALLEENSTAANDE_AOW, GEHUWDEN_AOW, ALLEENSTAANDE_19, GEHUWDEN_BEIDEN_19,
        GEHUWDEN_BEIDEN_19_KIND, GEHUWDEN_EEN_19, GEHUWDEN_EEN_19_KIND, INRICHTING_ALLEENSTAANDE, INRICHTING_GEHUWDEN
    }

    @ParameterizedTest(name = "{0} {1}: {2} = {3} + VT {4}")
    @CsvSource({
        "ALLEENSTAANDE_21, 2024-01, 1283.83, 1219.64, 64.19",
        "ALLEENSTAANDE_21, 2024-06, 1283.83, 1219.64, 64.19",
        "ALLEENSTAANDE_21, 2024-07, 1308.45, 1243.03, 65.42",
        "ALLEENSTAANDE_21, 2024-12, 1308.45, 1243.03, 65.42",
        "ALLEENSTAANDE_21, 2025-01, 1345.45, 1278.18, 67.27",
        "ALLEENSTAANDE_21, 2025-06, 1345.45, 1278.18, 67.27",
        "ALLEENSTAANDE_21, 2025-07, 1369.06, 1300.61, 68.45",
        "ALLEENSTAANDE_21, 2025-12, 1369.06, 1300.61, 68.45",
        "ALLEENSTAANDE_21, 2026-01, 1401.50, 1331.43, 70.07",
        "ALLEENSTAANDE_21, 2026-06, 1401.50, 1331.43, 70.07",
        "ALLEENSTAANDE_21, 2026-07, 1419.46, 1348.49, 70.97",
        "ALLEENSTAANDE_21, 2026-12, 1419.46, 1348.49, 70.97",
        "GEHUWDEN_21, 2024-01, 1834.04, 1742.34, 91.70",
        "GEHUWDEN_21, 2024-06, 1834.04, 1742.34, 91.70",
        "GEHUWDEN_21, 2024-07, 1869.21, 1775.75, 93.46",
        "GEHUWDEN_21, 2024-12, 1869.21, 1775.75, 93.46",
        "GEHUWDEN_21, 2025-01, 1922.07, 1825.97, 96.10",
        "GEHUWDEN_21, 2025-06, 1922.07, 1825.97, 96.10",
        "GEHUWDEN_21, 2025-07, 1955.80, 1858.01, 97.79",
        "GEHUWDEN_21, 2025-12, 1955.80, 1858.01, 97.79",
        "GEHUWDEN_21, 2026-01, 2002.13, 1902.02, 100.11",
        "GEHUWDEN_21, 2026-06, 2002.13, 1902.02, 100.11",
        "GEHUWDEN_21, 2026-07, 2027.79, 1926.40, 101.39",
        "GEHUWDEN_21, 2026-12, 2027.79, 1926.40, 101.39",
        "ALLEENSTAANDE_AOW, 2024-07, 1456.85, 1384.01, 72.84",
        "ALLEENSTAANDE_AOW, 2024-12, 1456.85, 1384.01, 72.84",
        "ALLEENSTAANDE_AOW, 2025-01, 1501.07, 1426.02, 75.05",
        "ALLEENSTAANDE_AOW, 2025-06, 1501.07, 1426.02, 75.05",
        "ALLEENSTAANDE_AOW, 2025-07, 1530.21, 1453.70, 76.51",
        "ALLEENSTAANDE_AOW, 2025-12, 1530.21, 1453.70, 76.51",
        "ALLEENSTAANDE_AOW, 2026-01, 1564.69, 1486.46, 78.23",
        "ALLEENSTAANDE_AOW, 2026-06, 1564.69, 1486.46, 78.23",
        "ALLEENSTAANDE_AOW, 2026-07, 1587.34, 1507.97, 79.37",
        "ALLEENSTAANDE_AOW, 2026-12, 1587.34, 1507.97, 79.37",
        "GEHUWDEN_AOW, 2024-07, 1976.64, 1877.81, 98.83",
        "GEHUWDEN_AOW, 2024-12, 1976.64, 1877.81, 98.83",
        "GEHUWDEN_AOW, 2025-01, 2053.48, 1950.81, 102.67",
        "GEHUWDEN_AOW, 2025-06, 2053.48, 1950.81, 102.67",
        "GEHUWDEN_AOW, 2025-07, 2094.98, 1990.23, 104.75",
        "GEHUWDEN_AOW, 2025-12, 2094.98, 1990.23, 104.75",
        "GEHUWDEN_AOW, 2026-01, 2144.16, 2036.95, 107.21",
        "GEHUWDEN_AOW, 2026-06, 2144.16, 2036.95, 107.21",
        "GEHUWDEN_AOW, 2026-07, 2176.10, 2067.30, 108.80",
        "GEHUWDEN_AOW, 2026-12, 2176.10, 2067.30, 108.80",
        "ALLEENSTAANDE_19, 2024-07, 323.03, 306.88, 16.15",
        "ALLEENSTAANDE_19, 2024-12, 323.03, 306.88, 16.15",
        "ALLEENSTAANDE_19, 2025-01, 332.17, 315.56, 16.61",
        "ALLEENSTAANDE_19, 2025-06, 332.17, 315.56, 16.61",
        "ALLEENSTAANDE_19, 2025-07, 337.98, 321.08, 16.90",
        "ALLEENSTAANDE_19, 2025-12, 337.98, 321.08, 16.90",
        "ALLEENSTAANDE_19, 2026-01, 345.99, 328.69, 17.30",
        "ALLEENSTAANDE_19, 2026-06, 345.99, 328.69, 17.30",
        "ALLEENSTAANDE_19, 2026-07, 350.42, 332.90, 17.52",
        "ALLEENSTAANDE_19, 2026-12, 350.42, 332.90, 17.52",
        "GEHUWDEN_BEIDEN_19, 2025-01, 664.34, 631.12, 33.22",
        "GEHUWDEN_BEIDEN_19, 2025-06, 664.34, 631.12, 33.22",
        "GEHUWDEN_BEIDEN_19, 2025-07, 675.96, 642.16, 33.80",
        "GEHUWDEN_BEIDEN_19, 2025-12, 675.96, 642.16, 33.80",
        "GEHUWDEN_BEIDEN_19, 2026-01, 691.98, 657.38, 34.60",
        "GEHUWDEN_BEIDEN_19, 2026-06, 691.98, 657.38, 34.60",
        "GEHUWDEN_BEIDEN_19, 2026-07, 700.84, 665.80, 35.04",
        "GEHUWDEN_BEIDEN_19, 2026-12, 700.84, 665.80, 35.04",
        "GEHUWDEN_BEIDEN_19_KIND, 2025-01, 1048.75, 996.31, 52.44",
        "GEHUWDEN_BEIDEN_19_KIND, 2025-06, 1048.75, 996.31, 52.44",
        "GEHUWDEN_BEIDEN_19_KIND, 2025-07, 1067.12, 1013.76, 53.36",
        "GEHUWDEN_BEIDEN_19_KIND, 2025-12, 1067.12, 1013.76, 53.36",
        "GEHUWDEN_BEIDEN_19_KIND, 2026-01, 1092.41, 1037.79, 54.62",
        "GEHUWDEN_BEIDEN_19_KIND, 2026-06, 1092.41, 1037.79, 54.62",
        "GEHUWDEN_BEIDEN_19_KIND, 2026-07, 1106.40, 1051.08, 55.32",
        "GEHUWDEN_BEIDEN_19_KIND, 2026-12, 1106.40, 1051.08, 55.32",
        "GEHUWDEN_EEN_19, 2025-01, 1293.21, 1228.55, 64.66",
        "GEHUWDEN_EEN_19, 2025-06, 1293.21, 1228.55, 64.66",
        "GEHUWDEN_EEN_19, 2025-07, 1315.88, 1250.09, 65.79",
        "GEHUWDEN_EEN_19, 2025-12, 1315.88, 1250.09, 65.79",
        "GEHUWDEN_EEN_19, 2026-01, 1347.06, 1279.71, 67.35",
        "GEHUWDEN_EEN_19, 2026-06, 1347.06, 1279.71, 67.35",
        "GEHUWDEN_EEN_19, 2026-07, 1364.32, 1296.10, 68.22",
        "GEHUWDEN_EEN_19, 2026-12, 1364.32, 1296.10, 68.22",
        "GEHUWDEN_EEN_19_KIND, 2025-01, 1677.62, 1593.74, 83.88",
        "GEHUWDEN_EEN_19_KIND, 2025-06, 1677.62, 1593.74, 83.88",
        "GEHUWDEN_EEN_19_KIND, 2025-07, 1707.04, 1621.69, 85.35",
        "GEHUWDEN_EEN_19_KIND, 2025-12, 1707.04, 1621.69, 85.35",
        "GEHUWDEN_EEN_19_KIND, 2026-01, 1747.49, 1660.12, 87.37",
        "GEHUWDEN_EEN_19_KIND, 2026-06, 1747.49, 1660.12, 87.37",
        "GEHUWDEN_EEN_19_KIND, 2026-07, 1769.88, 1681.39, 88.49",
        "GEHUWDEN_EEN_19_KIND, 2026-12, 1769.88, 1681.39, 88.49",
        "INRICHTING_ALLEENSTAANDE, 2025-07, 433.49, 411.82, 21.67",
        "INRICHTING_ALLEENSTAANDE, 2025-12, 433.49, 411.82, 21.67",
        "INRICHTING_GEHUWDEN, 2025-07, 674.29, 640.58, 33.71",
        "INRICHTING_GEHUWDEN, 2025-12, 674.29, 640.58, 33.71",
        "INRICHTING_ALLEENSTAANDE, 2026-01, 443.76, 421.57, 22.19",
        "INRICHTING_ALLEENSTAANDE, 2026-06, 443.76, 421.57, 22.19",
        "INRICHTING_GEHUWDEN, 2026-01, 690.27, 655.76, 34.51",
        "INRICHTING_GEHUWDEN, 2026-06, 690.27, 655.76, 34.51",
        "INRICHTING_ALLEENSTAANDE, 2026-07, 449.44, 426.97, 22.47",
        "INRICHTING_ALLEENSTAANDE, 2026-12, 449.44, 426.97, 22.47",
        "INRICHTING_GEHUWDEN, 2026-07, 699.11, 664.15, 34.96",
        "INRICHTING_GEHUWDEN, 2026-12, 699.11, 664.15, 34.96"
    })
    void calculatesEveryPublishedNormAndItsVakantiegeldSplit(Huishoudtype type, YearMonth periode, BigDecimal incl,
            BigDecimal excl, BigDecimal vakantiegeld) {
        Resultaat resultaat = Calculations.success(household(type, periode).periode(periode.toString()));
        assertEquals(Money.ofEuros(incl), resultaat.norm().bedrag());
        assertEquals(1, resultaat.norm().kostendelers());
        assertEquals(Money.ofEuros(incl), resultaat.uitkeringInclVakantiegeld());
        assertEquals(Money.ofEuros(excl), resultaat.uitkeringExclVakantiegeld());
        assertEquals(Money.ofEuros(vakantiegeld), resultaat.vakantiegeldReservering());
        assertEquals(List.of(Money.ofEuros(excl)), resultaat.betalingen().stream().map(Betaling::bedrag).toList());
    }

    @ParameterizedTest(name = "{0} -> {1} + {2}")
    @CsvSource({
        "1369.06, 1300.61, 68.45",
        "1078.70, 1024.77, 53.93",
        "1075.00, 1021.25, 53.75",
        "0.01, 0.01, 0.00",
        "0.10, 0.10, 0.00",
        "0.00, 0.00, 0.00"
    })
    void splitsVakantiegeldHalfUpAsThePublishedTables(BigDecimal incl, BigDecimal excl, BigDecimal vakantiegeld) {
        long inclCents = Money.ofEuros(incl).cents();
        assertEquals(Money.ofEuros(excl).cents(), Vakantiegeld.calculateExclVakantiegeld(inclCents));
        assertEquals(Money.ofEuros(vakantiegeld).cents(), Vakantiegeld.calculateVakantiegeld(inclCents));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "ALLEENSTAANDE_21, Pw art. 21 onderdeel a",
        "GEHUWDEN_21, Pw art. 21 onderdeel b",
        "ALLEENSTAANDE_AOW, Pw art. 22 onderdeel a",
        "GEHUWDEN_AOW, Pw art. 22 onderdeel b",
        "ALLEENSTAANDE_19, Pw art. 20 lid 1 onderdeel a",
        "GEHUWDEN_BEIDEN_19, Pw art. 20 lid 1 onderdeel b",
        "GEHUWDEN_BEIDEN_19_KIND, Pw art. 20 lid 2 onderdeel b",
        "GEHUWDEN_EEN_19, Pw art. 20 lid 1 onderdeel c",
        "GEHUWDEN_EEN_19_KIND, Pw art. 20 lid 2 onderdeel c",
        "INRICHTING_ALLEENSTAANDE, Pw art. 23 lid 1 onderdeel a",
        "INRICHTING_GEHUWDEN, Pw art. 23 lid 1 onderdeel b"
    })
    void namesTheArticleOfTheNorm(Huishoudtype type, String artikel) {
        YearMonth periode = YearMonth.of(2026, 1);
        Resultaat resultaat = Calculations.success(household(type, periode).periode(periode.toString()));
        assertEquals(artikel, resultaat.norm().artikel());
        assertEquals(artikel, resultaat.regels().get(0).bron());
        assertEquals("NORM", resultaat.regels().get(0).code());
    }

    @org.junit.jupiter.api.Test
    void alleenstaandeOuderOf19HasArticle20Lid2() {
        LocalDate geboren = LocalDate.of(2026, 1, 1).minusYears(19).minusMonths(2);
        Resultaat resultaat = Calculations.success(TestBerekening.alleenstaande().leefvorm(Leefvorm.ALLEENSTAANDE_OUDER)
                .geboren(geboren.toString()).kind("2025-03-01").periode("2026-01"));
        assertEquals("Pw art. 20 lid 2 onderdeel a", resultaat.norm().artikel());
        assertEquals(34599, resultaat.norm().bedrag().cents());
    }

    static TestBerekening household(Huishoudtype type, YearMonth periode) {
        LocalDate peildatum = periode.atDay(1);
        LocalDate negentien = peildatum.minusYears(19).minusMonths(2);
        LocalDate dertig = LocalDate.of(1995, 1, 1);
        LocalDate aow = LocalDate.of(1950, 1, 1);
        String kind = peildatum.minusYears(2).toString();
        return switch (type) {
            case ALLEENSTAANDE_21 -> TestBerekening.alleenstaande();
            case GEHUWDEN_21 -> TestBerekening.gehuwden(dertig, LocalDate.of(1985, 6, 15));
            case ALLEENSTAANDE_AOW -> TestBerekening.alleenstaande().geboren(aow.toString());
            case GEHUWDEN_AOW -> TestBerekening.gehuwden(dertig, aow);
            case ALLEENSTAANDE_19 -> TestBerekening.alleenstaande().geboren(negentien.toString());
            case GEHUWDEN_BEIDEN_19 -> TestBerekening.gehuwden(negentien, negentien.plusMonths(1));
            case GEHUWDEN_BEIDEN_19_KIND -> TestBerekening.gehuwden(negentien, negentien.plusMonths(1)).kind(kind);
            case GEHUWDEN_EEN_19 -> TestBerekening.gehuwden(dertig, negentien);
            case GEHUWDEN_EEN_19_KIND -> TestBerekening.gehuwden(negentien, dertig).kind(kind);
            case INRICHTING_ALLEENSTAANDE -> TestBerekening.alleenstaande().inrichting();
            case INRICHTING_GEHUWDEN -> TestBerekening.gehuwden(dertig, aow).inrichting();
        };
    }
}
