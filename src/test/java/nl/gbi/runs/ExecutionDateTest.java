package nl.gbi.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Set;
import nl.gbi.domain.Iban;
import nl.gbi.domain.Money;
import nl.gbi.domain.Tenant;
import nl.gbi.domain.VerlagingBase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExecutionDateTest {

    @ParameterizedTest(name = "betaaldag {0}, arrears {1}, periode {2} -> {3}")
    @CsvSource({
            "24, false, 2025-07, 2025-07-24",   // a Thursday: as it is
            "24, false, 2025-08, 2025-08-22",   // Sunday 24 August -> Friday before
            "31, false, 2026-02, 2026-02-27",   // past the end of February: Saturday 28 -> Friday 27
            "1,  true,  2025-12, 2026-01-02",   // New Year's Day; the day before is in December -> the day after
            "1,  false, 2026-05, 2026-05-04",   // 1 May (Friday), weekend after -> Monday 4 May
            "3,  false, 2026-04, 2026-04-02",   // Good Friday 2026 -> Thursday
            "6,  false, 2026-04, 2026-04-02",   // Easter Monday -> back past the weekend and Good Friday
            "25, false, 2025-12, 2025-12-24",   // Christmas -> Christmas Eve
            "10, true,  2026-06, 2026-07-10"})  // paid in arrears: the month after the period
    void theBetaaldagMovesToATarget2BusinessDay(int betaaldag, boolean arrears, String periode, String expected) {
        assertEquals(LocalDate.parse(expected), ExecutionDate.forPeriode(tenant(betaaldag, arrears), YearMonth.parse(periode)));
    }

    @ParameterizedTest
    @CsvSource({"2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28"})
    void easterIsTheGregorianOne(int year, String sunday) {
        assertEquals(LocalDate.parse(sunday), ExecutionDate.easterSunday(year));
    }

    @ParameterizedTest
    @CsvSource({"2026-01-01", "2026-04-03", "2026-04-06", "2026-05-01", "2026-12-25", "2026-12-26", "2026-11-21", "2026-11-22"})
    void target2IsClosedOn(String date) {
        assertFalse(ExecutionDate.isTarget2BusinessDay(LocalDate.parse(date)));
    }

    @ParameterizedTest
    @CsvSource({"2026-04-27", "2026-05-05", "2026-12-24", "2026-12-31", "2026-11-23"})
    void target2IsOpenOnDutchHolidaysThatAreNotItsOwn(String date) {
        assertTrue(ExecutionDate.isTarget2BusinessDay(LocalDate.parse(date)));
    }

    private static Tenant tenant(int betaaldag, boolean arrears) {
        return new Tenant("GM0014", "Gemeente Groningen", new Iban("NL50BNGH9999000014"), "BNGHNL2G", betaaldag, arrears,
                Month.JUNE, Set.of(5, 30, 100), VerlagingBase.NORM_INCL_VAKANTIEGELD, 10_000, Money.ofCents(100_000_000));
    }
}
