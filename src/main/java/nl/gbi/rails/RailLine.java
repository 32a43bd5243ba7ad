package nl.gbi.rails;

import java.time.YearMonth;

/** One payment of a batch as the rails need it: whose, which month and kind, how much, to which account. */
public record RailLine(String dossierId, YearMonth periode, String soort, long amountCents, String creditorIban) {
}
