package nl.gbi.sepa.reports;

import java.util.List;

/**
 * A pain.002 OrgnlPmtInfAndSts: the status of one payment information block (null when the bank gives it
 * only per transaction), its first reason code, and the transactions it reports on.
 */
public record PaymentInfoStatus(String originalPmtInfId, String status, String reasonCode,
        List<TransactionStatus> transactions) {

    public PaymentInfoStatus {
        transactions = List.copyOf(transactions);
    }
}
