package nl.gbi.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/** The period of the right to bijstand; {@code einddatum} is null while it lasts. */
public record Recht(LocalDate ingangsdatum, LocalDate einddatum) {

    public boolean overlaps(YearMonth periode) {
        return !ingangsdatum.isAfter(periode.atEndOfMonth())
                && (einddatum == null || !einddatum.isBefore(periode.atDay(1)));
    }
}
