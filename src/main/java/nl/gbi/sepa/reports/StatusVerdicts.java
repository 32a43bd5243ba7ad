package nl.gbi.sepa.reports;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.gbi.payments.BankVerdict;

/**
 * What a status report says about each payment of the original file. The most specific level that says
 * something wins: a transaction status applies as given; without one, a payment-info status other than PART
 * applies to all its transactions; without that, a group status other than PART applies to every transaction
 * of the file (a group RJCT rejects all). PART, pending statuses (RCVD, PDNG) and silence say nothing: many
 * Dutch banks report only rejects, so no report is not success.
 */
public final class StatusVerdicts {

    private static final Set<String> ACCEPTED = Set.of("ACTC", "ACCP", "ACSP", "ACSC", "ACWC", "ACWP", "ACCC",
            "ACFC");
    private static final String REJECTED = "RJCT";
    private static final String PARTIAL = "PART";

    private final StatusReport report;
    private final Map<String, TransactionStatus> byEndToEndId = new HashMap<>();
    private final Map<String, PaymentInfoStatus> byPmtInfId = new HashMap<>();

    StatusVerdicts(StatusReport report) {
        this.report = report;
        for (PaymentInfoStatus pmtInf : report.paymentInfos()) {
            if (pmtInf.originalPmtInfId() != null) {
                byPmtInfId.put(pmtInf.originalPmtInfId(), pmtInf);
            }
            for (TransactionStatus tx : pmtInf.transactions()) {
                byEndToEndId.put(tx.originalEndToEndId(), tx);
            }
        }
    }

    /** The verdict on payment {@code endToEndId} of payment information {@code pmtInfId}, if any. */
    public Optional<BankVerdict> verdictFor(String pmtInfId, String endToEndId) {
        TransactionStatus tx = byEndToEndId.get(endToEndId);
        if (tx != null) {
            return verdict(tx.status(), tx.reasonCode());
        }
        PaymentInfoStatus pmtInf = byPmtInfId.get(pmtInfId);
        if (pmtInf != null && pmtInf.status() != null && !PARTIAL.equals(pmtInf.status())) {
            return verdict(pmtInf.status(), pmtInf.reasonCode());
        }
        if (report.groupStatus() != null && !PARTIAL.equals(report.groupStatus())) {
            return verdict(report.groupStatus(), report.groupReasonCode());
        }
        return Optional.empty();
    }

    private static Optional<BankVerdict> verdict(String status, String reasonCode) {
        if (REJECTED.equals(status)) {
            return Optional.of(new BankVerdict.Rejected(reasonCode));
        }
        if (ACCEPTED.contains(status)) {
            return Optional.of(new BankVerdict.Accepted(status));
        }
        return Optional.empty();
    }
}
