package nl.gbi.persistence;

/** The SQL of {@link PgTenantPolicyStore}: rows in and out, no rule. Every statement runs in the tenant's transaction. */
final class TenantPolicySql {

    private TenantPolicySql() {
    }

    static final String LOCK = "SELECT pg_advisory_xact_lock(hashtextextended('gbi.tenant_policies/' || $1, 0))";
    static final String VERSION = "SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS version"
            + " FROM tenant_policy_approval_seq";
    private static final String COLUMNS = """
            SELECT id, tenant_id, bron, status, allowed_verlaging_percentages, verlaging_base, voorschot_max_percentage,
                   second_approval_threshold_cents, redenen::text AS redenen, proposed_by, proposed_by_naam, proposed_at,
                   decided_by, decided_by_naam, decided_at, afwijzing_reden, approval_seq
            FROM tenant_policies""";
    static final String ANY = "SELECT EXISTS (SELECT 1 FROM tenant_policies WHERE tenant_id = $1) AS any";
    static final String IN_EFFECT = COLUMNS
            + " WHERE tenant_id = $1 AND status = 'GOEDGEKEURD' ORDER BY approval_seq DESC LIMIT 1";
    static final String APPROVED_BEFORE = COLUMNS
            + " WHERE tenant_id = $1 AND status = 'GOEDGEKEURD' AND approval_seq < $2 ORDER BY approval_seq DESC LIMIT 1";
    static final String RECENT = COLUMNS + " WHERE tenant_id = $1 ORDER BY id DESC LIMIT $2";
    static final String FIND = COLUMNS + " WHERE tenant_id = $1 AND id = $2";
    static final String INSERT = """
            INSERT INTO tenant_policies (tenant_id, bron, status, allowed_verlaging_percentages, verlaging_base,
                                         voorschot_max_percentage, second_approval_threshold_cents, redenen, proposed_by,
                                         proposed_by_naam, decided_by, decided_by_naam, decided_at, approval_seq)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12,
                    CASE WHEN $3 = 'GOEDGEKEURD' THEN now() END,
                    CASE WHEN $3 = 'GOEDGEKEURD' THEN nextval('tenant_policy_approval_seq') END)
            RETURNING id""";
    static final String APPROVE = """
            UPDATE tenant_policies SET status = 'GOEDGEKEURD', decided_by = $3, decided_by_naam = $4, decided_at = now(),
                   approval_seq = nextval('tenant_policy_approval_seq')
            WHERE tenant_id = $1 AND id = $2 AND status = 'VOORGESTELD'""";
    static final String REJECT = """
            UPDATE tenant_policies SET status = 'AFGEWEZEN', decided_by = $3, decided_by_naam = $4, decided_at = now(),
                   afwijzing_reden = $5
            WHERE tenant_id = $1 AND id = $2 AND status = 'VOORGESTELD'""";
}
