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
            return reject(current, currentReasonCode, rejected.reasonCode());
        }
        return giveBack(current, currentReasonCode, ((BankVerdict.Returned) verdict).reasonCode());
    }

    private static Transition accept(PaymentState current) {
        return switch (current) {
            case SENT -> new Transition.Changed(PaymentState.ACCEPTED, null, null);
            case ACCEPTED -> new Transition.NoChange("already accepted");
            case RETURNED -> new Transition.NoChange("already returned; a late acceptance changes nothing");
            case REJECTED -> new Transition.Conflict("accepted after the bank rejected it");
        };
    }

    private static Transition reject(PaymentState current, String currentReason, String reason) {
        return switch (current) {
            case SENT, ACCEPTED -> new Transition.Changed(PaymentState.REJECTED, reason, ReasonAction.forCode(reason));
            case REJECTED -> Objects.equals(currentReason, reason)
                    ? new Transition.NoChange("already rejected with " + reason)
                    : new Transition.Conflict("rejected with " + reason + " but already rejected with " + currentReason);
            case RETURNED -> new Transition.Conflict("rejected after it was returned");
        };
    }

    private static Transition giveBack(PaymentState current, String currentReason, String reason) {
        return switch (current) {
            case SENT, ACCEPTED -> new Transition.Changed(PaymentState.RETURNED, reason, ReasonAction.forCode(reason));
            case RETURNED -> Objects.equals(currentReason, reason)
                    ? new Transition.NoChange("already returned with " + reason)
                    : new Transition.Conflict("returned with " + reason + " but already returned with " + currentReason);
            case REJECTED -> new Transition.Conflict("returned although the bank rejected it: the money never left");
        };
    }
}
