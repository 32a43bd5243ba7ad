package nl.gbi.payments;

import java.util.Objects;

/**
 * The next state of a payment given its current state, its current reason code and a bank verdict. Applying
 * the same verdict to the state it produced changes nothing, so a report applied twice is harmless.
 *
 * <pre>
 *   SENT     --accepted--> ACCEPTED   --rejected--> REJECTED (a later RJCT after technical acceptance)
 *   SENT     --rejected--> REJECTED
 *   SENT, ACCEPTED --returned--> RETURNED
 * </pre>
 * Anything else is no change (already there) or a conflict for a person (e.g. a return of a payment the bank
 * rejected: the money never left).
 */
public final class PaymentTransitions {

    private PaymentTransitions() {
    }

    public static Transition apply(PaymentState current, String currentReasonCode, BankVerdict verdict) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(verdict, "verdict");
        if (verdict instanceof BankVerdict.Accepted) {
            return accept(current);
        }
        if (verdict instanceof BankVerdict.Rejected rejected) {
            return settle(current, currentReasonCode, PaymentState.REJECTED, rejected.reasonCode());
        }
        return settle(current, currentReasonCode, PaymentState.RETURNED, ((BankVerdict.Returned) verdict).reasonCode());
    }

    private static Transition accept(PaymentState current) {
        return switch (current) {
            case SENT -> new Transition.Changed(PaymentState.ACCEPTED, null, null);
            case ACCEPTED -> new Transition.NoChange("already accepted");
            case RETURNED -> new Transition.NoChange("already returned; a late acceptance changes nothing");
            case REJECTED -> new Transition.Conflict("accepted after the bank rejected it");
        };
    }

    /** Rejection and return: the first verdict with a reason moves the payment; repeating it changes nothing. */
    private static Transition settle(PaymentState current, String currentReason, PaymentState target, String reason) {
        if (current == PaymentState.SENT || current == PaymentState.ACCEPTED) {
            return new Transition.Changed(target, reason, ReasonAction.forCode(reason));
        }
        if (current != target) {
            return new Transition.Conflict(target + " with " + reason + " but the payment is already " + current
                    + (current == PaymentState.REJECTED ? ": the money never left" : ""));
        }
        return Objects.equals(currentReason, reason)
                ? new Transition.NoChange("already " + target + " with " + reason)
                : new Transition.Conflict(target + " with " + reason + " but already " + target + " with "
                        + currentReason);
    }
}
