package nl.gbi.kwijtschelding;

import io.vertx.core.Future;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import nl.gbi.audit.AuditEvent;
import nl.gbi.ledger.LedgerBooking;

/** The port the write-off use case stores through; tenant-owned rows, so every call names the tenant. */
public interface KwijtscheldingStore {

    Future<Optional<Kwijtschelding>> find(String tenantId, long id);

    /** The tenant's proposals that wait for a second person, oldest first, at most {@code limit}. */
    Future<List<Kwijtschelding>> pending(String tenantId, int limit);

    /**
     * Opens a transaction holding the dossier's write-off lock, with its live bookings that make up its open
     * vorderingen (VORDERING, AFLOSSING, KWIJTSCHELDING).
     */
    Future<Decision> begin(String tenantId, String dossierId);

    /** A proposal or decision in progress on one dossier: write, then commit with the audit entry, or abandon. */
    interface Decision {
        List<LedgerBooking> bookings();

        /**
         * Inserts the proposal; when {@code effective} (below the threshold) it is GOEDGEKEURD at once and booked in
         * {@code boekmaand}. Appends {@code event} and commits.
         */
        Future<Kwijtschelding> propose(String dossierId, long bedragCents, Grond grond, String reden, String door,
                                       String naam, boolean vierOgen, boolean effective, YearMonth boekmaand,
                                       AuditEvent event);

        /** Decides proposal {@code id} (still VOORGESTELD): approves and books it in {@code boekmaand}, or rejects it. */
        Future<Kwijtschelding> decide(long id, boolean approve, String door, String naam, String afwijzingReden,
                                      YearMonth boekmaand, AuditEvent event);

        Future<Void> abandon();
    }
}
