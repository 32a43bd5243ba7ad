package nl.gbi.sepa.reports;

import nl.gbi.domain.Money;

/**
 * One returned credit transfer from a camt.053/054 credit entry: the original EndToEndId it is matched on,
 * the amount that came back, the ISO reason code ({@code RtrInf/Rsn/Cd}, or {@code Prtry}, null when the
 * bank gave none) and the bank's reference of the entry (AcctSvcrRef, else NtryRef; may be null).
 */
public record ReturnEntry(String endToEndId, Money amount, String reasonCode, String entryReference) {
}
