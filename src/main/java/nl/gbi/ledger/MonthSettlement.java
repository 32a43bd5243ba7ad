package nl.gbi.ledger;

import java.time.YearMonth;
import java.util.List;

/**
 * What the ledger books for one month: payment lines, bookings, and for a correction what the month was settled
 * with before ({@code settledBeforeCents}). A month that {@code waits} (a payment of it is in an undecided batch)
 * books nothing; a later run takes it up.
 */
public record MonthSettlement(YearMonth periode, int versie, MonthToSettle.Kind kind, boolean waits,
                              List<LedgerLine> lines, List<LedgerBooking> bookings, long dueCents,
                              long settledBeforeCents) {

    public MonthSettlement {
        lines = List.copyOf(lines);
        bookings = List.copyOf(bookings);
    }

    /** Settles the month's version: the run stores its result and marks the version settled. */
    public boolean settles() {
        return !waits && (kind == MonthToSettle.Kind.FIRST || kind == MonthToSettle.Kind.CORRECTION);
    }

    /** For a correction: the new due minus what the month was settled with. */
    public long differenceCents() {
        return dueCents - settledBeforeCents;
    }
}
