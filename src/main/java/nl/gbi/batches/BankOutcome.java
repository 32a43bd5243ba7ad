package nl.gbi.batches;

import java.util.Map;
import java.util.Set;
import nl.gbi.payments.PaymentState;

/**
 * Where a batch stands once the bank has spoken, from the states of all its payments. A batch that was never
 * exported, or that ended, does not move. Pure; the database checks the move again ({@code batches_guard}).
 */
public final class BankOutcome {

    private static final Set<BatchState> ANSWERABLE = Set.of(BatchState.EXPORTED, BatchState.ACCEPTED,
            BatchState.PARTLY_REJECTED, BatchState.RETURNED);

    private BankOutcome() {
    }

    public static boolean answerable(BatchState state) {
        return ANSWERABLE.contains(state);
    }

    public static BatchState after(BatchState current, Map<PaymentState, Long> counts) {
        if (!answerable(current)) {
            return current;
        }
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        long rejected = counts.getOrDefault(PaymentState.REJECTED, 0L);
        long returned = counts.getOrDefault(PaymentState.RETURNED, 0L);
        long accepted = counts.getOrDefault(PaymentState.ACCEPTED, 0L);
        if (returned > 0 || current == BatchState.RETURNED) {
            return BatchState.RETURNED;
        }
        if (rejected > 0) {
            return rejected == total && current == BatchState.EXPORTED ? BatchState.REJECTED : BatchState.PARTLY_REJECTED;
        }
        if (accepted == total && current == BatchState.EXPORTED) {
            return BatchState.ACCEPTED;
        }
        return current;
    }
}
