package nl.gbi.persistence;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import nl.gbi.audit.AuditEntry;
import nl.gbi.audit.AuditEvent;
import nl.gbi.audit.AuditStore;

/**
 * The audit trail in PostgreSQL: {@code audit_log}, into which the application role can only insert. The
 * trigger {@code audit_log_chain} numbers each row and links it to the previous one of its chain.
 */
public final class PgAuditLog implements AuditStore {

    private static final String APPEND = """
            INSERT INTO audit_log (tenant_id, actor, actor_naam, action, subject, details, persoon)
            VALUES ($1, $2, $3, $4, $5, $6, $7)""";
    private static final String READ = """
            SELECT tenant_id, seq, at, actor, actor_naam, action, subject, details, persoon, prev_hash, hash
            FROM audit_log WHERE tenant_id = $1 AND seq > $2 ORDER BY seq LIMIT $3""";

    private final Database database;

    public PgAuditLog(Database database) {
        this.database = database;
    }

    /** Appends {@code event} to {@code chain} inside the caller's transaction (whose tenant is {@code chain}). */
    public static Future<Void> append(SqlConnection conn, String chain, AuditEvent event) {
        return conn.preparedQuery(APPEND).execute(Tuple.from(new Object[] {chain, event.actor(), event.actorNaam(),
                event.action(), event.subject(), event.details(), event.persoon()})).mapEmpty();
    }

    @Override
    public Future<List<AuditEntry>> read(String chain, long afterSeq, int limit) {
        return database.inTenant(chain, conn -> read(conn, chain, afterSeq, limit));
    }

    /** Rows of {@code chain} after {@code afterSeq} on a connection whose transaction may see them. */
    public static Future<List<AuditEntry>> read(SqlConnection conn, String chain, long afterSeq, int limit) {
        return conn.preparedQuery(READ).execute(Tuple.of(chain, afterSeq, limit)).map(rows -> {
            List<AuditEntry> entries = new ArrayList<>(rows.size());
            for (Row row : rows) {
                entries.add(new AuditEntry(row.getString("tenant_id"), row.getLong("seq"),
                        row.getOffsetDateTime("at"), row.getString("actor"), row.getString("actor_naam"),
                        row.getString("action"), row.getString("subject"), row.getString("details"),
                        row.getString("persoon"), row.getBuffer("prev_hash").getBytes(), row.getBuffer("hash").getBytes()));
            }
            return entries;
        });
    }
}
