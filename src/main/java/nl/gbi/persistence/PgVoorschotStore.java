package nl.gbi.persistence;

import io.vertx.core.Future;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import nl.gbi.audit.AuditEvent;
import nl.gbi.domain.BetalingSoort;
import nl.gbi.domain.EngineError;
import nl.gbi.domain.Iban;
import nl.gbi.domain.Money;
import nl.gbi.ledger.BookedPayment;
import nl.gbi.voorschot.Voorschot;
import nl.gbi.voorschot.VoorschotAanvraag;
import nl.gbi.voorschot.VoorschotStore;

/** Voorschotten in PostgreSQL: {@code voorschotten}, their payment in {@code payments}, a denial's VORDERING. */
public final class PgVoorschotStore implements VoorschotStore {

    /** Payment states that do not count in a month's account (docs/ledger.md). */
    private static final Set<String> NOT_COUNTING = Set.of("RELEASED", "RETURNED", "REJECTED");
    private static final Set<String> UNDECIDED = Set.of("PLANNED", "IN_BATCH");

    private final Database database;

    public PgVoorschotStore(Database database) {
        this.database = database;
    }

    @Override
    public Future<Claimed> claim(String tenantId, String id, String idempotencyKey, VoorschotAanvraag a, boolean instant,
                                 AuditEvent event) {
        LocalDate periode = a.periode().atDay(1);
        return database.inTenant(tenantId, conn -> conn.preparedQuery(VoorschotSql.LOCK_MONTH)
                .execute(Tuple.of(tenantId + "/" + a.dossierId() + "/" + periode))
                .compose(locked -> one(conn, VoorschotSql.FIND_BY_KEY, Tuple.of(tenantId, idempotencyKey)))
                .compose(byKey -> byKey.isPresent() ? Future.succeededFuture(byKey)
                        : one(conn, VoorschotSql.FIND_BY_TRIPLE, Tuple.of(tenantId, a.dossierId(), periode, a.reden())))
                .compose(existing -> {
                    if (existing.isPresent()) {
                        return Future.succeededFuture(new Claimed(existing.get(), false));
                    }
                    return conn.preparedQuery(VoorschotSql.INSERT).execute(Tuple.from(new Object[] {tenantId, id,
                                    a.dossierId(), periode, a.reden(), a.bedrag().cents(), a.iban().value(),
                                    a.tenaamstelling(), instant, event.actor(), idempotencyKey}))
                            .compose(inserted -> PgAuditLog.append(conn, tenantId, event))
                            .compose(audited -> one(conn, VoorschotSql.FIND_BY_ID, Tuple.of(tenantId, id)))
                            .map(made -> new Claimed(made.orElseThrow(), true));
                })).recover(failure -> failure instanceof PgException pg && "23505".equals(pg.getSqlState())
                        ? Future.failedFuture(EngineError.conflict(
                                "Een gelijktijdig verzoek met deze Idempotency-Key of voor deze maand; probeer het opnieuw"))
                        : Future.failedFuture(failure));
    }

    @Override
    public Future<Optional<Long>> liveBatchOf(String tenantId, Voorschot v) {
        return database.inTenant(tenantId, conn -> conn.preparedQuery(VoorschotSql.LIVE_BATCH)
                .execute(Tuple.of(tenantId, v.dossierId(), v.periode().atDay(1), v.lineNo()))
                .map(rows -> rows.size() == 0 ? Optional.<Long>empty()
                        : Optional.of(rows.iterator().next().getLong("batch_id"))));
    }

    @Override
    public Future<Void> attachBatch(String tenantId, String id, long batchId) {
        return database.inTenant(tenantId, conn -> conn.preparedQuery(VoorschotSql.ATTACH_BATCH)
                .execute(Tuple.of(tenantId, id, batchId)).mapEmpty());
    }

    @Override
    public Future<Optional<Voorschot>> find(String tenantId, String id) {
        return database.inTenant(tenantId, conn -> one(conn, VoorschotSql.FIND_BY_ID, Tuple.of(tenantId, id)));
    }

    @Override
    public Future<Optional<Denial>> beginDenial(String tenantId, String id) {
        return database.begin(tenantId).compose(tx -> {
            SqlConnection conn = tx.connection();
            return conn.preparedQuery(VoorschotSql.FIND_BY_ID_FOR_UPDATE).execute(Tuple.of(tenantId, id))
                    .compose(rows -> {
                        if (rows.size() == 0) {
                            return tx.rollback().map(ended -> Optional.<Denial>empty());
                        }
                        Row row = rows.iterator().next();
                        Voorschot voorschot = voorschot(row);
                        BookedPayment payment = payment(row, voorschot.periode());
                        return conn.preparedQuery(VoorschotSql.MONTH_SETTLED)
                                .execute(Tuple.of(tenantId, voorschot.dossierId(), voorschot.periode().atDay(1)))
                                .map(settled -> Optional.<Denial>of(
                                        new PgDenial(tx, tenantId, voorschot, payment, settled.size() > 0)));
                    })
                    .recover(failure -> tx.rollback().transform(ended -> Future.failedFuture(failure)));
        });
    }

    private record PgDenial(Database.TenantTransaction tx, String tenantId, Voorschot voorschot, BookedPayment payment,
                            boolean monthSettled) implements Denial {

        @Override
        public Future<Void> book(String by, String reden, long vorderingCents, AuditEvent event) {
            SqlConnection conn = tx.connection();
            LocalDate periode = voorschot.periode().atDay(1);
            return conn.preparedQuery(VoorschotSql.DENY).execute(Tuple.of(tenantId, voorschot.id(), by, reden))
                    .compose(denied -> vorderingCents <= 0 ? Future.succeededFuture()
                            : conn.preparedQuery(VoorschotSql.BOOK_VORDERING).execute(Tuple.of(tenantId,
                                    voorschot.dossierId(), periode, vorderingCents, voorschot.id())).mapEmpty())
                    .compose(booked -> PgAuditLog.append(conn, tenantId, event))
                    .compose(audited -> tx.commit())
                    .recover(failure -> tx.rollback().transform(ended -> Future.failedFuture(failure)));
        }

        @Override
        public Future<Void> abandon() {
            return tx.rollback();
        }
    }

    private static Future<Optional<Voorschot>> one(SqlConnection conn, String sql, Tuple args) {
        return conn.preparedQuery(sql).execute(args).map(PgVoorschotStore::first);
    }

    private static Optional<Voorschot> first(RowSet<Row> rows) {
        return rows.size() == 0 ? Optional.empty() : Optional.of(voorschot(rows.iterator().next()));
    }

    private static Voorschot voorschot(Row row) {
        Long vordering = row.getLong("vordering_cents");
        return new Voorschot(row.getString("id"), row.getString("dossier_id"),
                YearMonth.from(row.getLocalDate("periode")), row.getString("reden"),
                Money.ofCents(row.getLong("bedrag_cents")), new Iban(row.getString("iban")),
                row.getString("tenaamstelling"), row.getString("state"), row.getBoolean("instant"),
                row.getString("idempotency_key"), row.getInteger("line_no"), row.getLong("batch_id"),
                row.getString("batch_state"), row.getString("payment_state"), row.getString("afwijzing_reden"),
                vordering == null ? 0 : vordering);
    }

    /** The voorschot's payment as the ledger sees it, or null when there is none. */
    private static BookedPayment payment(Row row, YearMonth periode) {
        String state = row.getString("payment_state");
        if (state == null) {
            return null;
        }
        return new BookedPayment(periode, BetalingSoort.VOORSCHOT, row.getLong("payment_cents"),
                !NOT_COUNTING.contains(state), UNDECIDED.contains(state));
    }
}
