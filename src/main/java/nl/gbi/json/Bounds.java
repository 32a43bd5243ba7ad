package nl.gbi.json;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The sane range of every period and date the engine takes in. A period outside 2000-01…2099-12 is a
 * typing error upstream (or an attack on date arithmetic: {@code +999999999-12} is a valid YearMonth);
 * the parameter table then decides which of the periods inside can be calculated. Dates reach back to 1900
 * because people are born and rights began before 2000.
 */
public final class Bounds {

    public static final YearMonth PERIODE_MIN = YearMonth.of(2000, 1);
    public static final YearMonth PERIODE_MAX = YearMonth.of(2099, 12);
    public static final LocalDate DATUM_MIN = LocalDate.of(1900, 1, 1);
    public static final LocalDate DATUM_MAX = LocalDate.of(2099, 12, 31);

    static final String CODE = "BUITEN_BEREIK";

    private Bounds() {
    }

    public static boolean contains(YearMonth periode) {
        return !periode.isBefore(PERIODE_MIN) && !periode.isAfter(PERIODE_MAX);
    }

    public static boolean contains(LocalDate datum) {
        return !datum.isBefore(DATUM_MIN) && !datum.isAfter(DATUM_MAX);
    }

    static String periodeMelding() {
        return "Verwacht een periode van " + PERIODE_MIN + " tot en met " + PERIODE_MAX;
    }

    static String datumMelding() {
        return "Verwacht een datum van " + DATUM_MIN + " tot en met " + DATUM_MAX;
    }
}
