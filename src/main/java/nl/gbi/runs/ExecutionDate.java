package nl.gbi.runs;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import nl.gbi.domain.Tenant;

/**
 * The requested execution date of a period's payments. The tenant pays on its betaaldag, in the period's own
 * month or (paid in arrears) the next; a betaaldag past the month's end means its last day.
 *
 * <p>Engine rule: SEPA credit transfers settle on TARGET2 business days only (ECB, "TARGET2 calendar": every
 * day but Saturday, Sunday, 1 January, Good Friday, Easter Monday, 1 May, 25 and 26 December). A betaaldag
 * that is not one moves to the business day before it — money early rather than late — unless that leaves
 * the month, in which case it moves to the first business day after it.
 */
public final class ExecutionDate {

    private ExecutionDate() {
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
