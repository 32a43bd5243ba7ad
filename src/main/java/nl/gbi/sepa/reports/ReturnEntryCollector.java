package nl.gbi.sepa.reports;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import nl.gbi.domain.Money;
import nl.gbi.sepa.reports.ReportRefusedException.Problem;

/**
 * Follows a camt document element by element and keeps the returned credit transfers: entries with
 * CdtDbtInd CRDT, not reversals, whose transaction details carry RtrInf. A return that cannot be matched (no
 * EndToEndId) or whose amount is unclear refuses the whole file.
 */
final class ReturnEntryCollector {

    /** More returns than this in one file is not a bank file. */
    static final int RETURNS_MAX = 100_000;

    private final Deque<String> path = new ArrayDeque<>();
    private final List<ReturnEntry> returns = new ArrayList<>();
    private final List<Details> details = new ArrayList<>();
    private String messageId;
    private String currency;
    private String entryAmount;
    private String entryCurrency;
    private String entryCreditDebit;
    private boolean entryReversal;
    private String entryReference;

    /** One TxDtls under construction. */
    private static final class Details {
        String endToEndId;
        String amount;
        String currency;
        boolean returned;
        String reasonCode;
    }

    void start(String name, String ccy) {
        path.push(name);
        currency = ccy;
        if ("Ntry".equals(name)) {
            details.clear();
            entryAmount = null;
            entryCreditDebit = null;
            entryReversal = false;
            entryReference = null;
        } else if ("TxDtls".equals(name)) {
            details.add(new Details());
        } else if ("RtrInf".equals(name) && !details.isEmpty()) {
            details.get(details.size() - 1).returned = true;
        }
    }

    void end(String name, String text) {
        path.pop();
        String parent = path.isEmpty() ? "" : path.peek();
        Details tx = details.isEmpty() ? null : details.get(details.size() - 1);
        boolean inTx = path.contains("TxDtls");
        switch (name) {
            case "MsgId" -> messageId = "GrpHdr".equals(parent) ? text : messageId;
            case "Ntry" -> endEntry();
            case "Amt" -> amount(parent, text, tx, inTx);
            case "CdtDbtInd" -> entryCreditDebit = "Ntry".equals(parent) ? text : entryCreditDebit;
            case "RvslInd" -> entryReversal = "Ntry".equals(parent) ? "true".equals(text) : entryReversal;
            case "AcctSvcrRef" -> entryReference = "Ntry".equals(parent) ? text : entryReference;
            case "NtryRef" -> entryReference = entryReference == null ? text : entryReference;
            case "EndToEndId" -> {
                if (inTx && tx != null && "Refs".equals(parent)) {
                    tx.endToEndId = text;
                }
            }
            case "Cd", "Prtry" -> {
                if (tx != null && "Rsn".equals(parent) && path.contains("RtrInf") && tx.reasonCode == null) {
                    tx.reasonCode = text;
                }
            }
            default -> { }
        }
    }

    private void amount(String parent, String text, Details tx, boolean inTx) {
        if ("Ntry".equals(parent)) {
            entryAmount = text;
            entryCurrency = currency;
        } else if (inTx && tx != null && ("TxDtls".equals(parent) || isTransactionAmount())) {
            tx.amount = text;
            tx.currency = currency;
        }
    }

    /** TxDtls/AmtDtls/TxAmt/Amt or .../InstdAmt/Amt, the amount of one transaction in a batch entry. */
    private boolean isTransactionAmount() {
        Iterator<String> up = path.iterator();
        String holder = up.hasNext() ? up.next() : "";
        String amtDtls = up.hasNext() ? up.next() : "";
        return ("TxAmt".equals(holder) || "InstdAmt".equals(holder)) && "AmtDtls".equals(amtDtls);
    }

    private void endEntry() {
        if (!"CRDT".equals(entryCreditDebit) || entryReversal) {
            return;
        }
        for (Details tx : details) {
            if (!tx.returned) {
                continue;
            }
            if (tx.endToEndId == null || tx.endToEndId.isBlank() || "NOTPROVIDED".equals(tx.endToEndId)) {
                throw refuse("a returned credit (entry " + entryReference + ") has no EndToEndId to match");
            }
            boolean single = details.size() == 1;
            String amount = tx.amount != null ? tx.amount : single ? entryAmount : null;
            String ccy = tx.amount != null ? tx.currency : entryCurrency;
            if (amount == null) {
                throw refuse("the return of " + tx.endToEndId + " has no amount of its own in a batch entry");
            }
            if (!"EUR".equals(ccy)) {
                throw refuse("the return of " + tx.endToEndId + " is in " + ccy + ", not EUR");
            }
            if (returns.size() == RETURNS_MAX) {
                throw refuse("more than " + RETURNS_MAX + " returns in one file");
            }
            returns.add(new ReturnEntry(tx.endToEndId, euros(amount, tx.endToEndId), tx.reasonCode, entryReference));
        }
    }

    private static Money euros(String amount, String endToEndId) {
        try {
            Money money = Money.ofEuros(new BigDecimal(amount));
            if (!money.isPositive()) {
                throw refuse("the return of " + endToEndId + " is not a positive amount: " + amount);
            }
            return money;
        } catch (IllegalArgumentException e) {
            throw refuse("the return of " + endToEndId + " is not a whole number of cents: " + amount);
        }
    }

    private static ReportRefusedException refuse(String message) {
        return new ReportRefusedException(Problem.CONTENT_MISSING, message);
    }

    String messageId() {
        return messageId;
    }

    List<ReturnEntry> returns() {
        return returns;
    }
}
