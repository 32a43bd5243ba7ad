package nl.gbi.batches;

import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.gbi.access.Caller;

/**
 * Where batches, their files, payments and approvals are kept (port; implemented in persistence). Every
 * change runs in one tenant transaction with the batch row locked, applies a rule of {@link FourEyes} to
 * the batch as stored, and appends its audit rows in the same transaction.
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

    /** Records the approval {@code rule} returns; the batch becomes APPROVED when enough approvals count. */
    Future<Batch> approve(String tenantId, long id, Caller officer, Function<Batch, Approval> rule);

    /** Rejects after {@code rule} passes; payments not yet sent are released for a later run. */
    Future<Batch> reject(String tenantId, long id, Caller officer, String reden, Consumer<Batch> rule);

    /** The bytes of file {@code fileIndex} after {@code rule} passes; the first export moves the batch to EXPORTED. */
    Future<ExportedFile> export(String tenantId, long id, int fileIndex, Caller officer, Consumer<Batch> rule);
}
