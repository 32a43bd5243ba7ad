package nl.gbi.persistence;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.gbi.audit.AuditChain;
import nl.gbi.audit.AuditEvent;
import nl.gbi.calculation.Parameter;
import nl.gbi.calculation.ParameterValue;
import nl.gbi.parameters.ParameterSetStore;
import nl.gbi.parameters.StoredSet;
import nl.gbi.parameterset.Proposal;

/**
 * Parameter sets in PostgreSQL (V015): the figures as rows in {@code parameter_set_values}, each decision once
 * (a trigger refuses any edit of a decided set) and audited in the PLATFORM chain in the same transaction.
 */
public final class PgParameterSetStore implements ParameterSetStore {

    private final Database database;

    public PgParameterSetStore(Database database) {
        this.database = database;
    }

    @Override
    public Future<Void> seedIfEmpty(Proposal shipped, String document, AuditEvent event) {
        return database.inTenant(AuditChain.PLATFORM, conn -> conn.query(ParameterSetSql.LOCK).execute()
                .compose(locked -> conn.query(ParameterSetSql.ANY).execute())
                .compose(any -> any.iterator().next().getBoolean("any") ? Future.succeededFuture()
                        : insert(conn, StoredSet.SEED, StoredSet.GOEDGEKEURD, shipped, document, AuditEvent.ENGINE,
                                "engine", event).mapEmpty()));
    }

    @Override
    public Future<Long> version() {
        return database.inPlatform(conn -> conn.query(ParameterSetSql.VERSION).execute()
                .map(rows -> rows.iterator().next().getLong("version")));
    }

    @Override
    public Future<List<StoredSet>> approved() {
        return database.inPlatform(conn -> conn.query(ParameterSetSql.APPROVED).execute()
                .compose(rows -> withValues(conn, rows)));
    }

    @Override
    public Future<StoredSet> propose(Proposal proposal, String document, String by, String byNaam, AuditEvent event) {
        return database.inTenant(AuditChain.PLATFORM, conn -> insert(conn, StoredSet.VOORSTEL, StoredSet.VOORGESTELD,
                proposal, document, by, byNaam, event).compose(id -> find(conn, id)).map(Optional::orElseThrow));
    }

    @Override
    public Future<List<StoredSet>> recent(int limit) {
        return database.inPlatform(conn -> conn.preparedQuery(ParameterSetSql.RECENT).execute(Tuple.of(limit))
                .compose(rows -> withValues(conn, rows)));
    }

    @Override
    public Future<Optional<StoredSet>> find(long id) {
        return database.inPlatform(conn -> find(conn, id));
    }

    @Override
    public Future<Optional<Decision>> beginDecision(long id) {
        return database.begin(AuditChain.PLATFORM).compose(tx -> {
            SqlConnection conn = tx.connection();
            return conn.query(ParameterSetSql.LOCK).execute()
                    .compose(locked -> find(conn, id))
                    .compose(found -> found.isEmpty() ? tx.rollback().map(ended -> Optional.<Decision>empty())
                            : conn.query(ParameterSetSql.APPROVED).execute().compose(rows -> withValues(conn, rows))
                                    .map(approved -> Optional.<Decision>of(new PgDecision(tx, found.get(), approved))))
                    .recover(failure -> tx.rollback().transform(ended -> Future.failedFuture(failure)));
        });
    }

    private record PgDecision(Database.TenantTransaction tx, StoredSet set, List<StoredSet> approved) implements Decision {

        @Override
        public Future<StoredSet> approve(String by, String byNaam, Supersession supersession, AuditEvent event) {
            if (supersession == null) {
                return decide(ParameterSetSql.APPROVE, Tuple.of(set.id(), by, byNaam), event);
            }
            SqlConnection conn = tx.connection();
            Future<Integer> recalculated = Future.succeededFuture(0);
            for (String tenantId : supersession.tenantIds()) {
                for (YearMonth halfYear : supersession.halfYears()) {
                    recalculated = recalculated.compose(before -> conn.preparedQuery(ParameterSetSql.SET_TENANT)
                            .execute(Tuple.of(tenantId))
                            .compose(set -> conn.preparedQuery(ParameterSetSql.RECALCULATE).execute(Tuple.of(
                                    supersession.vervangt(), halfYear.atDay(1), halfYear.plusMonths(6).atDay(1),
                                    "parameterset/" + this.set.id())))
                            .map(rows -> before + rows.rowCount()));
                }
                // after the half-years: a month redone above has a new version without a result, so it is not redone twice
                for (int year : supersession.aowYears()) {
                    recalculated = recalculated.compose(before -> conn.preparedQuery(ParameterSetSql.SET_TENANT)
                            .execute(Tuple.of(tenantId))
                            .compose(set -> conn.preparedQuery(ParameterSetSql.RECALCULATE_ALL).execute(Tuple.of(
                                    LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1),
                                    "parameterset/" + this.set.id())))
                            .map(rows -> before + rows.rowCount()));
                }
            }
            return recalculated
                    .compose(count -> conn.preparedQuery(ParameterSetSql.SET_TENANT).execute(Tuple.of(AuditChain.PLATFORM))
                            .map(back -> count))
                    .recover(failure -> tx.rollback().transform(ended -> Future.failedFuture(failure)))
                    .compose(count -> decide(ParameterSetSql.APPROVE, Tuple.of(set.id(), by, byNaam),
                            event.with(event.subject(), event.details() + " herberekend=" + count)));
        }

        @Override
        public Future<StoredSet> reject(String by, String byNaam, String reden, AuditEvent event) {
            return decide(ParameterSetSql.REJECT, Tuple.of(set.id(), by, byNaam, reden), event);
        }

        private Future<StoredSet> decide(String sql, Tuple args, AuditEvent event) {
            SqlConnection conn = tx.connection();
            return conn.preparedQuery(sql).execute(args)
                    .compose(updated -> updated.rowCount() == 1 ? Future.succeededFuture()
                            : Future.failedFuture(new IllegalStateException("parameter set " + set.id() + " was decided")))
                    .compose(updated -> PgAuditLog.append(conn, AuditChain.PLATFORM, event))
                    .compose(audited -> find(conn, set.id()))
                    .compose(decided -> tx.commit().map(committed -> decided.orElseThrow()))
                    .recover(failure -> tx.rollback().transform(ended -> Future.failedFuture(failure)));
        }

        @Override
        public Future<Void> abandon() {
            return tx.rollback();
        }
    }

    private static Future<Long> insert(SqlConnection conn, String bron, String status, Proposal proposal,
            String document, String by, String byNaam, AuditEvent event) {
        boolean approved = StoredSet.GOEDGEKEURD.equals(status);
        JsonObject redenen = new JsonObject(new LinkedHashMap<>(proposal.redenen()));
        JsonObject afwezig = new JsonObject();
        proposal.afwezig().forEach((key, why) -> afwezig.put(key.name(), why));
        List<ParameterValue> rows = proposal.rows();
        String[] keys = new String[rows.size()];
        LocalDate[] dates = new LocalDate[rows.size()];
        Long[] values = new Long[rows.size()];
        String[] publications = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            keys[i] = rows.get(i).parameter().name();
            dates[i] = rows.get(i).geldigVanaf();
            values[i] = rows.get(i).waarde();
            publications[i] = rows.get(i).publicatie();
        }
        return conn.preparedQuery(ParameterSetSql.INSERT).execute(Tuple.from(new Object[] {bron, status,
                        proposal.sha256(), document, redenen, afwezig, proposal.vervangt(), by, byNaam,
                        approved ? by : null, approved ? byNaam : null}))
                .map(inserted -> inserted.iterator().next().getLong("id"))
                .compose(id -> conn.preparedQuery(ParameterSetSql.INSERT_VALUES)
                        .execute(Tuple.of(id, keys, dates, values, publications))
                        .compose(stored -> PgAuditLog.append(conn, AuditChain.PLATFORM,
                                event.with("parameterset/" + id, event.details())))
                        .map(audited -> id));
    }

    private static Future<Optional<StoredSet>> find(SqlConnection conn, long id) {
        return conn.preparedQuery(ParameterSetSql.FIND).execute(Tuple.of(id))
                .compose(rows -> withValues(conn, rows)).map(sets -> sets.stream().findFirst());
    }

    private static Future<List<StoredSet>> withValues(SqlConnection conn, RowSet<Row> sets) {
        List<Row> setRows = new ArrayList<>();
        sets.forEach(setRows::add);
        if (setRows.isEmpty()) {
            return Future.succeededFuture(List.of());
        }
        Long[] ids = setRows.stream().map(r -> r.getLong("id")).toArray(Long[]::new);
        return conn.preparedQuery(ParameterSetSql.VALUES).execute(Tuple.of(ids)).map(values -> {
            Map<Long, List<ParameterValue>> bySet = new HashMap<>();
            for (Row v : values) {
                bySet.computeIfAbsent(v.getLong("set_id"), k -> new ArrayList<>()).add(new ParameterValue(
                        Parameter.valueOf(v.getString("parameter")), v.getLocalDate("geldig_vanaf"), v.getLong("waarde"),
                        v.getString("publicatie")));
            }
            // in the order the law lists them: per date, then as the enum (art. 21 before art. 20)
            bySet.values().forEach(rows -> rows.sort(java.util.Comparator.comparing(ParameterValue::geldigVanaf)
                    .thenComparing(v -> v.parameter().ordinal())));
            List<StoredSet> result = new ArrayList<>(setRows.size());
            for (Row r : setRows) {
                result.add(stored(r, bySet.getOrDefault(r.getLong("id"), List.of())));
            }
            return result;
        });
    }

    private static StoredSet stored(Row r, List<ParameterValue> rows) {
        Map<String, String> redenen = new LinkedHashMap<>();
        new JsonObject(r.getString("redenen")).forEach(e -> redenen.put(e.getKey(), String.valueOf(e.getValue())));
        Map<Parameter, String> afwezig = new EnumMap<>(Parameter.class);
        new JsonObject(r.getString("afwezig")).forEach(e -> afwezig.put(Parameter.valueOf(e.getKey()),
                String.valueOf(e.getValue())));
        return new StoredSet(r.getLong("id"), r.getString("bron"), r.getString("status"), r.getString("sha256"),
                r.getString("document"), rows, redenen, afwezig, r.getLong("vervangt"), r.getString("proposed_by"),
                r.getString("proposed_by_naam"), r.getOffsetDateTime("proposed_at"), r.getString("decided_by"),
                r.getString("decided_by_naam"), r.getOffsetDateTime("decided_at"), r.getString("afwijzing_reden"),
                r.getLong("approval_seq"));
    }
}
