package nl.gbi.access;

import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;

/** Where tokens are kept (port; implemented in persistence). */
public interface TokenStore {

    /**
     * Stores the token, valid for {@code days} days from now (the database's clock), and audits its creation by
     * {@code creator} (token and person; null: the engine, for the first admin token).
     */
    Future<StoredToken> insert(StoredToken token, int days, Caller creator);

    /**
     * Stores an officer's sign-in session, valid for {@code minutes} from now (the database's clock), and audits its
     * start by its person, naming the identity provider's {@code issuer}.
     */
    Future<StoredToken> insertSession(StoredToken session, int minutes, String issuer);

    Future<Optional<StoredToken>> find(String id);

    Future<Boolean> anyWithRole(Role role);

    /**
     * Every token and the sessions of the last day, newest first, at most {@code limit}: for the admin's list and the
     * access review.
     */
    Future<List<StoredToken>> all(int limit);

    /** Records that the token was used now (at most once a minute is enough for the access review). */
    Future<Void> touch(String id);

    /**
     * Revokes {@code token} and records TOKEN_REVOKED by {@code by} (token and person) in the chain of the token's tenant (PLATFORM for
     * ops and admin) in one transaction; empty when it was revoked already.
     */
    Future<Optional<StoredToken>> revoke(StoredToken token, Caller by);
}
