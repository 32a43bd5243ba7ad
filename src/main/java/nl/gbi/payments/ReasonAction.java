package nl.gbi.payments;

import java.util.Map;

/**
 * What must happen after a rejection or a return, per ISO 20022 reason code (sepa.md, "Status and returns").
 * A code not listed needs a person: {@link #MANUAL_FOLLOW_UP}. None of these pays again by itself, except
 * {@link #BLOCK_IBAN_AWAIT_NEW} once the municipality has submitted a different IBAN.
 */
public enum ReasonAction {
    /** AC01, AC04, AG01: the account is wrong, closed or blocked. Block this IBAN, ask for a new one; the
     *  payment is offered again in the next run once a different IBAN is on the dossier. */
    BLOCK_IBAN_AWAIT_NEW,
    /** AC06, MS02, MS03 and every unknown code: a finance officer looks at it. */
    MANUAL_FOLLOW_UP,
    /** MD07, the client is deceased: stop every payment of the dossier and hand it to a case worker. */
    STOP_DOSSIER,
    /** RR01-RR04, regulatory reasons: compliance review, never an automatic retry. */
    COMPLIANCE_REVIEW,
    /** AM05, a duplicate: check whether the payment was made twice before anything else. */
    DUPLICATE_CHECK;

    private static final Map<String, ReasonAction> BY_CODE = Map.ofEntries(
            Map.entry("AC01", BLOCK_IBAN_AWAIT_NEW), Map.entry("AC04", BLOCK_IBAN_AWAIT_NEW),
            Map.entry("AG01", BLOCK_IBAN_AWAIT_NEW),
            Map.entry("AC06", MANUAL_FOLLOW_UP), Map.entry("MS02", MANUAL_FOLLOW_UP),
            Map.entry("MS03", MANUAL_FOLLOW_UP),
            Map.entry("MD07", STOP_DOSSIER),
            Map.entry("RR01", COMPLIANCE_REVIEW), Map.entry("RR02", COMPLIANCE_REVIEW),
            Map.entry("RR03", COMPLIANCE_REVIEW), Map.entry("RR04", COMPLIANCE_REVIEW),
            Map.entry("AM05", DUPLICATE_CHECK));

    /** The action for {@code reasonCode}; unknown or missing codes need a person. */
    public static ReasonAction forCode(String reasonCode) {
        return reasonCode == null ? MANUAL_FOLLOW_UP : BY_CODE.getOrDefault(reasonCode, MANUAL_FOLLOW_UP);
    }

    /** True when the creditor IBAN of the payment must not be paid again. */
    public boolean blocksIban() {
        return this == BLOCK_IBAN_AWAIT_NEW;
    }

    /** True when no payment of the dossier may be made any more. */
    public boolean stopsDossier() {
        return this == STOP_DOSSIER;
    }

    /**
     * Whether the engine may offer the payment again in a later run by itself: only after a blocked IBAN
     * was replaced by a different one. Every other action waits for a person.
     */
    public boolean mayOfferAgain(boolean ibanReplacedSinceReturn) {
        return this == BLOCK_IBAN_AWAIT_NEW && ibanReplacedSinceReturn;
    }
}
