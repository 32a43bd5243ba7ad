package nl.gbi.payments;

/** The result of applying one bank verdict to one payment. */
public sealed interface Transition {

    /** The payment moves to {@code next}; {@code action} is null for an acceptance. */
    record Changed(PaymentState next, String reasonCode, ReasonAction action) implements Transition {
    }

    /** Nothing changes: the verdict was already applied, or says nothing new. */
    record NoChange(String why) implements Transition {
    }

    /** The verdict contradicts what is known (a return of a rejected payment): nothing changes, a person looks. */
    record Conflict(String why) implements Transition {
    }
}
