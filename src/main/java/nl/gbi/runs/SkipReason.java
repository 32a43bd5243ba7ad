package nl.gbi.runs;

/** Why a calculated line is not paid. */
public enum SkipReason {
    /**
     * Not a skip: a batch of this very run holds the line already. The batch step makes a tenant's parts one after
     * another ({@link BatchParts}); retried after a crash between two parts, it makes only the parts still missing.
     * Never stored or reported.
     */
    PAID_IN_THIS_RUN,
    /** The bank said this IBAN is wrong for this dossier (AC01, AC04, AG01) and no new IBAN came in. */
    BLOCKED_IBAN,
    /** The bank said the client died (MD07); no payment until someone looks at the dossier. */
    STOPPED_DOSSIER,
    /**
     * This very line was paid before (an original line by dossier, period, kind and ordinal; a NABETALING by the
     * version it corrects): a rerun of the period never pays twice.
     */
    ALREADY_PAID,
    /**
     * A herberekening of a period that waits: a payment of that period is still in a batch that may be rejected, so
     * what the period was settled with is not known yet. Keyed by the changed version; the next run takes it up.
     */
    HERBEREKENING_WAITS,
    /**
     * A payment the bank returned with AC01, AC04 or AG01 is not paid again yet: no other IBAN came in, the new
     * one is blocked too, or it was a third party's payment (a person pays it). Keyed by the returned payment.
     */
    RETURNED_NOT_REPAID
}
