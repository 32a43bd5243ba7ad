package nl.gbi.calculation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real parameter file loads (so a broken file fails the build) and holds every figure published in
 * participatiewet.md for every date; the strict parser refuses each kind of bad input.
 */
class ParameterTableTest {

    private static final ParameterTable TABLE = Calculations.TABLE;

    @ParameterizedTest(name = "{0} from {1} = {2}")
    @CsvSource({
            "NORM_21_A, 2024-01-01, 1283.83",
            "NORM_21_A, 2024-07-01, 1308.45",
            "NORM_21_A, 2025-01-01, 1345.45",
            "NORM_21_A, 2025-07-01, 1369.06",
            "NORM_21_A, 2026-01-01, 1401.50",
            "NORM_21_A, 2026-07-01, 1419.46",
            "NORM_21_B, 2024-01-01, 1834.04",
            "NORM_21_B, 2024-07-01, 1869.21",
            "NORM_21_B, 2025-01-01, 1922.07",
            "NORM_21_B, 2025-07-01, 1955.80",
            "NORM_21_B, 2026-01-01, 2002.13",
            "NORM_21_B, 2026-07-01, 2027.79",
            "NORM_22_A, 2024-07-01, 1456.85",
            "NORM_22_A, 2025-01-01, 1501.07",
            "NORM_22_A, 2025-07-01, 1530.21",
            "NORM_22_A, 2026-01-01, 1564.69",
            "NORM_22_A, 2026-07-01, 1587.34",
            "NORM_22_B, 2024-07-01, 1976.64",
            "NORM_22_B, 2025-01-01, 2053.48",
            "NORM_22_B, 2025-07-01, 2094.98",
            "NORM_22_B, 2026-01-01, 2144.16",
            "NORM_22_B, 2026-07-01, 2176.10",
            "NORM_20_A, 2024-07-01, 323.03",
            "NORM_20_A, 2025-01-01, 332.17",
            "NORM_20_A, 2025-07-01, 337.98",
            "NORM_20_A, 2026-01-01, 345.99",
            "NORM_20_A, 2026-07-01, 350.42",
            "NORM_20_1_B, 2025-01-01, 664.34",
            "NORM_20_1_B, 2025-07-01, 675.96",
            "NORM_20_1_B, 2026-01-01, 691.98",
            "NORM_20_1_B, 2026-07-01, 700.84",
            "NORM_20_2_B, 2025-01-01, 1048.75",
            "NORM_20_2_B, 2025-07-01, 1067.12",
            "NORM_20_2_B, 2026-01-01, 1092.41",
            "NORM_20_2_B, 2026-07-01, 1106.40",
            "NORM_20_1_C, 2025-01-01, 1293.21",
            "NORM_20_1_C, 2025-07-01, 1315.88",
            "NORM_20_1_C, 2026-01-01, 1347.06",
            "NORM_20_1_C, 2026-07-01, 1364.32",
            "NORM_20_2_C, 2025-01-01, 1677.62",
            "NORM_20_2_C, 2025-07-01, 1707.04",
            "NORM_20_2_C, 2026-01-01, 1747.49",
            "NORM_20_2_C, 2026-07-01, 1769.88",
            "NORM_23_A, 2025-07-01, 433.49",
            "NORM_23_B, 2025-07-01, 674.29",
            "NORM_23_A, 2026-01-01, 443.76",
            "NORM_23_B, 2026-01-01, 690.27",
            "NORM_23_A, 2026-07-01, 449.44",
            "NORM_23_B, 2026-07-01, 699.11",
            "VRIJLATING_MAX_N, 2024-01-01, 264.00",
            "VRIJLATING_MAX_N, 2024-07-01, 269.00",
            "VRIJLATING_MAX_N, 2025-07-01, 278.00",
            "VRIJLATING_MAX_N, 2026-01-01, 285.00",
            "VRIJLATING_MAX_N, 2026-07-01, 289.00",
            "VRIJLATING_MAX_R, 2024-01-01, 164.73",
            "VRIJLATING_MAX_R, 2024-07-01, 167.79",
            "VRIJLATING_MAX_R, 2025-07-01, 173.87",
            "VRIJLATING_MAX_R, 2026-01-01, 177.66",
            "VRIJLATING_MAX_R, 2026-07-01, 180.17",
            "VRIJLATING_MAX_Y, 2024-07-01, 170.18",
            "VRIJLATING_MAX_Y, 2025-07-01, 176.35",
            "VRIJLATING_MAX_Y, 2026-01-01, 180.19",
            "VRIJLATING_MAX_Y, 2026-07-01, 182.73"    })
    void holdsEveryPublishedFigureForItsWholeHalfYear(Parameter parameter, LocalDate geldigVanaf, String euros) {
        long cents = Long.parseLong(euros.replace(".", ""));
        for (int month = 0; month < 6; month++) {
            ParameterValue value = TABLE.find(parameter, YearMonth.from(geldigVanaf).plusMonths(month));
            assertNotNull(value, parameter + " " + geldigVanaf + " +" + month);
            assertEquals(cents, value.waarde());
            assertEquals(geldigVanaf, value.geldigVanaf());
        }
    }

    @ParameterizedTest(name = "{0} unknown in {1}")
    @CsvSource({
        "NORM_22_A, 2024-01", "NORM_22_B, 2024-06", "NORM_20_A, 2024-01", "NORM_20_1_B, 2024-12",
        "NORM_20_2_C, 2024-07", "NORM_23_A, 2025-06", "NORM_23_B, 2024-01", "VRIJLATING_MAX_N, 2025-01",
        "VRIJLATING_MAX_R, 2025-06", "VRIJLATING_MAX_Y, 2024-06", "VRIJLATING_MAX_Y, 2025-03", "NORM_21_A, 2023-12",
        "NORM_21_A, 2027-01", "NORM_21_B, 2027-01"
    })
    void knowsNothingWhereTheSourcesAreSilent(Parameter parameter, YearMonth month) {
        assertNull(TABLE.find(parameter, month));
        CalculationRefusal refusal = assertThrows(CalculationRefusal.class, () -> TABLE.get(parameter, month.atDay(1)));
        assertEquals(Codes.PARAMETER_ONBEKEND, refusal.fout().code());
        assertTrue(refusal.fout().melding().contains(parameter.name()) && refusal.fout().melding().contains(month.atDay(1).toString()),
                refusal.fout().melding());
    }

    @Test
    void aowLeeftijdIs67YearsEveryMonthFrom2024To2027() {
        for (YearMonth month = YearMonth.of(2024, 1); month.isBefore(YearMonth.of(2028, 1)); month = month.plusMonths(1)) {
            assertEquals(804, TABLE.find(Parameter.AOW_LEEFTIJD_MAANDEN, month).waarde(), month.toString());
        }
        assertNull(TABLE.find(Parameter.AOW_LEEFTIJD_MAANDEN, YearMonth.of(2028, 1)));
    }

    @Test
    void everyRowNamesItsPublication() {
        assertEquals(67, TABLE.rows().size());
        TABLE.rows().forEach(row -> assertTrue(row.publicatie().length() > 10, row.toString()));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiterString = " => ", value = {
        "NORM_99_Z | 2025-07-01 | 1369.06 | bron => line 1: unknown parameter key 'NORM_99_Z'",
        "NORM_21_A | 2025-07-01 | 1369.06 | bron\\nNORM_21_A | 2025-07-01 | 1369.06 | bron => NORM_21_A from 2025-07-01 overlaps or duplicates the row from 2025-07-01",
        "NORM_21_A | 2025-07-01 | 1369.06 | bron\\nNORM_21_A | 2025-07-01 | 1369.07 | other => NORM_21_A from 2025-07-01 overlaps or duplicates the row from 2025-07-01",
        "AOW_LEEFTIJD_MAANDEN | 2025-01-01 | 804 | svb\\nAOW_LEEFTIJD_MAANDEN | 2025-01-01 | 807 | svb => AOW_LEEFTIJD_MAANDEN from 2025-01-01 overlaps or duplicates the row from 2025-01-01",
        "NORM_21_A | 2025-07-01 | 1369.061 | bron => line 1: NORM_21_A value '1369.061' is not a whole number of cents written with exactly two decimals",
        "NORM_21_A | 2025-07-01 | 1369.1 | bron => line 1: NORM_21_A value '1369.1' is not a whole number of cents written with exactly two decimals",
        "NORM_21_A | 2025-07-01 | 1369 | bron => line 1: NORM_21_A value '1369' is not a whole number of cents written with exactly two decimals",
        "NORM_21_A | 2025-07-01 | 1.369,06 | bron => line 1: NORM_21_A value '1.369,06' is not a whole number of cents written with exactly two decimals",
        "NORM_21_A | 2025-07-01 | -1369.06 | bron => line 1: NORM_21_A value '-1369.06' is not a whole number of cents written with exactly two decimals",
        "AOW_LEEFTIJD_MAANDEN | 2025-01-01 | 67.5 | svb => line 1: AOW_LEEFTIJD_MAANDEN value '67.5' is not a whole number of months",
        "NORM_21_A | 2025-03-01 | 1369.06 | bron => line 1: NORM_21_A can only change on 1 January or 1 July, not 2025-03-01",
        "AOW_LEEFTIJD_MAANDEN | 2025-07-01 | 804 | svb => line 1: AOW_LEEFTIJD_MAANDEN can only change on 1 January, not 2025-07-01",
        "NORM_21_A | 2025-13-01 | 1369.06 | bron => line 1: '2025-13-01' is not a date YYYY-MM-DD",
        "NORM_21_A | 2025-07-01 | 1369.06 |  => line 1: the publication (legal source) is missing",
        "NORM_21_A | 2025-07-01 | 1369.06 => line 1: expected 4 fields separated by |, found 3",
        "# only a comment => the table has no rows"
    })
    void refusesBadInput(String text, String problem) {
        ParameterTableException e = assertThrows(ParameterTableException.class, () -> ParameterTableParser.parse(text.replace("\\n", "\n")));
        assertEquals(java.util.List.of(problem), e.problems());
    }

    @Test
    void reportsEveryProblemAtOnceWithItsLine() {
        String text = "# header\nNORM_21_A | 2025-07-01 | 1369.06 | ok\nNORM_XX | 2025-07-01 | 1.00 | x\n\nNORM_21_B | 2025-07-01 | 19.5 | x\n";
        ParameterTableException e = assertThrows(ParameterTableException.class, () -> ParameterTableParser.parse(text));
        assertEquals(2, e.problems().size());
        assertTrue(e.problems().get(0).startsWith("line 3:") && e.problems().get(1).startsWith("line 5:"), e.problems().toString());
    }

    @Test
    void aRowIsValidForItsHalfYearOnlyNeverLonger() {
        ParameterTable table = ParameterTableParser.parse("NORM_21_A | 2025-07-01 | 1369.06 | bron\nNORM_21_A | 2026-07-01 | 1419.46 | bron");
        assertEquals(136906, table.find(Parameter.NORM_21_A, YearMonth.of(2025, 12)).waarde());
        assertNull(table.find(Parameter.NORM_21_A, YearMonth.of(2026, 1)));
        assertNull(table.find(Parameter.NORM_21_A, YearMonth.of(2025, 6)));
        assertEquals(141946, table.find(Parameter.NORM_21_A, YearMonth.of(2026, 7)).waarde());
        assertNull(table.find(Parameter.NORM_21_B, YearMonth.of(2025, 7)));
    }
}
