package nl.gbi.sepa;

import nl.gbi.domain.Fout;

/**
 * One violation found in a pain.001 file or its input: which transaction (its EndToEndId, or {@code #index}
 * when it has none yet, or {@code GrpHdr}/{@code PmtInf} for the header levels), which field in ISO 20022
 * path form ({@code Cdtr/Nm}), a stable code and a sentence for the finance officer.
 */
public record Finding(String transaction, String field, FindingCode code, String message) {

    public Finding {
        if (transaction == null || field == null || code == null || message == null) {
            throw new IllegalArgumentException("a finding names transaction, field, code and message");
        }
    }

    /** In the contract's error shape; {@code veld} is {@code transaction:field}. */
    public Fout toFout() {
        return new Fout(transaction + ":" + field, code.name(), message);
    }

    @Override
    public String toString() {
        return transaction + " " + field + " " + code + ": " + message;
    }
}
