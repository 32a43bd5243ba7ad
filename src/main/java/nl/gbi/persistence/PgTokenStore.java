package nl.gbi.persistence;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.gbi.access.Caller;
import nl.gbi.access.Role;
import nl.gbi.access.StoredToken;
import nl.gbi.access.TokenStore;
import nl.gbi.access.Tokens;
import nl.gbi.audit.AuditChain;
import nl.gbi.audit.AuditEvent;

/**
 * Tokens in PostgreSQL; the table is platform data, read before any tenant is known. Expiry is decided by the
 * database's clock ({@code expires_at <= now()}), the same for every engine instance (V020).
 */
public final class PgTokenStore implements TokenStore {

    /** A session is also expired after {@link Tokens#SESSION_IDLE_MINUTES} without use ("last used" is touched at most once a minute). */
    private static final String COLUMNS = "id, tenant_id, role, naam, persoon, secret_sha256, created_by, created_at, expires_at,"
            + " expires_at <= now() OR (sessie AND coalesce(last_used_at, created_at) < now() - interval '"
            + Tokens.SESSION_IDLE_MINUTES + " minutes') AS expired, revoked_at, revoked_by, last_used_at, sessie";
    private static final String INSERT = """
            INSERT INTO tokens (id, tenant_id, role, naam, secret_sha256, created_by, expires_at, persoon)
            VALUES ($1, $2, $3, $4, $5, $6, now() + $7::int * interval '1 day', $8) RETURNING\s""" + COLUMNS;
    private static final String INSERT_SESSION = """
            INSERT INTO tokens (id, tenant_id, role, naam, secret_sha256, expires_at, persoon, sessie)
            VALUES ($1, $2, $3, $4, $5, now() + $6::int * interval '1 minute', $7, true) RETURNING\s""" + COLUMNS;
    private static final String FIND = "SELECT " + COLUMNS + " FROM tokens WHERE id = $1";
    /**
     * Every token, and the sessions of the last day (8 hours at most each, so every live one): officers sign in
     * daily, and a year of ended sessions would push the tokens out of the list. The audit trail keeps every
     * session's start and end (SESSIE_GESTART, SESSIE_BEEINDIGD).
     */
    private static final String ALL = "SELECT " + COLUMNS + " FROM tokens WHERE NOT sessie OR created_at > now() - interval"
            + " '1 day' ORDER BY created_at DESC, id LIMIT $1";
    private static final String ANY_WITH_ROLE = "SELECT EXISTS (SELECT 1 FROM tokens WHERE role = $1) AS found";
    private static final String TOUCH = """
            UPDATE tokens SET last_used_at = now()
            WHERE id = $1 AND revoked_at IS NULL AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')""";
    private static final String REVOKE = "UPDATE tokens SET revoked_at = now(), revoked_by = $2 WHERE id = $1"
            + " AND revoked_at IS NULL RETURNING " + COLUMNS;

    private final Database database;

    public PgTokenStore(Database database) {
        this.database = database;
    }

    /** Stores the token and records its creation in the audit chain of its tenant (PLATFORM for ops and admin). */
    @Override
    public Future<StoredToken> insert(StoredToken token, int days, Caller creator) {
        String chain = chain(token);
        String details = "role=" + token.role().wireName() + " naam=" + token.naam() + " geldigDagen=" + days
                + (token.persoon() == null ? "" : " persoon=" + token.persoon());
        AuditEvent created = creator == null
                ? new AuditEvent(AuditEvent.ENGINE, "betaalmotor", "TOKEN_CREATED", "token/" + token.id(), details)
                : AuditEvent.by(creator, "TOKEN_CREATED", "token/" + token.id(), details);
        return database.inTenant(chain, conn -> conn.preparedQuery(INSERT).execute(Tuple.from(new Object[] {token.id(),
                        token.tenantId(), token.role().wireName(), token.naam(), Buffer.buffer(token.secretSha256()),
                        token.createdBy(), days, token.persoon()}))
                .compose(inserted -> PgAuditLog.append(conn, chain, created).map(toToken(inserted.iterator().next()))));
    }

    /** Stores the session and records SESSIE_GESTART by its person in the chain of its municipality. */
    @Override
    public Future<StoredToken> insertSession(StoredToken session, int minutes, String issuer) {
        String chain = chain(session);
        AuditEvent started = new AuditEvent(session.id(), session.naam(), "SESSIE_GESTART", "token/" + session.id(),
                "role=" + session.role().wireName() + " issuer=" + issuer + " geldigMinuten=" + minutes, session.persoon());
        return database.inTenant(chain, conn -> conn.preparedQuery(INSERT_SESSION).execute(Tuple.from(new Object[] {
                        session.id(), session.tenantId(), session.role().wireName(), session.naam(),
                        Buffer.buffer(session.secretSha256()), minutes, session.persoon()}))
                .compose(inserted -> PgAuditLog.append(conn, chain, started).map(toToken(inserted.iterator().next()))));
    }

    @Override
    public Future<Optional<StoredToken>> find(String id) {
        return database.inPlatform(conn -> conn.preparedQuery(FIND).execute(Tuple.of(id)))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(toToken(rows.iterator().next())));
    }

    @Override
    public Future<Boolean> anyWithRole(Role role) {
        return database.inPlatform(conn -> conn.preparedQuery(ANY_WITH_ROLE).execute(Tuple.of(role.wireName())))
                .map(rows -> rows.iterator().next().getBoolean("found"));
    }

    @Override
    public Future<List<StoredToken>> all(int limit) {
        return database.inPlatform(conn -> conn.preparedQuery(ALL).execute(Tuple.of(limit))).map(rows -> {
            List<StoredToken> all = new ArrayList<>(rows.size());
            rows.forEach(row -> all.add(toToken(row)));
            return all;
        });
    }

    @Override
    public Future<Void> touch(String id) {
        return database.inPlatform(conn -> conn.preparedQuery(TOUCH).execute(Tuple.of(id))).mapEmpty();
    }

    @Override
    public Future<Optional<StoredToken>> revoke(StoredToken token, Caller by) {
        String chain = chain(token);
        // a session its own person ends is a sign-out; any other end is a revocation
        String action = token.sessie() && token.persoon().equals(by.persoon()) ? "SESSIE_BEEINDIGD" : "TOKEN_REVOKED";
        AuditEvent revoked = AuditEvent.by(by, action, "token/" + token.id(),
                "role=" + token.role().wireName() + " naam=" + token.naam());
        return database.inTenant(chain, conn -> conn.preparedQuery(REVOKE).execute(Tuple.of(token.id(), by.tokenId()))
                .compose(rows -> rows.size() == 0 ? Future.succeededFuture(Optional.<StoredToken>empty())
                        : PgAuditLog.append(conn, chain, revoked).map(Optional.of(toToken(rows.iterator().next())))));
    }

    private static String chain(StoredToken token) {
        return token.tenantId() == null ? AuditChain.PLATFORM : token.tenantId();
    }

    private static StoredToken toToken(Row row) {
        return new StoredToken(row.getString("id"), row.getString("tenant_id"),
                Role.fromWireName(row.getString("role")).orElseThrow(), row.getString("naam"), row.getString("persoon"),
                row.getBuffer("secret_sha256").getBytes(), row.getString("created_by"),
                instant(row.getOffsetDateTime("created_at")), instant(row.getOffsetDateTime("expires_at")),
                row.getBoolean("expired"), instant(row.getOffsetDateTime("revoked_at")), row.getString("revoked_by"),
                instant(row.getOffsetDateTime("last_used_at")), row.getBoolean("sessie"));
    }

    private static java.time.Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
