package nl.gbi.sepa.pain001;

import nl.gbi.domain.Iban;
import nl.gbi.sepa.FindingCode;
import nl.gbi.sepa.SepaAmount;

/** The state and end-of-transaction checks of one CdtTrfTxInf while the rules checker streams through it. */
final class TransactionRules {

    private final Findings findings;
    private long index;
    private String endToEndId;
    private long amountCents;
    private int ustrdCount;
    private int strdCount;
    private String creditorIban;
    private boolean creditorAddress;

    TransactionRules(Findings findings) {
        this.findings = findings;
    }

    void start(long transactionIndex) {
        index = transactionIndex;
        endToEndId = null;
        amountCents = -1;
        ustrdCount = 0;
        strdCount = 0;
        creditorIban = null;
        creditorAddress = false;
    }

    /** The transaction as findings name it: its EndToEndId once read, else its 1-based position. */
    String label() {
        return endToEndId != null ? endToEndId : "#" + (index + 1);
    }

    void endToEndId(String id) {
        endToEndId = id;
    }

    void amount(String currency, String text) {
        if (!"EUR".equals(currency)) {
            findings.add(label(), "Amt/InstdAmt/@Ccy", FindingCode.AMOUNT, "currency is " + currency + ", not EUR");
        }
        long cents = SepaAmount.parseTwoDecimals(text);
        if (cents < 0) {
            findings.add(label(), "Amt/InstdAmt", FindingCode.AMOUNT,
                    "amount '" + text + "' does not have exactly two decimals");
            return;
        }
        if (cents < CreditTransfer.AMOUNT_CENTS_MIN || cents > CreditTransfer.AMOUNT_CENTS_MAX) {
            findings.add(label(), "Amt/InstdAmt", FindingCode.AMOUNT,
                    "amount " + text + " is outside 0.01 - 999999999.99");
        }
        amountCents = cents;
    }

    void ustrd() {
        ustrdCount++;
    }

    void strd() {
        strdCount++;
    }

    void creditorIban(String iban) {
        creditorIban = iban;
    }

    void creditorAddress() {
        creditorAddress = true;
    }

    /** Checks what can only be judged at {@code </CdtTrfTxInf>}; returns the amount in cents, 0 if none. */
    long end() {
        if (endToEndId == null) {
            findings.add(label(), "PmtId/EndToEndId", FindingCode.IDENTIFIER, "EndToEndId is missing");
        }
        if (amountCents < 0) {
            findings.add(label(), "Amt/InstdAmt", FindingCode.AMOUNT, "no valid InstdAmt");
        }
        if (ustrdCount + strdCount != 1) {
            findings.add(label(), "RmtInf", FindingCode.REMITTANCE, "has " + ustrdCount + " Ustrd and "
                    + strdCount + " Strd; exactly one Ustrd (or one Strd) is required");
        }
        if (creditorIban == null) {
            findings.add(label(), "CdtrAcct/Id/IBAN", FindingCode.IBAN, "the creditor account is no IBAN");
        } else if (Iban.isValid(creditorIban)) {
            boolean eea = new Iban(creditorIban).isEea();
            if (eea && creditorAddress) {
                findings.add(label(), "Cdtr/PstlAdr", FindingCode.ADDRESS,
                        "omit the creditor address for an EEA IBAN");
            } else if (!eea && !creditorAddress) {
                findings.add(label(), "Cdtr/PstlAdr", FindingCode.ADDRESS,
                        "an IBAN outside the EEA needs a structured creditor address (TwnNm, Ctry)");
            }
        }
        return Math.max(amountCents, 0);
    }
}
