package nl.gbi.sepa.pain001;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import nl.gbi.domain.Money;
import nl.gbi.sepa.SepaAmount;

/**
 * Streams one pain.001.001.09 file: UTF-8 without BOM, the default namespace, one PmtInf with TRF, BtchBookg
 * true, SvcLvl SEPA, CtgyPurp SSBE and ChrgBr SLEV, then one CdtTrfTxInf per transaction as the iterator
 * gives them. Nothing is held but the current transaction, so a million transactions fit in a small heap.
 *
 * <p>GrpHdr and PmtInf NbOfTxs/CtrlSum precede the transactions, so they come from the header; the writer
 * counts and sums what it actually writes and throws {@link Pain001WriteException} at the end when the two
 * differ (an invariant asserted in pairs; the file must then be discarded).
 */
public final class Pain001Writer {

    public static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";

    private static final DateTimeFormatter CRE_DT_TM = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private Pain001Writer() {
    }

    /** Writes the file to {@code out} (flushed, not closed). */
    public static WriteSummary write(PaymentFileHeader header, Iterator<CreditTransfer> transfers,
            OutputStream out) {
        try {
            return write(header, transfers, new AsciiXml(out));
        } catch (IOException | IllegalArgumentException e) {
            throw new Pain001WriteException("writing " + header.msgId() + " failed: " + e.getMessage(), e);
        }
    }

    private static WriteSummary write(PaymentFileHeader header, Iterator<CreditTransfer> transfers,
            AsciiXml xml) throws IOException {
        xml.startDocument(NAMESPACE);
        xml.start("CstmrCdtTrfInitn");
        writeGroupHeader(header, xml);
        xml.start("PmtInf");
        writePaymentInfo(header, xml);
        long count = 0;
        long sumCents = 0;
        while (transfers.hasNext()) {
            CreditTransfer transfer = transfers.next();
            if (++count > header.nbOfTxs()) {
                throw new Pain001WriteException("file " + header.msgId() + " announces NbOfTxs " + header.nbOfTxs()
                        + " but more transactions follow; discard it");
            }
            writeTransaction(transfer, xml);
            sumCents = Math.addExact(sumCents, transfer.amount().cents());
        }
        xml.end();
        xml.end();
        xml.endDocument();
        if (count != header.nbOfTxs() || sumCents != header.ctrlSum().cents()) {
            throw new Pain001WriteException("file " + header.msgId() + " announces NbOfTxs " + header.nbOfTxs()
                    + " CtrlSum " + header.ctrlSum() + " but holds " + count + " transactions of "
                    + Money.ofCents(sumCents) + "; discard it");
        }
        return new WriteSummary(header.msgId(), count, Money.ofCents(sumCents));
    }

    private static void writeGroupHeader(PaymentFileHeader header, AsciiXml xml) throws IOException {
        xml.start("GrpHdr");
        xml.leaf("MsgId", header.msgId());
        xml.leaf("CreDtTm", CRE_DT_TM.format(header.creationDateTime()));
        xml.leaf("NbOfTxs", Long.toString(header.nbOfTxs()));
        xml.leaf("CtrlSum", SepaAmount.format(header.ctrlSum().cents()));
        xml.start("InitgPty");
        xml.leaf("Nm", header.initiatingPartyName());
        xml.end();
        xml.end();
    }

    private static void writePaymentInfo(PaymentFileHeader header, AsciiXml xml) throws IOException {
        xml.leaf("PmtInfId", header.pmtInfId());
        xml.leaf("PmtMtd", "TRF");
        xml.leaf("BtchBookg", "true");
        xml.leaf("NbOfTxs", Long.toString(header.nbOfTxs()));
        xml.leaf("CtrlSum", SepaAmount.format(header.ctrlSum().cents()));
        xml.start("PmtTpInf");
        xml.start("SvcLvl");
        xml.leaf("Cd", "SEPA");
        xml.end();
        if (header.instant()) {
            xml.start("LclInstrm");
            xml.leaf("Cd", "INST");
            xml.end();
        }
        xml.start("CtgyPurp");
        xml.leaf("Cd", "SSBE");
        xml.end();
        xml.end();
        xml.start("ReqdExctnDt");
        xml.leaf("Dt", header.requestedExecutionDate().toString());
        xml.end();
        xml.start("Dbtr");
        xml.leaf("Nm", header.debtorName());
        xml.end();
        writeIbanAccount("DbtrAcct", header.debtorIban().value(), xml);
        xml.start("DbtrAgt");
        xml.start("FinInstnId");
        if (header.debtorBic() != null) {
            xml.leaf("BICFI", header.debtorBic());
        } else {
            xml.start("Othr");
            xml.leaf("Id", "NOTPROVIDED");
            xml.end();
        }
        xml.end();
        xml.end();
        xml.leaf("ChrgBr", "SLEV");
    }

    private static void writeTransaction(CreditTransfer transfer, AsciiXml xml) throws IOException {
        xml.start("CdtTrfTxInf");
        xml.start("PmtId");
        xml.leaf("EndToEndId", transfer.endToEndId());
        xml.end();
        xml.start("Amt");
        xml.startLeaf("InstdAmt");
        xml.attribute("Ccy", "EUR");
        xml.text(SepaAmount.format(transfer.amount().cents()));
        xml.endLeaf();
        xml.end();
        xml.start("Cdtr");
        xml.leaf("Nm", transfer.creditorName());
        xml.end();
        writeIbanAccount("CdtrAcct", transfer.creditorIban().value(), xml);
        if (transfer.clientOwnPayment()) {
            xml.start("Purp");
            xml.leaf("Cd", "BENE");
            xml.end();
        }
        xml.start("RmtInf");
        xml.leaf("Ustrd", transfer.remittanceInformation());
        xml.end();
        xml.end();
    }

    private static void writeIbanAccount(String element, String iban, AsciiXml xml) throws IOException {
        xml.start(element);
        xml.start("Id");
        xml.leaf("IBAN", iban);
        xml.end();
        xml.end();
    }
}
