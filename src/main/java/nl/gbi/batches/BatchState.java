package nl.gbi.batches;

import java.util.Optional;

/**
 * Where a batch stands. The legal moves are enforced by the database ({@code batches_guard} in V002):
 * <pre>
 *   CREATED -> AWAITING_APPROVAL (its files have no findings) | REJECTED | CANCELLED
 *   AWAITING_APPROVAL -> APPROVED (enough approvals) | REJECTED | CANCELLED
 *   APPROVED -> EXPORTED (first download of the approved bytes) | REJECTED | CANCELLED
 *   EXPORTED -> ACCEPTED | PARTLY_REJECTED | REJECTED (bank status report) | RETURNED (returns file)
 *   ACCEPTED -> PARTLY_REJECTED (a later reject) | RETURNED
 *   PARTLY_REJECTED -> RETURNED
 * </pre>
 * REJECTED and CANCELLED are ends; a rejection before export releases the payments for a later run.
 */
public enum BatchState {
    CREATED, AWAITING_APPROVAL, APPROVED, EXPORTED, ACCEPTED, PARTLY_REJECTED, RETURNED, REJECTED, CANCELLED;

    public static Optional<BatchState> parse(String name) {
        for (BatchState state : values()) {
            if (state.name().equals(name)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
