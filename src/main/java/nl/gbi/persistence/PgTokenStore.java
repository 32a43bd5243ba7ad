package nl.gbi.persistence;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.Optional;
import nl.gbi.access.Role;
import nl.gbi.access.StoredToken;
import nl.gbi.access.TokenStore;
import nl.gbi.audit.AuditChain;
import nl.gbi.audit.AuditEvent;

/** Tokens in PostgreSQL; the table is platform data, read before any tenant is known. */
public final class PgTokenStore implements TokenStore {

    private static final String INSERT = """
            INSERT INTO tokens (id, tenant_id, role, naam, secret_sha256, created_by)
            VALUES ($1, $2, $3, $4, $5, $6)""";
    private static final String FIND = """
            SELECT id, tenant_id, role, naam, secret_sha256, created_by FROM tokens WHERE id = $1""";
    private static final String ANY_WITH_ROLE = "SELECT EXISTS (SELECT 1 FROM tokens WHERE role = $1) AS found";

    private final Database database;

    public PgTokenStore(Database database) {
        this.database = database;
    }

    /** Stores the token and records its creation in the audit chain of its tenant (PLATFORM for ops and admin). */
    @Override
    public Future<Void> insert(StoredToken token) {
        String chain = token.tenantId() == null ? AuditChain.PLATFORM : token.tenantId();
        AuditEvent created = new AuditEvent(token.createdBy() == null ? AuditEvent.ENGINE : token.createdBy(),
                token.createdBy() == null ? "betaalmotor" : "beheerder", "TOKEN_CREATED", "token/" + token.id(),
                "role=" + token.role().wireName() + " naam=" + token.naam());
        return database.inTenant(chain, conn -> conn.preparedQuery(INSERT).execute(Tuple.of(token.id(), token.tenantId(),
                        token.role().wireName(), token.naam(), Buffer.buffer(token.secretSha256()), token.createdBy()))
                .compose(inserted -> PgAuditLog.append(conn, chain, created)));
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

    private static StoredToken toToken(Row row) {
        return new StoredToken(row.getString("id"), row.getString("tenant_id"),
                Role.fromWireName(row.getString("role")).orElseThrow(), row.getString("naam"),
                row.getBuffer("secret_sha256").getBytes(), row.getString("created_by"));
    }
}
