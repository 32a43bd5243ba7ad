package nl.gbi.sepa.pain001;

import java.util.ArrayList;
import java.util.List;
import nl.gbi.domain.Iban;
import nl.gbi.domain.Money;
import nl.gbi.sepa.Finding;
import nl.gbi.sepa.FindingCode;
import nl.gbi.sepa.SepaIdentifier;
import nl.gbi.sepa.Transliteration;
import nl.gbi.sepa.Transliterator;

/**
 * Turns a payment's raw facts into a {@link CreditTransfer}: transliterates the creditor name and the
 * remittance information, and collects every reason the payment cannot be sent as findings for the finance
 * officer. A name that would be empty or meaningless is a finding, never a blank.
 */
public final class CreditTransferPreparation {

    private CreditTransferPreparation() {
    }

    /** Either a transfer ready for the writer, or every finding that stops it. */
    public sealed interface Result {
        record Ready(CreditTransfer transfer) implements Result {
        }

        record Refused(List<Finding> findings) implements Result {
            public Refused {
                findings = List.copyOf(findings);
            }
        }
    }

    public static Result prepare(String endToEndId, Money amount, String creditorNameRaw, Iban creditorIban,
            String remittanceRaw, boolean clientOwnPayment) {
        List<Finding> findings = new ArrayList<>();
        String tx = endToEndId == null ? "?" : endToEndId;
        String idProblem = SepaIdentifier.problem(endToEndId);
        if (idProblem != null) {
            findings.add(new Finding(tx, "PmtId/EndToEndId", FindingCode.IDENTIFIER, "EndToEndId " + idProblem));
        }
        if (amount == null || amount.cents() < CreditTransfer.AMOUNT_CENTS_MIN
                || amount.cents() > CreditTransfer.AMOUNT_CENTS_MAX) {
            findings.add(new Finding(tx, "Amt/InstdAmt", FindingCode.AMOUNT,
                    "amount must be 0.01 - 999999999.99 euro, is " + amount));
        }
        String name = text(tx, "Cdtr/Nm", creditorNameRaw, CreditTransfer.NAME_LENGTH_MAX, findings);
        String ustrd = text(tx, "RmtInf/Ustrd", remittanceRaw, CreditTransfer.USTRD_LENGTH_MAX, findings);
        if (creditorIban == null) {
            findings.add(new Finding(tx, "CdtrAcct/Id/IBAN", FindingCode.IBAN, "creditor IBAN is missing"));
        } else if (!creditorIban.isEea()) {
            findings.add(new Finding(tx, "Cdtr/PstlAdr", FindingCode.ADDRESS, "IBAN " + creditorIban.masked()
                    + " is outside the EEA and needs a structured address, which the engine does not send yet"));
        }
        if (!findings.isEmpty()) {
            return new Result.Refused(findings);
        }
        return new Result.Ready(new CreditTransfer(endToEndId, amount, name, creditorIban, ustrd, clientOwnPayment));
    }

    private static String text(String tx, String field, String raw, int lengthMax, List<Finding> findings) {
        Transliteration result = Transliterator.transliterate(raw, lengthMax);
        if (result instanceof Transliteration.Text text) {
            return text.value();
        }
        Transliteration.Meaningless meaningless = (Transliteration.Meaningless) result;
        FindingCode code = field.endsWith("Nm") ? FindingCode.NAME_MEANINGLESS : FindingCode.LENGTH;
        findings.add(new Finding(tx, field, code, meaningless.message()));
        return null;
    }
}
