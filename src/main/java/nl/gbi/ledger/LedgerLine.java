package nl.gbi.ledger;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nl.gbi.calculation.CoupleSplit;
import nl.gbi.domain.Betaalrekening;
import nl.gbi.domain.BetalingSoort;
import nl.gbi.domain.Iban;

/**
 * A payment line the ledger asks for: a month's own line (a calculated betaling, a late month's NABETALING, a
 * correction's NABETALING numbered by its version) or a vakantiegeld payout. {@code kenmerk} is the third party's
 * reference of a calculated betaling (null otherwise); {@code versie} the version the line settles.
 */
public record LedgerLine(YearMonth periode, BetalingSoort soort, long cents, Iban iban, String naam, String kenmerk,
                         int lineNo, int versie, Origin origin) {

    /**
     * Added to the line number of the partner's half of a line the ledger makes itself (a correction's NABETALING,
     * a vakantiegeld payout) when the spouses are paid in halves (Pw art. 45 lid 4), so both halves have a place of
     * their own in the "paid once" index; versions stay far below it.
     */
    public static final int PARTNER_HALF = 1_000_000;

    /** Why the line exists, for its remittance text. */
    public enum Origin { MONTH, LATE_MONTH, CORRECTION, PAYOUT }

    /**
     * A line of the ledger's own to the client; when the version pays the spouses in halves ({@code partner} not
     * null), two: the aanvrager's half (with the odd cent, rule E18) at {@code lineNo} and the partner's half at
     * {@link #PARTNER_HALF} + {@code lineNo}. A half of 0 cents is not paid.
     */
    public static List<LedgerLine> toClient(YearMonth periode, BetalingSoort soort, long cents, int lineNo, int versie,
                                            Origin origin, Iban clientIban, String clientNaam, Betaalrekening partner) {
        if (partner == null) {
            return List.of(new LedgerLine(periode, soort, cents, clientIban, clientNaam, null, lineNo, versie, origin));
        }
        List<LedgerLine> lines = new ArrayList<>(2);
        long aanvrager = CoupleSplit.aanvragerCents(cents);
        long half = CoupleSplit.partnerCents(cents);
        if (aanvrager > 0) {
            lines.add(new LedgerLine(periode, soort, aanvrager, clientIban, clientNaam, null, lineNo, versie, origin));
        }
        if (half > 0) {
            lines.add(new LedgerLine(periode, soort, half, partner.iban(), partner.tenaamstelling(), null,
                    PARTNER_HALF + lineNo, versie, origin));
        }
        return lines;
    }

    public LedgerLine {
        if (cents <= 0) {
            throw new IllegalArgumentException("a payment line is positive: " + cents);
        }
    }
}
