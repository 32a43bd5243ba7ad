package nl.gbi.batches;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.gbi.payments.BankVerdict;
import nl.gbi.payments.PaymentTransitions;
import nl.gbi.payments.Transition;

/**
 * What applying one bank file did: payments changed (with the action each reason code requires), payments
 * the file said nothing new about, and conflicts a person must look at. Built by {@link #apply}, pure.
 */
public record ReportOutcome(String messageId, List<Change> changes, int unchanged, List<Note> conflicts) {

    /** One payment that moves to a new state. */
    public record Change(SentPayment payment, Transition.Changed transition) {
    }

    /** One payment and why nothing changed for it. */
    public record Note(String endToEndId, String why) {
    }

    public ReportOutcome {
        changes = List.copyOf(changes);
        conflicts = List.copyOf(conflicts);
    }

    /** Applies the verdict {@code verdictOf} gives each payment through {@link PaymentTransitions}. */
    public static ReportOutcome apply(String messageId, List<SentPayment> payments,
            Function<SentPayment, Optional<BankVerdict>> verdictOf) {
        List<Change> changes = new ArrayList<>();
        List<Note> conflicts = new ArrayList<>();
        int unchanged = 0;
        for (SentPayment payment : payments) {
            Optional<BankVerdict> verdict = verdictOf.apply(payment);
            if (verdict.isEmpty()) {
                unchanged++;
                continue;
            }
            Transition transition = PaymentTransitions.apply(payment.state(), payment.reasonCode(), verdict.get());
            if (transition instanceof Transition.Changed changed) {
                changes.add(new Change(payment, changed));
            } else if (transition instanceof Transition.Conflict conflict) {
                conflicts.add(new Note(payment.endToEndId(), conflict.why()));
            } else {
                unchanged++;
            }
        }
        return new ReportOutcome(messageId, changes, unchanged, conflicts);
    }

    /** One line for the audit trail. */
    public String summary() {
        return "bericht=" + messageId + " gewijzigd=" + changes.size() + " ongewijzigd=" + unchanged + " conflicten="
                + conflicts.size();
    }
}
