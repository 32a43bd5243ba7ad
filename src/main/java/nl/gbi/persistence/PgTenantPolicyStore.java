package nl.gbi.persistence;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.gbi.audit.AuditEvent;
import nl.gbi.domain.Money;
import nl.gbi.domain.TenantPolicy;
import nl.gbi.domain.VerlagingBase;
import nl.gbi.parameters.StoredPolicy;
import nl.gbi.parameters.StoredSet;
import nl.gbi.parameters.TenantPolicyStore;

/** The municipalities' policies in PostgreSQL (V016), each decision audited in the tenant's chain in its transaction. */
public final class PgTenantPolicyStore implements TenantPolicyStore {

    private final Database database;

    public PgTenantPolicyStore(Database database) {
        this.database = database;
    }

    @Override
    public Future<Void> seedIfMissing(String tenantId, TenantPolicy policy, AuditEvent event) {
        return database.inTenant(tenantId, conn -> conn.preparedQuery(TenantPolicySql.LOCK).execute(Tuple.of(tenantId))
                .compose(locked -> conn.preparedQuery(TenantPolicySql.ANY).execute(Tuple.of(tenantId)))
                .compose(any -> any.iterator().next().getBoolean("any") ? Future.succeededFuture()
                        : insert(conn, tenantId, StoredSet.SEED, StoredSet.GOEDGEKEURD, policy, Map.of(),
                                AuditEvent.ENGINE, "engine", event).mapEmpty()));
    }

    @Override
    public Future<Long> version() {
        return database.inPlatform(conn -> conn.query(TenantPolicySql.VERSION).execute()
                .map(rows -> rows.iterator().next().getLong("version")));
    }

    @Override
    public Future<Optional<StoredPolicy>> inEffect(String tenantId) {
        return database.inTenant(tenantId, conn -> conn.preparedQuery(TenantPolicySql.IN_EFFECT).execute(Tuple.of(tenantId))
                .map(PgTenantPolicyStore::first));
    }

    @Override
    public Future<Optional<StoredPolicy>> approvedBefore(String tenantId, Long approvalSeq) {
        if (approvalSeq == null) {
            return inEffect(tenantId);
        }
        return database.inTenant(tenantId, conn -> conn.preparedQuery(TenantPolicySql.APPROVED_BEFORE)
                .execute(Tuple.of(tenantId, approvalSeq)).map(PgTenantPolicyStore::first));
    }

    @Override
    public Future<StoredPolicy> propose(String tenantId, TenantPolicy policy, Map<String, String> redenen, String by,
            String byNaam, AuditEvent event) {
        return database.inTenant(tenantId, conn -> insert(conn, tenantId, StoredSet.VOORSTEL, StoredSet.VOORGESTELD,
                        policy, redenen, by, byNaam, event)
                .compose(id -> conn.preparedQuery(TenantPolicySql.FIND).execute(Tuple.of(tenantId, id)))
                .map(rows -> first(rows).orElseThrow()));
    }

    @Override
    public Future<List<StoredPolicy>> recent(String tenantId, int limit) {
        return database.inTenant(tenantId, conn -> conn.preparedQuery(TenantPolicySql.RECENT)
                .execute(Tuple.of(tenantId, limit)).map(PgTenantPolicyStore::all));
    }

    @Override
    public Future<Optional<StoredPolicy>> find(String tenantId, long id) {
        return database.inTenant(tenantId, conn -> conn.preparedQuery(TenantPolicySql.FIND).execute(Tuple.of(tenantId, id))
                .map(PgTenantPolicyStore::first));
    }

    @Override
    public Future<Optional<Decision>> beginDecision(String tenantId, long id) {
        return database.begin(tenantId).compose(tx -> {
            SqlConnection conn = tx.connection();
            return conn.preparedQuery(TenantPolicySql.LOCK).execute(Tuple.of(tenantId))
                    .compose(locked -> conn.preparedQuery(TenantPolicySql.FIND).execute(Tuple.of(tenantId, id)))
                    .compose(rows -> {
                        Optional<StoredPolicy> found = first(rows);
                        if (found.isEmpty()) {
                            return tx.rollback().map(ended -> Optional.<Decision>empty());
                        }
                        return conn.preparedQuery(TenantPolicySql.IN_EFFECT).execute(Tuple.of(tenantId))
                                .map(current -> Optional.<Decision>of(new PgDecision(tx, found.get(), first(current))));
                    })
                    .recover(failure -> tx.rollback().transform(ended -> Future.failedFuture(failure)));
        });
    }

    private record PgDecision(Database.TenantTransaction tx, StoredPolicy policy, Optional<StoredPolicy> inEffect)
            implements Decision {

        @Override
        public Future<StoredPolicy> approve(String by, String byNaam, AuditEvent event) {
            return decide(TenantPolicySql.APPROVE, Tuple.of(policy.tenantId(), policy.id(), by, byNaam), event);
        }

        @Override
        public Future<StoredPolicy> reject(String by, String byNaam, String reden, AuditEvent event) {
            return decide(TenantPolicySql.REJECT, Tuple.of(policy.tenantId(), policy.id(), by, byNaam, reden), event);
        }

        private Future<StoredPolicy> decide(String sql, Tuple args, AuditEvent event) {
            SqlConnection conn = tx.connection();
            return conn.preparedQuery(sql).execute(args)
                    .compose(updated -> updated.rowCount() == 1 ? Future.succeededFuture()
                            : Future.failedFuture(new IllegalStateException("policy " + policy.id() + " was decided")))
                    .compose(updated -> PgAuditLog.append(conn, policy.tenantId(), event))
                    .compose(audited -> conn.preparedQuery(TenantPolicySql.FIND)
                            .execute(Tuple.of(policy.tenantId(), policy.id())))
                    .compose(rows -> tx.commit().map(committed -> first(rows).orElseThrow()))
                    .recover(failure -> tx.rollback().transform(ended -> Future.failedFuture(failure)));
        }

        @Override
        public Future<Void> abandon() {
            return tx.rollback();
        }
    }

    private static Future<Long> insert(SqlConnection conn, String tenantId, String bron, String status, TenantPolicy p,
            Map<String, String> redenen, String by, String byNaam, AuditEvent event) {
        boolean approved = StoredSet.GOEDGEKEURD.equals(status);
        Integer[] percentages = new TreeSet<>(p.allowedVerlagingPercentages()).toArray(Integer[]::new);
        return conn.preparedQuery(TenantPolicySql.INSERT).execute(Tuple.from(new Object[] {tenantId, bron, status,
                        percentages, p.verlagingBase().name(), p.voorschotMaxPercentage(),
                        p.secondApprovalThreshold().cents(), new JsonObject(new LinkedHashMap<>(redenen)), by, byNaam,
                        approved ? by : null, approved ? byNaam : null}))
                .map(rows -> rows.iterator().next().getLong("id"))
                .compose(id -> PgAuditLog.append(conn, tenantId, event.with("beleid/" + id, event.details())).map(id));
    }

    private static Optional<StoredPolicy> first(RowSet<Row> rows) {
        return all(rows).stream().findFirst();
    }

    private static List<StoredPolicy> all(RowSet<Row> rows) {
        List<StoredPolicy> policies = new ArrayList<>();
        for (Row r : rows) {
            Map<String, String> redenen = new LinkedHashMap<>();
            new JsonObject(r.getString("redenen")).forEach(e -> redenen.put(e.getKey(), String.valueOf(e.getValue())));
            TenantPolicy policy = new TenantPolicy(Set.of(r.getArrayOfIntegers("allowed_verlaging_percentages")),
                    VerlagingBase.valueOf(r.getString("verlaging_base")), r.getInteger("voorschot_max_percentage"),
                    Money.ofCents(r.getLong("second_approval_threshold_cents")));
            policies.add(new StoredPolicy(r.getLong("id"), r.getString("tenant_id"), r.getString("bron"),
                    r.getString("status"), policy, redenen, r.getString("proposed_by"), r.getString("proposed_by_naam"),
                    r.getOffsetDateTime("proposed_at"), r.getString("decided_by"), r.getString("decided_by_naam"),
                    r.getOffsetDateTime("decided_at"), r.getString("afwijzing_reden"), r.getLong("approval_seq")));
        }
        return policies;
    }
}
