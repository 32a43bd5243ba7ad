package nl.gbi.runs;

import java.util.Optional;
import nl.gbi.batches.PaymentLine;
import nl.gbi.domain.Iban;
import nl.gbi.payments.ReasonAction;

/**
 * Whether a betaalrun pays a returned payment again (sepa.md, "Returns"). Only a return whose reason blocks
 * the IBAN (AC01, AC04, AG01) is offered again, and only once the municipality has given the dossier another
 * IBAN: then a correction of the same amount and kind goes to the dossier's current IBAN and tenaamstelling.
 * A client's own payment only: a third party's new account is not the dossier's. Until then the payment is
 * reported as not repaid. Every other reason code (RR01-RR04, MD07, AC06, ...) waits for a person and is
 * never offered again here, until a person decides (docs/werkvoorraad.md): one settled outside the engine is not the
 * run's business any more; one released after a compliance review is paid again, to the dossier's current account
 * when it is the client's own payment and that account is valid and not blocked, else to the account it was made to.
 */
final class Repayment {

    private Repayment() {
    }

    /** The correction to pay, or the reason it is not paid; empty when the code is not the run's business. */
    static Optional<RunLine> of(ReturnedPayment returned) {
        if (ReturnedPayment.BUITEN_ENGINE.equals(returned.afhandeling())) {
            return Optional.empty();
        }
        if (ReturnedPayment.VRIJGEGEVEN.equals(returned.afhandeling())) {
            return Optional.of(released(returned));
        }
        ReasonAction action = ReasonAction.forCode(returned.reasonCode());
        if (!action.blocksIban()) {
            return Optional.empty();
        }
        if (returned.stoppedCode() != null) {
            return Optional.of(new RunLine(line(returned, returned.creditorIban(), returned.creditorName()),
                    SkipReason.STOPPED_DOSSIER, returned.stoppedCode()));
        }
        boolean replaced = returned.blockLifted() && !returned.currentBlocked() && returned.soort().clientOwnPayment()
                && returned.currentIban() != null && returned.currentName() != null
                && Iban.check(returned.currentIban()) == Iban.Problem.NONE
                && !returned.currentIban().equals(returned.creditorIban().value());
        if (action.mayOfferAgain(replaced)) {
            return Optional.of(new RunLine(line(returned, new Iban(returned.currentIban()), returned.currentName()),
                    null, null));
        }
        return Optional.of(new RunLine(line(returned, returned.creditorIban(), returned.creditorName()),
                SkipReason.RETURNED_NOT_REPAID, returned.reasonCode()));
    }

    private static RunLine released(ReturnedPayment returned) {
        if (returned.stoppedCode() != null) {
            return new RunLine(line(returned, returned.creditorIban(), returned.creditorName()), SkipReason.STOPPED_DOSSIER,
                    returned.stoppedCode());
        }
        boolean current = returned.soort().clientOwnPayment() && !returned.currentBlocked()
                && returned.currentIban() != null && returned.currentName() != null
                && Iban.check(returned.currentIban()) == Iban.Problem.NONE;
        return current ? new RunLine(line(returned, new Iban(returned.currentIban()), returned.currentName()), null, null)
                : new RunLine(line(returned, returned.creditorIban(), returned.creditorName()), null, null);
    }

    private static PaymentLine line(ReturnedPayment returned, Iban iban, String name) {
        return new PaymentLine(returned.dossierId(), returned.periode(), returned.soort(), returned.amount(), iban,
                name, remittance(returned), null, returned.seq());
    }

    /** Says which payment this repays, by its EndToEndId, then the original text as far as it fits. */
    static String remittance(ReturnedPayment returned) {
        String text = "Herbetaling " + returned.endToEndId() + " / " + returned.remittance();
        return ChunkCalculation.fitRemittance(text);
    }
}
