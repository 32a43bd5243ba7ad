package nl.gbi.sepa.reports;

import com.prowidesoftware.swift.model.mx.MxPain00200103;
import com.prowidesoftware.swift.model.mx.MxPain00200110;
import com.prowidesoftware.swift.model.mx.dic.CustomerPaymentStatusReportV03;
import com.prowidesoftware.swift.model.mx.dic.CustomerPaymentStatusReportV10;
import com.prowidesoftware.swift.model.mx.dic.OriginalGroupHeader17;
import com.prowidesoftware.swift.model.mx.dic.OriginalGroupInformation20;
import com.prowidesoftware.swift.model.mx.dic.OriginalPaymentInformation1;
import com.prowidesoftware.swift.model.mx.dic.OriginalPaymentInstruction32;
import com.prowidesoftware.swift.model.mx.dic.PaymentTransaction105;
import com.prowidesoftware.swift.model.mx.dic.PaymentTransactionInformation25;
import com.prowidesoftware.swift.model.mx.dic.StatusReasonInformation12;
import com.prowidesoftware.swift.model.mx.dic.StatusReasonInformation8;
import com.prowidesoftware.swift.model.mx.dic.StatusReason6Choice;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.gbi.sepa.reports.ReportRefusedException.Problem;

/**
 * Reads pain.002.001.10 and pain.002.001.03 status reports with prowide. No XSD for pain.002 is available, so
 * the file is first sniffed (well-formed, root {@code Document} in one of the two namespaces), and what
 * prowide returns is checked for content, because prowide answers garbage with empty objects, not errors.
 */
public final class StatusReportReader {

    public static final String PAIN_002_001_10 = "urn:iso:std:iso:20022:tech:xsd:pain.002.001.10";
    public static final String PAIN_002_001_03 = "urn:iso:std:iso:20022:tech:xsd:pain.002.001.03";

    private StatusReportReader() {
    }

    public static StatusReport read(byte[] xml) {
        String namespace = DocumentSniffer.namespace(xml, Set.of(PAIN_002_001_10, PAIN_002_001_03));
        String text = new String(xml, StandardCharsets.UTF_8);
        try {
            StatusReport report = PAIN_002_001_10.equals(namespace)
                    ? fromV10(MxPain00200110.parse(text))
                    : fromV03(MxPain00200103.parse(text));
            return StatusReportChecks.requireComplete(report);
        } catch (ReportRefusedException refused) {
            throw refused;
        } catch (RuntimeException e) {
            throw new ReportRefusedException(Problem.CONTENT_MISSING, "not a readable pain.002: " + e.getMessage(), e);
        }
    }

    private static StatusReport fromV10(MxPain00200110 mx) {
        CustomerPaymentStatusReportV10 report = mx == null ? null : mx.getCstmrPmtStsRpt();
        if (report == null || report.getGrpHdr() == null || report.getOrgnlGrpInfAndSts() == null) {
            throw missing("pain.002.001.10 without GrpHdr or OrgnlGrpInfAndSts");
        }
        OriginalGroupHeader17 group = report.getOrgnlGrpInfAndSts();
        List<PaymentInfoStatus> pmtInfs = new ArrayList<>();
        for (OriginalPaymentInstruction32 pmtInf : report.getOrgnlPmtInfAndSts()) {
            List<TransactionStatus> txs = new ArrayList<>();
            for (PaymentTransaction105 tx : pmtInf.getTxInfAndSts()) {
                txs.add(new TransactionStatus(tx.getOrgnlEndToEndId(), tx.getTxSts(), reason12(tx.getStsRsnInf())));
            }
            pmtInfs.add(new PaymentInfoStatus(pmtInf.getOrgnlPmtInfId(), pmtInf.getPmtInfSts(),
                    reason12(pmtInf.getStsRsnInf()), txs));
        }
        return new StatusReport(report.getGrpHdr().getMsgId(), group.getOrgnlMsgId(), group.getGrpSts(),
                reason12(group.getStsRsnInf()), pmtInfs);
    }

    private static StatusReport fromV03(MxPain00200103 mx) {
        CustomerPaymentStatusReportV03 report = mx == null ? null : mx.getCstmrPmtStsRpt();
        if (report == null || report.getGrpHdr() == null || report.getOrgnlGrpInfAndSts() == null) {
            throw missing("pain.002.001.03 without GrpHdr or OrgnlGrpInfAndSts");
        }
        OriginalGroupInformation20 group = report.getOrgnlGrpInfAndSts();
        List<PaymentInfoStatus> pmtInfs = new ArrayList<>();
        for (OriginalPaymentInformation1 pmtInf : report.getOrgnlPmtInfAndSts()) {
            List<TransactionStatus> txs = new ArrayList<>();
            for (PaymentTransactionInformation25 tx : pmtInf.getTxInfAndSts()) {
                txs.add(new TransactionStatus(tx.getOrgnlEndToEndId(),
                        tx.getTxSts() == null ? null : tx.getTxSts().value(), reason8(tx.getStsRsnInf())));
            }
            pmtInfs.add(new PaymentInfoStatus(pmtInf.getOrgnlPmtInfId(),
                    pmtInf.getPmtInfSts() == null ? null : pmtInf.getPmtInfSts().value(),
                    reason8(pmtInf.getStsRsnInf()), txs));
        }
        return new StatusReport(report.getGrpHdr().getMsgId(), group.getOrgnlMsgId(),
                group.getGrpSts() == null ? null : group.getGrpSts().value(), reason8(group.getStsRsnInf()), pmtInfs);
    }

    private static String reason12(List<StatusReasonInformation12> reasons) {
        return reasons.isEmpty() || reasons.get(0).getRsn() == null ? null : code(reasons.get(0).getRsn());
    }

    private static String reason8(List<StatusReasonInformation8> reasons) {
        return reasons.isEmpty() || reasons.get(0).getRsn() == null ? null : code(reasons.get(0).getRsn());
    }

    private static String code(StatusReason6Choice reason) {
        return reason.getCd() != null ? reason.getCd() : reason.getPrtry();
    }

    private static ReportRefusedException missing(String what) {
        return new ReportRefusedException(Problem.CONTENT_MISSING, what);
    }
}
