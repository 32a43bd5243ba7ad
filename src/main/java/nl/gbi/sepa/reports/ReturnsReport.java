package nl.gbi.sepa.reports;

import java.util.List;

/** The returns found in one camt.053 or camt.054 file; other entries (debits, ordinary credits) are left out. */
public record ReturnsReport(String messageId, String namespace, List<ReturnEntry> returns) {

    public ReturnsReport {
        returns = List.copyOf(returns);
    }
}
