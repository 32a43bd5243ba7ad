package nl.gbi.opschorting;

import io.vertx.core.Future;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.gbi.audit.AuditEvent;

/** The port the hold use case stores through; tenant-owned rows, so every call names the tenant. */
public interface OpschortingStore {

    /** A hold to place: by whom (token id and name), from which day. */
    record Plaatsing(String dossierId, Grondslag grondslag, String reden, LocalDate ingangsdatum, String door,
                     String naam) {
    }

    /** The tenant has a berekening of the dossier. */
    Future<Boolean> dossierKnown(String tenantId, String dossierId);

    /**
     * Inserts the hold and appends {@code event} in one transaction; empty (nothing written) when the dossier has an
     * active hold already.
     */
    Future<Optional<Opschorting>> place(String tenantId, Plaatsing plaatsing, AuditEvent event);

    /** The dossier's holds, newest first, at most {@code limit}. */
    Future<List<Opschorting>> ofDossier(String tenantId, String dossierId, int limit);

    Future<Optional<Opschorting>> find(String tenantId, long id);

    /**
     * Lifts hold {@code id} when it is active, appending {@code event} in the same transaction; empty (nothing written)
     * when it is not active.
     */
    Future<Optional<Opschorting>> lift(String tenantId, long id, String door, String naam, String reden,
                                       AuditEvent event);

    /** The tenant's active holds, oldest ingangsdatum first, at most {@code limit}. */
    Future<List<Opschorting>> active(String tenantId, int limit);
}
