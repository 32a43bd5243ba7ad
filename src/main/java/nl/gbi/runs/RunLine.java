package nl.gbi.runs;

import nl.gbi.batches.PaymentLine;

/** A calculated payment line of a run; {@code skip} says why it is not paid (null: pay it). */
public record RunLine(PaymentLine line, SkipReason skip, String reasonCode) {
}
