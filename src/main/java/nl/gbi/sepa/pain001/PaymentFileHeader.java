package nl.gbi.sepa.pain001;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;
import nl.gbi.domain.Iban;
import nl.gbi.domain.Money;
import nl.gbi.domain.Tenant;
import nl.gbi.sepa.FileId;
import nl.gbi.sepa.SepaIdentifier;
import nl.gbi.sepa.Transliteration;
import nl.gbi.sepa.Transliterator;

/**
 * Everything in a pain.001 file that is not a transaction: group header and the one payment information
 * block. {@code nbOfTxs} and {@code ctrlSum} are what the caller expects (the database aggregates them); the
 * writer recomputes both while streaming and fails when they differ.
 *
 * @param debtorBic the tenant's BIC, or null to write {@code Othr/Id NOTPROVIDED}
 * @param instant SEPA Instant Credit Transfer: {@code PmtTpInf/LclInstrm/Cd INST} (a voorschot of a tenant with
 *                {@code voorschotInstant})
 */
public record PaymentFileHeader(
        String msgId,
        OffsetDateTime creationDateTime,
        String initiatingPartyName,
        String debtorName,
        Iban debtorIban,
        String debtorBic,
        LocalDate requestedExecutionDate,
        String pmtInfId,
        long nbOfTxs,
        Money ctrlSum,
        boolean instant) {

    /** BICFIDec2014Identifier of the pain.001.001.09 XSD. */
    private static final Pattern BIC = Pattern.compile("[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");

    /** An ordinary (not Instant) SEPA credit transfer file. */
    public PaymentFileHeader(String msgId, OffsetDateTime creationDateTime, String initiatingPartyName,
                             String debtorName, Iban debtorIban, String debtorBic, LocalDate requestedExecutionDate,
                             String pmtInfId, long nbOfTxs, Money ctrlSum) {
        this(msgId, creationDateTime, initiatingPartyName, debtorName, debtorIban, debtorBic, requestedExecutionDate,
                pmtInfId, nbOfTxs, ctrlSum, false);
    }

    /** The same file as SEPA Instant. */
    public PaymentFileHeader asInstant() {
        return new PaymentFileHeader(msgId, creationDateTime, initiatingPartyName, debtorName, debtorIban, debtorBic,
                requestedExecutionDate, pmtInfId, nbOfTxs, ctrlSum, true);
    }

    public PaymentFileHeader {
        requireId("MsgId", msgId);
        requireId("PmtInfId", pmtInfId);
        if (creationDateTime == null || requestedExecutionDate == null || debtorIban == null || ctrlSum == null) {
            throw new IllegalArgumentException("CreDtTm, ReqdExctnDt, DbtrAcct and CtrlSum are required");
        }
        CreditTransfer.requireText("GrpHdr", "InitgPty/Nm", initiatingPartyName, CreditTransfer.NAME_LENGTH_MAX);
        CreditTransfer.requireText("PmtInf", "Dbtr/Nm", debtorName, CreditTransfer.NAME_LENGTH_MAX);
        if (debtorBic != null && !BIC.matcher(debtorBic).matches()) {
            throw new IllegalArgumentException("DbtrAgt BIC is not a BIC: " + debtorBic);
        }
        if (nbOfTxs < 1 || ctrlSum.cents() < nbOfTxs * CreditTransfer.AMOUNT_CENTS_MIN) {
            throw new IllegalArgumentException("a file holds at least one transaction of at least 0.01");
        }
    }

    /** The header of one file of {@code tenant}; the tenant's name is transliterated for InitgPty and Dbtr. */
    public static PaymentFileHeader forTenant(Tenant tenant, FileId fileId, OffsetDateTime creationDateTime,
            long nbOfTxs, Money ctrlSum) {
        if (!fileId.tenantCode().equals(tenant.gemeentecode())) {
            throw new IllegalArgumentException("file " + fileId.msgId() + " is not of " + tenant.gemeentecode());
        }
        Transliteration name = Transliterator.transliterate(tenant.naam(), CreditTransfer.NAME_LENGTH_MAX);
        if (!(name instanceof Transliteration.Text text)) {
            throw new IllegalArgumentException("tenant name cannot be sent: "
                    + ((Transliteration.Meaningless) name).message());
        }
        return new PaymentFileHeader(fileId.msgId(), creationDateTime, text.value(), text.value(),
                tenant.debtorIban(), tenant.debtorBic(), fileId.executionDate(), fileId.pmtInfId(), nbOfTxs,
                ctrlSum);
    }

    private static void requireId(String what, String id) {
        String problem = SepaIdentifier.problem(id);
        if (problem != null) {
            throw new IllegalArgumentException(what + " " + problem + ": " + id);
        }
    }
}
