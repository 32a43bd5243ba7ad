package nl.gbi.ledger;

/**
 * What denying a voorschot books (L3, Pw art. 58 lid 2 d): the paid amount as a VORDERING when its payment counts,
 * nothing when it never left or came back (RELEASED, RETURNED, REJECTED), and a refusal while its batch is undecided
 * (reject the batch instead) or once the month was settled (the run has already offset the voorschot).
 */
public final class VoorschotDenial {

    /** Why a denial cannot be booked now. */
    public enum Refusal { BATCH_UNDECIDED, MONTH_SETTLED }

    /** Either a refusal or the cents of the VORDERING to book (0: none). */
    public record Decision(Refusal refusal, long vorderingCents) {

        public boolean refused() {
            return refusal != null;
        }
    }

    private VoorschotDenial() {
    }

    /**
     * @param payment the voorschot's payment, or null when none was ever made (its batch creation did not finish)
     * @param monthSettled the month of the voorschot has a settled berekening
     */
    public static Decision decide(BookedPayment payment, boolean monthSettled) {
        if (monthSettled) {
            return new Decision(Refusal.MONTH_SETTLED, 0);
        }
        if (payment == null) {
            return new Decision(null, 0);
        }
        if (payment.undecided()) {
            return new Decision(Refusal.BATCH_UNDECIDED, 0);
        }
        return new Decision(null, payment.counts() ? payment.cents() : 0);
    }
}
