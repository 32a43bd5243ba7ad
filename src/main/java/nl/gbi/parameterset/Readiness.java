package nl.gbi.parameterset;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * Whether the figures are there in time: the first month from today without approved figures, the days until its
 * first day (negative once it has begun) and whether ops must be warned, from {@link #WARN_DAYS} days before.
 * SZW publishes a half-year's figures a few weeks before it starts (1-1-2026's on 10-12-2025), so 45 days before
 * 1 January is mid-November: early enough to chase them, late enough not to warn every day of the year.
 */
public record Readiness(YearMonth ontbreektVanaf, long dagen, boolean waarschuwing) {

    public static final int WARN_DAYS = 45;
    /** How far ahead is looked: two half-years. */
    static final int HORIZON_MONTHS = 13;

    public static Readiness of(EffectiveParameters parameters, LocalDate today) {
        YearMonth unknown = parameters.firstUnknown(YearMonth.from(today), HORIZON_MONTHS);
        if (unknown == null) {
            return new Readiness(null, ChronoUnit.DAYS.between(today, YearMonth.from(today).plusMonths(HORIZON_MONTHS)
                    .atDay(1)), false);
        }
        long days = ChronoUnit.DAYS.between(today, unknown.atDay(1));
        return new Readiness(unknown, days, days <= WARN_DAYS);
    }
}
