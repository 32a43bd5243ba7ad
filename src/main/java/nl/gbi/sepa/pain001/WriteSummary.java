package nl.gbi.sepa.pain001;

import nl.gbi.domain.Money;

/** What the writer counted while streaming: equal to the header's NbOfTxs and CtrlSum, or it threw. */
public record WriteSummary(String msgId, long nbOfTxs, Money ctrlSum) {
}
