package nl.gbi.batches;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import nl.gbi.domain.Tenant;

/**
 * The requested execution date of a period's payments. The tenant pays on its betaaldag, in the period's own
 * month or (paid in arrears) the next; a betaaldag past the month's end means its last day.
 *
 * <p>Engine rule: SEPA credit transfers settle on TARGET2 business days only (ECB, "TARGET2 calendar": every
 * day but Saturday, Sunday, 1 January, Good Friday, Easter Monday, 1 May, 25 and 26 December). A betaaldag
 * that is not one moves to the business day before it — money early rather than late — unless that leaves
 * the month, in which case it moves to the first business day after it.
 *
 * <p>Never in the past ({@link #plan}): a batch made on or after its wanted date (a run started after its
 * betaaldag, a voorschot paid today) is executed today when today is a business day and the tenant's cut-off
 * ({@link Tenant#cutOffTime()}) has not passed, else on the next business day; a SEPA Instant batch settles any
 * day, so it only never goes back in time. The bank refuses or moves a requested execution date in the past (EPC
 * SCT rulebook: the debtor bank executes on the requested date; docs/sepa.md).
 */
public final class ExecutionDate {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private ExecutionDate() {
    }

    /** The date a batch gets, against the one it asked for; {@link #moved()} when they differ. */
    public record Planned(LocalDate wanted, LocalDate date) {

        public boolean moved() {
            return !wanted.equals(date);
        }
    }

    /** The execution date of a batch asking for {@code wanted}, made at {@code now}. */
    public static Planned plan(Tenant tenant, LocalDate wanted, Instant now, boolean instant) {
        ZonedDateTime local = now.atZone(AMSTERDAM);
        LocalDate today = local.toLocalDate();
        if (wanted.isAfter(today)) {
            return new Planned(wanted, wanted);
        }
        if (instant) {
            return new Planned(wanted, today);
        }
        boolean todayStillPossible = isTarget2BusinessDay(today) && tenant.cutOffTime() != null
                && local.toLocalTime().isBefore(tenant.cutOffTime());
        if (todayStillPossible) {
            return new Planned(wanted, today);
        }
        LocalDate next = today.plusDays(1);
        while (!isTarget2BusinessDay(next)) {
            next = next.plusDays(1);
        }
        return new Planned(wanted, next);
    }

    public static LocalDate forPeriode(Tenant tenant, YearMonth periode) {
        YearMonth month = tenant.paidInArrears() ? periode.plusMonths(1) : periode;
        LocalDate betaaldag = month.atDay(Math.min(tenant.betaaldag(), month.lengthOfMonth()));
        LocalDate earlier = betaaldag;
        while (!isTarget2BusinessDay(earlier)) {
            earlier = earlier.minusDays(1);
        }
        if (YearMonth.from(earlier).equals(month)) {
            return earlier;
        }
        LocalDate later = betaaldag;
        while (!isTarget2BusinessDay(later)) {
            later = later.plusDays(1);
        }
        return later;
    }

    public static boolean isTarget2BusinessDay(LocalDate date) {
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        LocalDate easter = easterSunday(date.getYear());
        boolean fixedHoliday = (date.getMonth() == Month.JANUARY && date.getDayOfMonth() == 1)
                || (date.getMonth() == Month.MAY && date.getDayOfMonth() == 1)
                || (date.getMonth() == Month.DECEMBER && (date.getDayOfMonth() == 25 || date.getDayOfMonth() == 26));
        return !fixedHoliday && !date.equals(easter.minusDays(2)) && !date.equals(easter.plusDays(1));
    }

    /** Gregorian Easter Sunday (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
