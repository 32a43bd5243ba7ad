package nl.gbi.sepa.reports;

import java.util.List;
import java.util.stream.Stream;

/**
 * A bank status report (pain.002) in neutral form, whatever its version. Statuses are ISO codes (ACTC, ACCP,
 * ACSP, ACSC, ACWC, PART, PDNG, RCVD, RJCT, ...).
 *
 * <p>{@link #verdicts()} decides per payment which level's status applies.
 */
public record StatusReport(String messageId, String originalMsgId, String groupStatus, String groupReasonCode,
        List<PaymentInfoStatus> paymentInfos) {

    public StatusReport {
        paymentInfos = List.copyOf(paymentInfos);
    }

    /** Every EndToEndId the report names at transaction level. */
    public Stream<String> endToEndIds() {
        return paymentInfos.stream().flatMap(p -> p.transactions().stream()).map(TransactionStatus::originalEndToEndId);
    }

    /** The report indexed for applying it payment by payment; see {@link StatusVerdicts}. */
    public StatusVerdicts verdicts() {
        return new StatusVerdicts(this);
    }
}
