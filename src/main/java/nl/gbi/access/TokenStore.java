package nl.gbi.access;

import io.vertx.core.Future;
import java.util.Optional;

/** Where tokens are kept (port; implemented in persistence). */
public interface TokenStore {

    Future<Void> insert(StoredToken token);

    Future<Optional<StoredToken>> find(String id);

    Future<Boolean> anyWithRole(Role role);
}
