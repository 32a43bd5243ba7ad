package nl.gbi.sepa.pain001;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.prowidesoftware.swift.model.mx.MxPain00100109;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction34;
import com.prowidesoftware.swift.model.mx.dic.CustomerCreditTransferInitiationV09;
import com.prowidesoftware.swift.model.mx.dic.PaymentInstruction30;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.gbi.sepa.EndToEndId;
import nl.gbi.sepa.FileId;
import nl.gbi.sepa.ProwidePain001;
import nl.gbi.sepa.SepaIdentifier;

/**
 * The second half of "asserted in pairs": a written file read back with prowide holds exactly the header
 * and the transactions that went in, with counts and sums at both levels recomputed from the file.
 */
final class ProwideReadBack {

    private ProwideReadBack() {
    }

    static void assertReadsBack(PaymentFileHeader header, List<CreditTransfer> batch, byte[] file) {
        ProwidePain001.init();
        CustomerCreditTransferInitiationV09 doc = MxPain00100109.parse(new String(file, StandardCharsets.UTF_8))
                .getCstmrCdtTrfInitn();
        BigDecimal sum = BigDecimal.valueOf(batch.stream().mapToLong(t -> t.amount().cents()).sum(), 2);
        assertEquals(header.msgId(), doc.getGrpHdr().getMsgId());
        assertEquals(header.msgId(), FileId.parseMsgId(doc.getGrpHdr().getMsgId()).msgId());
        assertEquals(Integer.toString(batch.size()), doc.getGrpHdr().getNbOfTxs());
        assertEquals(sum, doc.getGrpHdr().getCtrlSum());
        assertEquals(1, doc.getPmtInf().size());
        PaymentInstruction30 pmtInf = doc.getPmtInf().get(0);
        assertEquals(header.pmtInfId(), pmtInf.getPmtInfId());
        assertEquals(header.requestedExecutionDate(), pmtInf.getReqdExctnDt().getDt());
        assertEquals(header.debtorIban().value(), pmtInf.getDbtrAcct().getId().getIBAN());
        assertEquals(Integer.toString(batch.size()), pmtInf.getNbOfTxs());
        assertEquals(sum, pmtInf.getCtrlSum());
        assertEquals(batch.size(), pmtInf.getCdtTrfTxInf().size());
        BigDecimal recomputed = BigDecimal.ZERO.setScale(2);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            CreditTransfer in = batch.get(i);
            CreditTransferTransaction34 out = pmtInf.getCdtTrfTxInf().get(i);
            String e2e = out.getPmtId().getEndToEndId();
            assertEquals(in.endToEndId(), e2e);
            assertTrue(SepaIdentifier.isValid(e2e) && seen.add(e2e), e2e);
            assertEquals(e2e, EndToEndId.parse(e2e).value());
            assertEquals(BigDecimal.valueOf(in.amount().cents(), 2), out.getAmt().getInstdAmt().getValue());
            assertEquals("EUR", out.getAmt().getInstdAmt().getCcy());
            assertEquals(in.creditorName(), out.getCdtr().getNm());
            assertEquals(in.creditorIban().value(), out.getCdtrAcct().getId().getIBAN());
            assertEquals(in.clientOwnPayment() ? "BENE" : null, out.getPurp() == null ? null : out.getPurp().getCd());
            assertEquals(List.of(in.remittanceInformation()), out.getRmtInf().getUstrd());
            recomputed = recomputed.add(out.getAmt().getInstdAmt().getValue());
        }
        assertEquals(pmtInf.getCtrlSum(), recomputed);
    }
}
