package nl.gbi.voorschot;

import io.vertx.core.Future;
import java.util.Optional;
import nl.gbi.audit.AuditEvent;
import nl.gbi.ledger.BookedPayment;

/** The port the voorschot use case stores through; tenant-owned rows, so every call names the tenant. */
public interface VoorschotStore {

    /** The stored voorschot a request met: the one it made, or the one already there under its key or triple. */
    record Claimed(Voorschot voorschot, boolean created) {
    }

    /**
     * In one transaction holding a lock on (dossier, periode): finds the voorschot with {@code idempotencyKey}, else
     * the one with the request's (dossier, periode, reden); when there is none, inserts it as TOEGEKEND with the next
     * line_no of its dossier and periode and appends {@code event} to the tenant's audit trail.
     */
    Future<Claimed> claim(String tenantId, String id, String idempotencyKey, VoorschotAanvraag aanvraag, boolean instant,
                          AuditEvent event);

    /**
     * The batch of the voorschot's live payment (its dossier, periode, soort VOORSCHOT and line_no, not RELEASED),
     * when one exists: a batch made before the engine stopped, not yet recorded on the voorschot.
     */
    Future<Optional<Long>> liveBatchOf(String tenantId, Voorschot voorschot);

    /** Records the batch that pays the voorschot. */
    Future<Void> attachBatch(String tenantId, String id, long batchId);

    Future<Optional<Voorschot>> find(String tenantId, String id);

    /** Opens a transaction holding the voorschot's row; empty (and closed) when the tenant has no such voorschot. */
    Future<Optional<Denial>> beginDenial(String tenantId, String id);

    /** A denial in progress: the facts {@link nl.gbi.ledger.VoorschotDenial} decides on, then book or abandon. */
    interface Denial {
        Voorschot voorschot();

        /** The voorschot's payment as the ledger sees it, or null when none was made. */
        BookedPayment payment();

        /** The voorschot's month has a settled berekening. */
        boolean monthSettled();

        /**
         * Sets the voorschot AFGEWEZEN, books a VORDERING of {@code vorderingCents} when positive, appends
         * {@code event} and commits.
         */
        Future<Void> book(String by, String reden, long vorderingCents, AuditEvent event);

        Future<Void> abandon();
    }
}
