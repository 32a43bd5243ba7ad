package nl.gbi.ledger;

import java.time.YearMonth;
import nl.gbi.domain.BetalingSoort;
import nl.gbi.domain.Iban;

/**
 * A payment line the ledger asks for: a month's own line (a calculated betaling, a late month's NABETALING, a
 * correction's NABETALING numbered by its version) or a vakantiegeld payout. {@code kenmerk} is the third party's
 * reference of a calculated betaling (null otherwise); {@code versie} the version the line settles.
 */
public record LedgerLine(YearMonth periode, BetalingSoort soort, long cents, Iban iban, String naam, String kenmerk,
                         int lineNo, int versie, Origin origin) {

    /** Why the line exists, for its remittance text. */
    public enum Origin { MONTH, LATE_MONTH, CORRECTION, PAYOUT }

    public LedgerLine {
        if (cents <= 0) {
            throw new IllegalArgumentException("a payment line is positive: " + cents);
        }
    }
}
