package nl.gbi.sepa.pain001;

import nl.gbi.domain.Money;

/**
 * One file of a run: transactions {@code firstOrdinal} to {@code firstOrdinal + nbOfTxs - 1} (0-based, in the
 * order the caller gives them) with their expected CtrlSum. {@code fileIndex} counts from 0.
 */
public record FileSlice(int fileIndex, long firstOrdinal, int nbOfTxs, Money ctrlSum) {
}
