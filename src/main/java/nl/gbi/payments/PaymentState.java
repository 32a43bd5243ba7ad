package nl.gbi.payments;

/**
 * Where a payment stands with the bank. {@code SENT} is the only state a bank answer starts from for the
 * first time; no report is not success, so a payment stays {@code SENT} until the bank says otherwise.
 */
public enum PaymentState {
    /** In an approved pain.001 file handed to the bank; no answer yet. */
    SENT,
    /** The bank accepted it (pain.002 ACTC, ACCP, ACSP, ACSC, ACWC, ...). */
    ACCEPTED,
    /** The bank refused it before settlement (pain.002 RJCT) with a reason code. */
    REJECTED,
    /** Paid, then sent back by the creditor's bank (camt.053/054 credit entry with RtrInf) with a reason code. */
    RETURNED
}
