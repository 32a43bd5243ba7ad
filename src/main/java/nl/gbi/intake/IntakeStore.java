package nl.gbi.intake;

import io.vertx.core.Future;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Where berekeningen are kept (port; implemented in persistence). Everything is limited to one tenant. */
public interface IntakeStore {

    /** Opens the one transaction of an intake request. */
    Future<Session> begin(String tenantId);

    Future<Optional<StoredBerekening>> findLatest(String tenantId, String dossierId, YearMonth periode);

    /** One request's transaction: nothing in it is visible to others until {@link #commit()}. */
    interface Session {

        /** Takes the key for this request; false when another request holds it right now. */
        Future<Boolean> tryLockKey(String key);

        Future<Optional<StoredAnswer>> findAnswer(String key);

        /** Stores a chunk; a berekening already stored for the same dossier and period becomes the previous version. */
        Future<Void> store(List<AcceptedBerekening> chunk, String tokenId);

        Future<Void> saveAnswer(String key, StoredAnswer answer);

        Future<Void> commit();

        Future<Void> rollback();
    }
}
