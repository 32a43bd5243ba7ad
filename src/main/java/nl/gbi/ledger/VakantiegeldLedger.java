package nl.gbi.ledger;

import java.time.Month;
import java.time.YearMonth;
import nl.gbi.domain.Money;

/**
 * The per-dossier vakantiegeld reserve (participatiewet.md §6): each month's reservation is added; once a year,
 * in the tenant's payout month, the reserve is paid out, and with the last payment when the right ends.
 *
 * <p>Engine rule: the payout month pays what was reserved in the twelve months before it (default June pays
 * June–May), so the payout month's own reservation starts the next year's reserve. In the month a right ends
 * everything is paid: the reserve and that month's reservation.
 */
public final class VakantiegeldLedger {

    /** The reserve after this month, and what is paid out this month (zero in most months). */
    public record Booking(Money balance, Money payout) {
    }

    private VakantiegeldLedger() {
    }

    public static Booking book(Money balanceBefore, Money reservation, YearMonth periode, Month payoutMonth,
                              boolean rightEndsThisMonth) {
        if (balanceBefore.isNegative() || reservation.isNegative()) {
            throw new IllegalArgumentException("a vakantiegeld reserve or reservation is never negative");
        }
        if (rightEndsThisMonth) {
            return new Booking(Money.ZERO, balanceBefore.plus(reservation));
        }
        if (periode.getMonth() == payoutMonth) {
            return new Booking(reservation, balanceBefore);
        }
        return new Booking(balanceBefore.plus(reservation), Money.ZERO);
    }
}
