package nl.gbi.payments;

/** What one bank report says about one payment. */
public sealed interface BankVerdict {

    /** Accepted at any stage (technical validation up to settlement). */
    record Accepted(String status) implements BankVerdict {
    }

    /** Rejected by the bank; {@code reasonCode} is null when the bank gave none. */
    record Rejected(String reasonCode) implements BankVerdict {
    }

    /** Returned after settlement; {@code reasonCode} is null when the bank gave none. */
    record Returned(String reasonCode, long amountCents) implements BankVerdict {
    }
}
