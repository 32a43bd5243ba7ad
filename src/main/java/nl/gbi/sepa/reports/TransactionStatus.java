package nl.gbi.sepa.reports;

/** A pain.002 TxInfAndSts: the status of one payment, with the first reason code (null when none given). */
public record TransactionStatus(String originalEndToEndId, String status, String reasonCode) {
}
