package nl.gbi.persistence;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.gbi.audit.AuditEvent;
import nl.gbi.domain.EngineError;
import nl.gbi.kwijtschelding.Grond;
import nl.gbi.kwijtschelding.Kwijtschelding;
import nl.gbi.kwijtschelding.KwijtscheldingStore;
import nl.gbi.ledger.BookingKind;
import nl.gbi.ledger.LedgerBooking;

/** Write-offs in PostgreSQL: {@code kwijtscheldingen} and, once in effect, their KWIJTSCHELDING booking (V019). */
public final class PgKwijtscheldingStore implements KwijtscheldingStore {

    private static final String COLUMNS = "id, dossier_id, bedrag_cents, grond, reden, status, voorgesteld_door,"
            + " voorgesteld_naam, voorgesteld_op, besloten_door, besloten_naam, besloten_op, afwijzing_reden, vier_ogen";
    private static final String LOCK = "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))";
    static final String BOOKINGS = """
            SELECT periode, kind, cents FROM ledger_bookings
            WHERE tenant_id = $1 AND dossier_id = $2 AND NOT released AND kind IN ('VORDERING', 'AFLOSSING', 'KWIJTSCHELDING')""";
    private static final String FIND = "SELECT " + COLUMNS + " FROM kwijtscheldingen WHERE tenant_id = $1 AND id = $2";
    private static final String PENDING = "SELECT " + COLUMNS + " FROM kwijtscheldingen WHERE tenant_id = $1"
            + " AND status = 'VOORGESTELD' ORDER BY voorgesteld_op, id LIMIT $2";
    private static final String INSERT = "INSERT INTO kwijtscheldingen (tenant_id, dossier_id, bedrag_cents, grond, reden,"
            + " status, voorgesteld_door, voorgesteld_naam, vier_ogen, besloten_door, besloten_naam, besloten_op)"
            + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, CASE WHEN $6 = 'VOORGESTELD' THEN NULL ELSE now() END)"
            + " RETURNING " + COLUMNS;
    private static final String DECIDE = "UPDATE kwijtscheldingen SET status = $3, besloten_door = $4, besloten_naam = $5,"
            + " besloten_op = now(), afwijzing_reden = $6 WHERE tenant_id = $1 AND id = $2 AND status = 'VOORGESTELD'"
            + " RETURNING " + COLUMNS;
    private static final String BOOK = "INSERT INTO ledger_bookings (tenant_id, dossier_id, periode, kind, cents,"
            + " kwijtschelding_id) VALUES ($1, $2, $3, 'KWIJTSCHELDING', $4, $5)";

    private final Database database;

    public PgKwijtscheldingStore(Database database) {
        this.database = database;
    }

    @Override
    public Future<Optional<Kwijtschelding>> find(String tenantId, long id) {
        return database.inTenant(tenantId, conn -> conn.preparedQuery(FIND).execute(Tuple.of(tenantId, id))
                .map(rows -> rows.size() == 0 ? Optional.<Kwijtschelding>empty() : Optional.of(row(rows.iterator().next()))));
    }

    @Override
    public Future<List<Kwijtschelding>> pending(String tenantId, int limit) {
        return database.inTenant(tenantId, conn -> conn.preparedQuery(PENDING).execute(Tuple.of(tenantId, limit))
                .map(rows -> {
                    List<Kwijtschelding> all = new ArrayList<>();
                    rows.forEach(r -> all.add(row(r)));
                    return all;
                }));
    }

    @Override
    public Future<Decision> begin(String tenantId, String dossierId) {
        return database.begin(tenantId).compose(tx -> {
            SqlConnection conn = tx.connection();
            return conn.preparedQuery(LOCK).execute(Tuple.of(tenantId + "/" + dossierId + "/kwijtschelding"))
                    .compose(locked -> conn.preparedQuery(BOOKINGS).execute(Tuple.of(tenantId, dossierId)))
                    .map(rows -> (Decision) new PgDecision(tx, tenantId, dossierId, bookings(rows)))
                    .recover(failure -> tx.rollback().transform(ended -> Future.failedFuture(failure)));
        });
    }

    private record PgDecision(Database.TenantTransaction tx, String tenantId, String dossierId,
                              List<LedgerBooking> bookings) implements Decision {

        @Override
        public Future<Kwijtschelding> propose(String dossier, long bedragCents, Grond grond, String reden, String door,
                                              String naam, boolean vierOgen, boolean effective, YearMonth boekmaand,
                                              AuditEvent event) {
            SqlConnection conn = tx.connection();
            return conn.preparedQuery(INSERT).execute(Tuple.from(new Object[] {tenantId, dossier, bedragCents, grond.name(),
                            reden, effective ? Kwijtschelding.GOEDGEKEURD : Kwijtschelding.VOORGESTELD, door, naam, vierOgen,
                            effective ? door : null, effective ? naam : null}))
                    .map(rows -> row(rows.iterator().next()))
                    .compose(made -> effective ? book(conn, tenantId, made, boekmaand).map(made) : Future.succeededFuture(made))
                    .compose(made -> PgAuditLog.append(conn, tenantId, event).compose(audited -> tx.commit()).map(made))
                    .recover(failure -> tx.rollback().transform(ended -> Future.failedFuture(failure)));
        }

        @Override
        public Future<Kwijtschelding> decide(long id, boolean approve, String door, String naam, String afwijzingReden,
                                             YearMonth boekmaand, AuditEvent event) {
            SqlConnection conn = tx.connection();
            return conn.preparedQuery(DECIDE).execute(Tuple.of(tenantId, id,
                            approve ? Kwijtschelding.GOEDGEKEURD : Kwijtschelding.AFGEWEZEN, door, naam,
                            approve ? null : afwijzingReden))
                    .compose(rows -> rows.size() == 0
                            ? Future.<Kwijtschelding>failedFuture(EngineError.conflict("Kwijtschelding " + id + " is al beslist"))
                            : Future.succeededFuture(row(rows.iterator().next())))
                    .compose(decided -> approve ? book(conn, tenantId, decided, boekmaand).map(decided) : Future.succeededFuture(decided))
                    .compose(decided -> PgAuditLog.append(conn, tenantId, event).compose(audited -> tx.commit()).map(decided))
                    .recover(failure -> tx.rollback().transform(ended -> Future.failedFuture(failure)));
        }

        @Override
        public Future<Void> abandon() {
            return tx.rollback();
        }
    }

    private static Future<Void> book(SqlConnection conn, String tenantId, Kwijtschelding k, YearMonth boekmaand) {
        return conn.preparedQuery(BOOK).execute(Tuple.of(tenantId, k.dossierId(), boekmaand.atDay(1), k.bedragCents(),
                k.id())).mapEmpty();
    }

    private static List<LedgerBooking> bookings(RowSet<Row> rows) {
        List<LedgerBooking> all = new ArrayList<>();
        rows.forEach(r -> all.add(new LedgerBooking(YearMonth.from(r.getLocalDate("periode")),
                BookingKind.valueOf(r.getString("kind")), r.getLong("cents"))));
        return all;
    }

    private static Kwijtschelding row(Row r) {
        OffsetDateTime decided = r.getOffsetDateTime("besloten_op");
        return new Kwijtschelding(r.getLong("id"), r.getString("dossier_id"), r.getLong("bedrag_cents"),
                Grond.valueOf(r.getString("grond")), r.getString("reden"), r.getString("status"),
                r.getString("voorgesteld_door"), r.getString("voorgesteld_naam"),
                r.getOffsetDateTime("voorgesteld_op").toInstant(), r.getString("besloten_door"), r.getString("besloten_naam"),
                decided == null ? null : decided.toInstant(), r.getString("afwijzing_reden"), r.getBoolean("vier_ogen"));
    }
}
