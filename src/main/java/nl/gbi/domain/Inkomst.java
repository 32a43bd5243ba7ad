package nl.gbi.domain;

import java.time.YearMonth;

/**
 * Netto income in the month. {@code vrijlating} and {@code vrijlatingSinds} are both null or both set;
 * {@code vrijlatingSinds} is the first month the vrijlating was applied, to enforce its statutory duration.
 */
public record Inkomst(InkomstSoort soort, Money nettoBedrag, Vrijlating vrijlating, YearMonth vrijlatingSinds) {
}
