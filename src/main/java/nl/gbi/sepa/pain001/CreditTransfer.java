package nl.gbi.sepa.pain001;

import nl.gbi.domain.Iban;
import nl.gbi.domain.Money;
import nl.gbi.sepa.SepaCharset;
import nl.gbi.sepa.SepaIdentifier;

/**
 * One credit transfer as it goes into a pain.001 file (CdtTrfTxInf). Its texts are already transliterated
 * (see {@link CreditTransferPreparation}); the constructor refuses anything the bank would refuse, so a
 * {@code CreditTransfer} that exists can be written.
 *
 * @param clientOwnPayment the benefit paid to the client's own account: written with Purp {@code BENE}
 */
public record CreditTransfer(
        String endToEndId,
        Money amount,
        String creditorName,
        Iban creditorIban,
        String remittanceInformation,
        boolean clientOwnPayment) {

    public static final long AMOUNT_CENTS_MIN = 1;
    public static final long AMOUNT_CENTS_MAX = 99_999_999_999L;
    public static final int NAME_LENGTH_MAX = 70;
    public static final int USTRD_LENGTH_MAX = 140;

    public CreditTransfer {
        String idProblem = SepaIdentifier.problem(endToEndId);
        if (idProblem != null) {
            throw new IllegalArgumentException("EndToEndId " + idProblem);
        }
        if (amount == null || amount.cents() < AMOUNT_CENTS_MIN || amount.cents() > AMOUNT_CENTS_MAX) {
            throw new IllegalArgumentException(endToEndId + ": amount outside 0.01-999999999.99: " + amount);
        }
        requireText(endToEndId, "Cdtr/Nm", creditorName, NAME_LENGTH_MAX);
        requireText(endToEndId, "RmtInf/Ustrd", remittanceInformation, USTRD_LENGTH_MAX);
        if (creditorIban == null) {
            throw new IllegalArgumentException(endToEndId + ": CdtrAcct/Id/IBAN is missing");
        }
        if (!creditorIban.isEea()) {
            throw new IllegalArgumentException(endToEndId
                    + ": a non-EEA creditor IBAN needs a structured address, which this writer does not send yet");
        }
    }

    static void requireText(String tx, String field, String text, int lengthMax) {
        if (text == null || text.isEmpty() || text.length() > lengthMax) {
            throw new IllegalArgumentException(tx + ": " + field + " must be 1-" + lengthMax + " characters");
        }
        if (!SepaCharset.isAllowed(text) || text.startsWith(" ") || text.endsWith(" ")) {
            throw new IllegalArgumentException(tx + ": " + field + " is not transliterated SEPA text");
        }
    }
}
