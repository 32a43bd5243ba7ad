package nl.gbi.batches;

import nl.gbi.payments.PaymentState;

/** A payment as the bank's answers see it: where it is, in which file, and its state and reason so far. */
public record SentPayment(long seq, long batchId, Integer fileIndex, String endToEndId, PaymentState state,
                          String reasonCode) {
}
