package nl.gbi.batches;

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

    @ParameterizedTest(name = "wanted {0}, now {1} (Amsterdam), cut-off {2}, instant {3} -> {4}")
    @CsvSource({
            "2026-03-24, 2026-03-20T10:00, 14:30, false, 2026-03-24",  // made before its day: as asked
            "2026-03-24, 2026-03-24T10:00, 14:30, false, 2026-03-24",  // on its day, before the cut-off: today
            "2026-03-24, 2026-03-24T15:00, 14:30, false, 2026-03-25",  // on its day, after the cut-off: tomorrow
            "2026-03-24, 2026-03-24T10:00,      , false, 2026-03-25",  // no cut-off: never the same day
            "2026-03-24, 2026-03-26T09:00, 14:30, false, 2026-03-26",  // late: today, the cut-off allows it
            "2026-03-24, 2026-03-27T16:00, 14:30, false, 2026-03-30",  // late on a Friday afternoon: Monday
            "2026-03-24, 2026-03-28T09:00, 14:30, false, 2026-03-30",  // late on a Saturday: Monday
            "2026-03-24, 2026-04-02T17:00, 14:30, false, 2026-04-07",  // before Easter: past Good Friday and Easter Monday
            "2026-12-24, 2026-12-24T15:00, 14:30, false, 2026-12-28",  // Christmas Eve afternoon: past 25 and 26 December
            "2026-12-24, 2026-12-31T15:00, 14:30, false, 2027-01-04",  // New Year's Eve: past 1 January and the weekend
            "2026-03-24, 2026-03-28T09:00,      , true,  2026-03-28",  // SEPA Instant: any day, never back in time
            "2026-03-24, 2026-03-24T23:30, 14:30, false, 2026-03-25"}) // 23:30 Amsterdam is still 24 March
    void aBatchIsNeverExecutedInThePast(String wanted, String now, String cutOff, boolean instant, String expected) {
        Tenant tenant = withCutOff(cutOff == null ? null : java.time.LocalTime.parse(cutOff));
        java.time.Instant at = java.time.LocalDateTime.parse(now).atZone(java.time.ZoneId.of("Europe/Amsterdam")).toInstant();
        ExecutionDate.Planned planned = ExecutionDate.plan(tenant, LocalDate.parse(wanted), at, instant);
        assertEquals(LocalDate.parse(expected), planned.date());
        assertEquals(!wanted.equals(expected), planned.moved());
    }

    private static Tenant withCutOff(java.time.LocalTime cutOff) {
        Tenant t = tenant(24, false);
        return new Tenant(t.gemeentecode(), t.naam(), t.debtorIban(), t.debtorBic(), t.betaaldag(), t.paidInArrears(),
                t.vakantiegeldPayoutMonth(), t.allowedVerlagingPercentages(), t.verlagingBase(), t.maxTransactionsPerFile(),
                t.secondApprovalThreshold(), 100, false, cutOff, null);
    }

    private static Tenant tenant(int betaaldag, boolean arrears) {
        return new Tenant("GM0014", "Gemeente Groningen", new Iban("NL50BNGH9999000014"), "BNGHNL2G", betaaldag, arrears,
                Month.JUNE, Set.of(5, 30, 100), VerlagingBase.NORM_INCL_VAKANTIEGELD, 10_000, Money.ofCents(100_000_000));
    }
}
