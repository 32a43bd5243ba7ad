package nl.gbi.calculation;

/**
 * Each rechthebbende spouse gets half of the client's payment (Pw art. 45 lid 4; law-and-practice-2026.md). Of an
 * odd amount the odd cent goes to the aanvrager (engine rule E18, docs/calculation.md "Couples"), so the two halves
 * always add up to the whole. Public and pure so the run can split a vakantiegeld payout the same way.
 */
public final class CoupleSplit {

    private CoupleSplit() {
    }

    /** The partner's half: cents / 2, rounded down. */
    public static long partnerCents(long cents) {
        if (cents < 0) {
            throw new IllegalArgumentException("a payment is never negative: " + cents);
        }
        return cents / 2;
    }

    /** The aanvrager's half: the rest, so aanvrager + partner == cents and the odd cent is the aanvrager's. */
    public static long aanvragerCents(long cents) {
        return cents - partnerCents(cents);
    }
}
