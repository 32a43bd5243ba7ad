package nl.gbi.batches;

import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import nl.gbi.access.Caller;
import nl.gbi.audit.AuditEvent;

/**
 * Where batches, their files, payments and approvals are kept (port; implemented in persistence). A change of a
 * batch is a {@link BatchTransaction}: one tenant transaction with the batch row locked, in which the use case
 * ({@link Batches}) applies a rule of {@link FourEyes} to the batch as stored and writes its rows and audit rows.
 */
public interface BatchStore {

    /** Numbers taken from the database's never-reused sequences for a batch about to be written. */
    record Reservation(long batchId, List<Long> paymentSeqs, List<Long> fileSeqs) {
        public Reservation {
            paymentSeqs = List.copyOf(paymentSeqs);
            fileSeqs = List.copyOf(fileSeqs);
        }
    }

    Future<Reservation> reserve(String tenantId, int payments, int files);

    /**
     * Writes a batch as CREATED with its lines, then, in the same transaction, its {@code files} once they
     * have been written and checked (meanwhile); moves it to AWAITING_APPROVAL when it is offerable. When the
     * files fail, nothing is stored.
     */
    Future<Batch> insert(NumberedBatch batch, Future<List<PreparedBatch.WrittenFile>> files);

    Future<List<Batch>> list(String tenantId, Optional<BatchState> state, int limit);

    Future<Optional<Batch>> find(String tenantId, long id);

    Future<List<PaymentView>> payments(String tenantId, long id, int offset, int limit);

    /** The rows the safety rails check for batch {@code id} ({@link RailRows}). */
    Future<RailRows> railRows(String tenantId, long id);

    /**
     * Opens a transaction of {@code tenantId} with batch {@code id} locked (404 when the tenant has no such batch).
     * The use case takes its steps on it and ends it with {@link BatchTransaction#commit()} or
     * {@link BatchTransaction#rollback()}; the store decides nothing.
     */
    Future<BatchTransaction> lock(String tenantId, long id);

    /** One tenant transaction holding one batch's row lock; each step only reads or writes rows. */
    interface BatchTransaction extends UnitOfWork {

        /** The batch as it was when locked. */
        Batch batch();

        Future<Void> recordApproval(Approval approval);

        /** The rows the safety rails check, as this transaction sees them. */
        Future<RailRows> railRows();

        /** Marks the batch REJECTED by {@code by} with {@code reden}. */
        Future<Void> recordRejection(String by, String reden);

        /** Sets the batch's state and records BATCH_STATE ({@code from -> to; why}) in the audit chain. */
        Future<Void> move(BatchState from, BatchState to, Caller by, String why);

        /** Moves the batch's payments in {@code from} to {@code to}; how many moved. */
        Future<Integer> movePayments(String from, String to);

        /** The stored bytes of file {@code fileIndex} with its message id. */
        Future<StoredFile> file(int fileIndex);

        Future<Void> audit(AuditEvent event);

        /** The batch as this transaction sees it now. */
        Future<Batch> reload();

    }

    record StoredFile(String msgId, byte[] content) {
    }
}
