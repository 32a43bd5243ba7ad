package nl.gbi.persistence;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.gbi.audit.AuditEvent;
import nl.gbi.opschorting.Grondslag;
import nl.gbi.opschorting.Opschorting;
import nl.gbi.opschorting.OpschortingStore;

/** Holds in PostgreSQL: {@code opschortingen} (V017), one active per dossier by a partial unique index. */
public final class PgOpschortingStore implements OpschortingStore {

    private static final String COLUMNS = "id, dossier_id, grondslag, reden, ingangsdatum, geplaatst_op, geplaatst_door,"
            + " geplaatst_naam, opgeheven_op, opgeheven_door, opgeheven_naam, opheffing_reden";
    private static final String KNOWN = "SELECT 1 FROM latest_berekeningen WHERE tenant_id = $1 AND dossier_id = $2 LIMIT 1";
    private static final String INSERT = "INSERT INTO opschortingen (tenant_id, dossier_id, grondslag, reden, ingangsdatum,"
            + " geplaatst_door, geplaatst_naam) VALUES ($1, $2, $3, $4, $5, $6, $7)"
            + " ON CONFLICT (tenant_id, dossier_id) WHERE opgeheven_op IS NULL DO NOTHING RETURNING " + COLUMNS;
    private static final String OF_DOSSIER = "SELECT " + COLUMNS + " FROM opschortingen WHERE tenant_id = $1"
            + " AND dossier_id = $2 ORDER BY id DESC LIMIT $3";
    private static final String FIND = "SELECT " + COLUMNS + " FROM opschortingen WHERE tenant_id = $1 AND id = $2";
    private static final String LIFT = "UPDATE opschortingen SET opgeheven_op = now(), opgeheven_door = $3,"
            + " opgeheven_naam = $4, opheffing_reden = $5 WHERE tenant_id = $1 AND id = $2 AND opgeheven_op IS NULL"
            + " RETURNING " + COLUMNS;
    private static final String ACTIVE = "SELECT " + COLUMNS + " FROM opschortingen WHERE tenant_id = $1"
            + " AND opgeheven_op IS NULL ORDER BY ingangsdatum, id LIMIT $2";

    private final Database database;

    public PgOpschortingStore(Database database) {
        this.database = database;
    }

    @Override
    public Future<Boolean> dossierKnown(String tenantId, String dossierId) {
        return database.inTenant(tenantId, conn -> conn.preparedQuery(KNOWN).execute(Tuple.of(tenantId, dossierId))
                .map(rows -> rows.size() > 0));
    }

    @Override
    public Future<Optional<Opschorting>> place(String tenantId, Plaatsing p, AuditEvent event) {
        return database.inTenant(tenantId, conn -> conn.preparedQuery(INSERT).execute(Tuple.from(new Object[] {tenantId,
                        p.dossierId(), p.grondslag().name(), p.reden(), p.ingangsdatum(), p.door(), p.naam()}))
                .compose(rows -> appendIfWritten(conn, tenantId, rows, event)));
    }

    @Override
    public Future<List<Opschorting>> ofDossier(String tenantId, String dossierId, int limit) {
        return database.inTenant(tenantId, conn -> conn.preparedQuery(OF_DOSSIER)
                .execute(Tuple.of(tenantId, dossierId, limit)).map(PgOpschortingStore::all));
    }

    @Override
    public Future<Optional<Opschorting>> find(String tenantId, long id) {
        return database.inTenant(tenantId, conn -> conn.preparedQuery(FIND).execute(Tuple.of(tenantId, id))
                .map(PgOpschortingStore::first));
    }

    @Override
    public Future<Optional<Opschorting>> lift(String tenantId, long id, String door, String naam, String reden,
                                              AuditEvent event) {
        return database.inTenant(tenantId, conn -> conn.preparedQuery(LIFT)
                .execute(Tuple.of(tenantId, id, door, naam, reden))
                .compose(rows -> appendIfWritten(conn, tenantId, rows, event)));
    }

    @Override
    public Future<List<Opschorting>> active(String tenantId, int limit) {
        return database.inTenant(tenantId, conn -> conn.preparedQuery(ACTIVE).execute(Tuple.of(tenantId, limit))
                .map(PgOpschortingStore::all));
    }

    private static Future<Optional<Opschorting>> appendIfWritten(SqlConnection conn, String tenantId, RowSet<Row> rows,
            AuditEvent event) {
        Optional<Opschorting> written = first(rows);
        return written.isEmpty() ? Future.succeededFuture(written)
                : PgAuditLog.append(conn, tenantId, event).map(audited -> written);
    }

    private static Optional<Opschorting> first(RowSet<Row> rows) {
        return rows.size() == 0 ? Optional.empty() : Optional.of(opschorting(rows.iterator().next()));
    }

    private static List<Opschorting> all(RowSet<Row> rows) {
        List<Opschorting> all = new ArrayList<>(rows.size());
        rows.forEach(row -> all.add(opschorting(row)));
        return all;
    }

    private static Opschorting opschorting(Row row) {
        OffsetDateTime lifted = row.getOffsetDateTime("opgeheven_op");
        return new Opschorting(row.getLong("id"), row.getString("dossier_id"), Grondslag.valueOf(row.getString("grondslag")),
                row.getString("reden"), row.getLocalDate("ingangsdatum"), row.getOffsetDateTime("geplaatst_op").toInstant(),
                row.getString("geplaatst_door"), row.getString("geplaatst_naam"), lifted == null ? null : lifted.toInstant(),
                row.getString("opgeheven_door"), row.getString("opgeheven_naam"), row.getString("opheffing_reden"));
    }
}
