package nl.gbi.runs;

/** Why a calculated line is not paid. */
public enum SkipReason {
    /** The bank said this IBAN is wrong for this dossier (AC01, AC04, AG01) and no new IBAN came in. */
    BLOCKED_IBAN,
    /** The bank said the client died (MD07); no payment until someone looks at the dossier. */
    STOPPED_DOSSIER,
    /** The same original line was paid before: a rerun of the period never pays twice. */
    ALREADY_PAID,
    /**
     * The period was paid before with amounts this result no longer has (a new version of the berekening):
     * the difference is herberekening (a correction), never an extra payment. The whole dossier waits.
     */
    CHANGED_SINCE_PAID,
    /**
     * A payment the bank returned with AC01, AC04 or AG01 is not paid again yet: no other IBAN came in, the new
     * one is blocked too, or it was a third party's payment (a person pays it). Keyed by the returned payment.
     */
    RETURNED_NOT_REPAID
}
