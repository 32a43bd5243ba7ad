package nl.gbi.ledger;

import java.time.YearMonth;

/** One live booking of a dossier's month; {@code cents} may be negative for a RESERVERING only. */
public record LedgerBooking(YearMonth periode, BookingKind kind, long cents) {

    public LedgerBooking {
        if (cents == 0 || (cents < 0 && kind != BookingKind.RESERVERING)) {
            throw new IllegalArgumentException("a " + kind + " booking of " + cents + " cents");
        }
    }
}
