package nl.gbi.runs;

import io.vertx.core.Future;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.gbi.audit.AuditEvent;

/**
 * Where runs, their work queue, results and lines are kept (port; implemented in persistence). Every claim
 * is a lease: it is this instance's own until it ends, then anyone's. Work done under a lease is committed
 * only if the lease is still held by the committer, in the same transaction.
 */
public interface BetaalrunStore {

    /**
     * Inserts the run, records {@code started} in the PLATFORM audit chain and plans the chunks, in one
     * transaction; a run of the period already RUNNING fails with conflict.
     */
    Future<RunStatus.Run> start(String runId, YearMonth periode, AuditEvent started, Collection<String> tenantIds,
            int chunkSize);

    Future<Optional<ClaimedChunk>> claimChunk(String owner, Duration lease);

    /**
     * In one tenant transaction: reads the chunk's latest berekeningen and vakantiegeld bookings, hands them to
     * {@code calculate}, stores what it gives and marks the chunk done if {@code owner} still holds it; otherwise
     * rolls everything back.
     */
    Future<ChunkResult> processChunk(ClaimedChunk chunk, String owner, Function<ChunkInput, Future<ChunkResult>> calculate);

    /** A tenant whose chunks are all done and whose batch is not made yet. */
    Future<Optional<ClaimedTenant>> claimTenant(String owner, Duration lease);

    /**
     * The batches a run already made for the tenant, by part (a retry after a crash between making them and
     * recording the tenant as done).
     */
    Future<List<RunStatus.RunBatch>> batchesOf(String tenantId, String runId);

    /** The run's calculated lines of the tenant in file order, each with the reason it is not paid, if any. */
    Future<List<RunLine>> lines(String tenantId, String runId);

    /**
     * The tenant's payments the bank returned or rejected that have no live correction, oldest first, with the
     * dossier's block, stop and current IBAN ({@link Repayment} decides what a run does with them).
     */
    Future<List<ReturnedPayment>> returned(String tenantId);

    /**
     * Records the tenant's skipped lines, the dossiers refused at the batch step and its batch (null: nothing to
     * pay); completes the run when it was the last.
     */
    Future<Boolean> finishTenant(ClaimedTenant tenant, String owner, Long batchId, List<RunLine> skipped,
            List<ChunkResult.Refusal> refused);

    /** Completes runs with nothing left to do; fails runs whose work failed {@link BetaalrunSettings#ATTEMPTS_MAX} times. */
    Future<Void> settleRuns();

    Future<Optional<RunStatus>> status(String runId);

    /** The {@code max} most recently started runs, newest first: platform rows only, nothing of a tenant. */
    Future<List<RunStatus.Run>> recent(int max);
}
