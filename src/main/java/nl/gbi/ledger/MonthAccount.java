package nl.gbi.ledger;

import java.time.YearMonth;

/**
 * One month of one dossier as the ledger sees it (docs/ledger.md, "the month's account"): what the latest settled
 * version gives ({@code dueCents}, its uitkering incl. vakantiegeld; 0 for a month without a berekening, e.g. a
 * denied voorschot) against what was booked for the month.
 *
 * <ul>
 *   <li>{@code paidCents}: the month's live payments — every kind but VAKANTIEGELD payouts (they come out of the
 *       reserve, not out of a month), voorschotten included; a payment counts unless RELEASED, RETURNED or
 *       REJECTED (a repayment of a returned payment counts in its place);</li>
 *   <li>{@code reservedCents}: vakantiegeld reserved for the month (RESERVERING bookings, corrections included);</li>
 *   <li>{@code offsetCents}: what was withheld from the month's own uitkering (VERREKENING and AFLOSSING
 *       bookings);</li>
 *   <li>{@code vorderingCents}: what was paid for the month beyond its due (VORDERING bookings).</li>
 * </ul>
 * The month balances when paid + reserved + offset − vordering = due.
 */
public record MonthAccount(String dossierId, YearMonth periode, Integer versie, long dueCents, long paidCents,
                           long reservedCents, long offsetCents, long vorderingCents) {

    /** Positive: still to pay for the month; negative: paid beyond its due without a vordering; 0: settled. */
    public long unsettledCents() {
        return Math.subtractExact(dueCents,
                Math.addExact(Math.addExact(paidCents, reservedCents), Math.subtractExact(offsetCents, vorderingCents)));
    }

    public boolean balances() {
        return unsettledCents() == 0;
    }
}
