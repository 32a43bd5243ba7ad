package nl.gbi.sepa.reports;

import java.util.regex.Pattern;
import nl.gbi.sepa.SepaIdentifier;
import nl.gbi.sepa.reports.ReportRefusedException.Problem;

/**
 * What a status report must hold before it may touch a payment: identifiers of the original file and
 * payments, and statuses that are four-letter codes. pain.002 has no XSD here, so this is the whole check.
 */
final class StatusReportChecks {

    private static final Pattern STATUS = Pattern.compile("[A-Z]{4}");
    private static final Pattern REASON = Pattern.compile("[A-Za-z0-9]{1,35}");

    private StatusReportChecks() {
    }

    static StatusReport requireComplete(StatusReport report) {
        require(report.messageId() != null && !report.messageId().isBlank(), "GrpHdr/MsgId is missing");
        require(SepaIdentifier.isValid(report.originalMsgId()), "OrgnlGrpInfAndSts/OrgnlMsgId is missing or invalid");
        status(report.groupStatus(), true, "GrpSts");
        reason(report.groupReasonCode(), "OrgnlGrpInfAndSts/StsRsnInf");
        boolean anyStatus = report.groupStatus() != null;
        for (PaymentInfoStatus pmtInf : report.paymentInfos()) {
            require(SepaIdentifier.isValid(pmtInf.originalPmtInfId()), "OrgnlPmtInfId is missing or invalid");
            status(pmtInf.status(), true, "PmtInfSts of " + pmtInf.originalPmtInfId());
            reason(pmtInf.reasonCode(), "StsRsnInf of " + pmtInf.originalPmtInfId());
            anyStatus |= pmtInf.status() != null;
            for (TransactionStatus tx : pmtInf.transactions()) {
                require(SepaIdentifier.isValid(tx.originalEndToEndId()),
                        "a TxInfAndSts has no valid OrgnlEndToEndId: " + tx.originalEndToEndId());
                status(tx.status(), false, "TxSts of " + tx.originalEndToEndId());
                reason(tx.reasonCode(), "StsRsnInf of " + tx.originalEndToEndId());
                anyStatus = true;
            }
        }
        require(anyStatus, "the report has no status at any level");
        return report;
    }

    private static void status(String status, boolean optional, String where) {
        require(status == null ? optional : STATUS.matcher(status).matches(), where + " is not a status code: "
                + status);
    }

    private static void reason(String reason, String where) {
        require(reason == null || REASON.matcher(reason).matches(), where + " is not a reason code: " + reason);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new ReportRefusedException(Problem.CONTENT_MISSING, message);
        }
    }
}
