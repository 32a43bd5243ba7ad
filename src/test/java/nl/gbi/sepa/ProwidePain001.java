package nl.gbi.sepa;

import com.prowidesoftware.swift.model.mx.JaxbContextCacheImpl;
import com.prowidesoftware.swift.model.mx.JaxbContextLoader;
import com.prowidesoftware.swift.model.mx.MxPain00100109;
import com.prowidesoftware.swift.model.mx.MxWriteConfiguration;
import com.prowidesoftware.swift.model.mx.dic.AccountIdentification4Choice;
import com.prowidesoftware.swift.model.mx.dic.ActiveOrHistoricCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.AmountType4Choice;
import com.prowidesoftware.swift.model.mx.dic.BranchAndFinancialInstitutionIdentification6;
import com.prowidesoftware.swift.model.mx.dic.CashAccount38;
import com.prowidesoftware.swift.model.mx.dic.CategoryPurpose1Choice;
import com.prowidesoftware.swift.model.mx.dic.ChargeBearerType1Code;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction34;
import com.prowidesoftware.swift.model.mx.dic.CustomerCreditTransferInitiationV09;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTime2Choice;
import com.prowidesoftware.swift.model.mx.dic.FinancialInstitutionIdentification18;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader85;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification135;
import com.prowidesoftware.swift.model.mx.dic.PaymentIdentification6;
import com.prowidesoftware.swift.model.mx.dic.PaymentInstruction30;
import com.prowidesoftware.swift.model.mx.dic.PaymentMethod3Code;
import com.prowidesoftware.swift.model.mx.dic.PaymentTypeInformation26;
import com.prowidesoftware.swift.model.mx.dic.Purpose2Choice;
import com.prowidesoftware.swift.model.mx.dic.RemittanceInformation16;
import com.prowidesoftware.swift.model.mx.dic.ServiceLevel8Choice;
import java.math.BigDecimal;
import java.util.List;
import nl.gbi.sepa.pain001.CreditTransfer;
import nl.gbi.sepa.pain001.PaymentFileHeader;

/**
 * The same pain.001 built with prowide's model and written with its own {@code message()}, configured for a
 * default namespace as sepa.md says: the reference our writer is compared with and benchmarked against.
 */
public final class ProwidePain001 {

    static {
        JaxbContextLoader.INSTANCE.setCacheImpl(new JaxbContextCacheImpl());
    }

    private ProwidePain001() {
    }

    public static void init() {
        // the static initialiser installs the JAXB context cache once
    }

    public static MxPain00100109 model(PaymentFileHeader header, List<CreditTransfer> transfers) {
        GroupHeader85 grpHdr = new GroupHeader85().setMsgId(header.msgId()).setCreDtTm(header.creationDateTime())
                .setNbOfTxs(Long.toString(header.nbOfTxs())).setCtrlSum(header.ctrlSum().toEuros())
                .setInitgPty(new PartyIdentification135().setNm(header.initiatingPartyName()));
        PaymentInstruction30 pmtInf = new PaymentInstruction30().setPmtInfId(header.pmtInfId())
                .setPmtMtd(PaymentMethod3Code.TRF).setBtchBookg(true).setNbOfTxs(Long.toString(header.nbOfTxs()))
                .setCtrlSum(header.ctrlSum().toEuros())
                .setPmtTpInf(new PaymentTypeInformation26().addSvcLvl(new ServiceLevel8Choice().setCd("SEPA"))
                        .setCtgyPurp(new CategoryPurpose1Choice().setCd("SSBE")))
                .setReqdExctnDt(new DateAndDateTime2Choice().setDt(header.requestedExecutionDate()))
                .setDbtr(new PartyIdentification135().setNm(header.debtorName()))
                .setDbtrAcct(iban(header.debtorIban().value()))
                .setDbtrAgt(new BranchAndFinancialInstitutionIdentification6().setFinInstnId(
                        new FinancialInstitutionIdentification18().setBICFI(header.debtorBic())))
                .setChrgBr(ChargeBearerType1Code.SLEV);
        for (CreditTransfer t : transfers) {
            pmtInf.addCdtTrfTxInf(transaction(t));
        }
        CustomerCreditTransferInitiationV09 doc = new CustomerCreditTransferInitiationV09().setGrpHdr(grpHdr)
                .addPmtInf(pmtInf);
        return new MxPain00100109().setCstmrCdtTrfInitn(doc);
    }

    private static CreditTransferTransaction34 transaction(CreditTransfer t) {
        CreditTransferTransaction34 tx = new CreditTransferTransaction34()
                .setPmtId(new PaymentIdentification6().setEndToEndId(t.endToEndId()))
                .setAmt(new AmountType4Choice().setInstdAmt(new ActiveOrHistoricCurrencyAndAmount()
                        .setCcy("EUR").setValue(BigDecimal.valueOf(t.amount().cents(), 2))))
                .setCdtr(new PartyIdentification135().setNm(t.creditorName()))
                .setCdtrAcct(iban(t.creditorIban().value()))
                .setRmtInf(new RemittanceInformation16().addUstrd(t.remittanceInformation()));
        if (t.clientOwnPayment()) {
            tx.setPurp(new Purpose2Choice().setCd("BENE"));
        }
        return tx;
    }

    private static CashAccount38 iban(String iban) {
        return new CashAccount38().setId(new AccountIdentification4Choice().setIBAN(iban));
    }

    /** prowide's {@code message()} with a default namespace (no {@code Doc:} prefix) and no envelope. */
    public static String message(MxPain00100109 mx) {
        MxWriteConfiguration config = new MxWriteConfiguration();
        config.documentPrefix = null;
        config.useCategoryAsDocumentPrefix = false;
        return mx.message(config);
    }
}
