package nl.gbi.opschorting;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.gbi.access.Caller;
import nl.gbi.audit.AuditEvent;
import nl.gbi.domain.EngineError;

/**
 * The hold use cases: place one on a dossier the tenant knows (one active hold per dossier), list a dossier's holds,
 * lift one. Each placing and lifting is audited with who and why. The betaalrun reads the active holds itself.
 */
public final class Opschortingen {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** The most holds a dossier's list shows; a dossier has one active at a time. */
    public static final int DOSSIER_LIST_MAX = 100;

    private final OpschortingStore store;
    private final Clock clock;

    /** {@code clock}: today, the ingangsdatum of a hold placed now and the day its term is counted from. */
    public Opschortingen(OpschortingStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Today in Amsterdam: the day the hold terms are counted on. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(AMSTERDAM));
    }

    public Future<Opschorting> place(Caller caller, String dossierId, Grondslag grondslag, String reden) {
        LocalDate today = today();
        return store.dossierKnown(caller.tenantId(), dossierId).compose(known -> {
            if (!known) {
                return Future.failedFuture(EngineError.notFound("Dossier " + dossierId + " is niet bekend"));
            }
            AuditEvent event = AuditEvent.by(caller, "OPSCHORTING_GEPLAATST", "dossier/" + dossierId,
                    "grondslag=" + grondslag + " ingangsdatum=" + today + " reden=" + reden);
            return store.place(caller.tenantId(),
                    new OpschortingStore.Plaatsing(dossierId, grondslag, reden, today, caller.tokenId(), caller.naam()),
                    event);
        }).compose(placed -> placed.map(Future::succeededFuture).orElseGet(() -> Future.failedFuture(
                EngineError.conflict("Dossier " + dossierId + " is al opgeschort: hef die opschorting eerst op"))));
    }

    public Future<List<Opschorting>> ofDossier(Caller caller, String dossierId) {
        return store.ofDossier(caller.tenantId(), dossierId, DOSSIER_LIST_MAX);
    }

    /** Lifts the hold: the dossier's held months are settled by the next run. 409 when it was lifted already. */
    public Future<Opschorting> lift(Caller caller, long id, String reden) {
        return store.find(caller.tenantId(), id).compose(found -> {
            if (found.isEmpty()) {
                return Future.failedFuture(EngineError.notFound("Opschorting " + id + " bestaat niet"));
            }
            Opschorting hold = found.get();
            if (!hold.actief()) {
                return Future.failedFuture(EngineError.conflict("Opschorting " + id + " is al opgeheven"));
            }
            AuditEvent event = AuditEvent.by(caller, "OPSCHORTING_OPGEHEVEN", "dossier/" + hold.dossierId(),
                    "opschorting=" + id + " grondslag=" + hold.grondslag() + " dagenOver=" + hold.dagenOver(today())
                            + " reden=" + reden);
            return store.lift(caller.tenantId(), id, caller.tokenId(), caller.naam(), reden, event)
                    .compose(lifted -> lifted.map(Future::succeededFuture).orElseGet(() -> Future.failedFuture(
                            EngineError.conflict("Opschorting " + id + " is al opgeheven"))));
        });
    }

    /** The tenant's active holds (for the werkvoorraad), at most {@code limit}. */
    public Future<List<Opschorting>> active(String tenantId, int limit) {
        return store.active(tenantId, limit);
    }
}
