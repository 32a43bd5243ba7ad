package nl.gbi.werkvoorraad;

import io.vertx.core.Future;
import java.util.Optional;
import nl.gbi.audit.AuditEvent;

/** The port the werkvoorraad loads its rows and records its actions through; one tenant transaction per call. */
public interface WerkvoorraadStore {

    /** The tenant's rows, each kind at most {@code limit} (and named in {@code afgekapt} when there were more). */
    Future<WerkvoorraadRows> rows(String tenantId, int limit);

    /**
     * Lifts the dossier's active stop with the evidence and appends {@code event} in one transaction; empty (nothing
     * written) when the dossier is not stopped.
     */
    Future<Optional<WerkvoorraadRows.Stop>> liftStop(String tenantId, String dossierId, String door, String naam,
                                                     String bewijs, AuditEvent event);

    /** The payment when the bank returned or rejected it and it has no live correction; empty otherwise. */
    Future<Optional<WerkvoorraadRows.Returned>> returned(String tenantId, long seq);

    /**
     * Records a person's decision on the returned payment and appends {@code event} in one transaction; false (nothing
     * written) when a decision was recorded already.
     */
    Future<Boolean> decide(String tenantId, long seq, String soort, String reden, String door, String naam,
                           AuditEvent event);
}
