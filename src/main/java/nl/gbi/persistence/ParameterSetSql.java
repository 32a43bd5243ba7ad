package nl.gbi.persistence;

/** The SQL of {@link PgParameterSetStore}: rows in and out, no rule. */
final class ParameterSetSql {

    private ParameterSetSql() {
    }

    static final String LOCK = "SELECT pg_advisory_xact_lock(hashtextextended('gbi.parameter_sets', 0))";
    static final String ANY = "SELECT EXISTS (SELECT 1 FROM parameter_sets) AS any";
    static final String VERSION = "SELECT coalesce(max(approval_seq), 0) AS version FROM parameter_sets";
    private static final String COLUMNS = """
            id, bron, status, sha256, document, redenen::text AS redenen, afwezig::text AS afwezig, vervangt,
            proposed_by, proposed_by_naam, proposed_at, decided_by, decided_by_naam, decided_at, afwijzing_reden,
            approval_seq""";
    static final String APPROVED = "SELECT " + COLUMNS
            + " FROM parameter_sets WHERE status = 'GOEDGEKEURD' ORDER BY approval_seq";
    static final String RECENT = "SELECT " + COLUMNS + " FROM parameter_sets ORDER BY id DESC LIMIT $1";
    static final String FIND = "SELECT " + COLUMNS + " FROM parameter_sets WHERE id = $1";
    static final String VALUES = """
            SELECT set_id, parameter, geldig_vanaf, waarde, publicatie FROM parameter_set_values
            WHERE set_id = ANY($1::bigint[]) ORDER BY set_id, geldig_vanaf, parameter""";
    static final String INSERT = """
            INSERT INTO parameter_sets (bron, status, sha256, document, redenen, afwezig, vervangt, proposed_by,
                                        proposed_by_naam, decided_by, decided_by_naam, decided_at, approval_seq)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11,
                    CASE WHEN $2 = 'GOEDGEKEURD' THEN now() END,
                    CASE WHEN $2 = 'GOEDGEKEURD' THEN nextval('parameter_approval_seq') END)
            RETURNING id""";
    static final String INSERT_VALUES = """
            INSERT INTO parameter_set_values (set_id, parameter, geldig_vanaf, waarde, publicatie)
            SELECT $1, v.parameter, v.geldig_vanaf, v.waarde, v.publicatie
            FROM unnest($2::text[], $3::date[], $4::bigint[], $5::text[]) AS v(parameter, geldig_vanaf, waarde, publicatie)""";
    static final String SET_TENANT = "SELECT set_config('gbi.tenant', $1, true)";
    /**
     * A correction's recalculation in one tenant: each month in [$2, $3) whose latest version was settled with set
     * $1 gets the next version, with the same input; the run settles it again (docs/parameters.md).
     */
    static final String RECALCULATE = """
            WITH bumped AS (
                UPDATE latest_berekeningen l SET versie = l.versie + 1
                WHERE l.tenant_id = current_setting('gbi.tenant') AND l.periode >= $2 AND l.periode < $3
                  AND EXISTS (SELECT 1 FROM resultaten r WHERE r.tenant_id = l.tenant_id AND r.dossier_id = l.dossier_id
                                AND r.periode = l.periode AND r.versie = l.versie AND NOT r.released
                                AND r.parameter_set_id = $1)
                RETURNING l.tenant_id, l.dossier_id, l.periode, l.versie)
            INSERT INTO berekeningen (tenant_id, dossier_id, periode, versie, input, token_id)
            SELECT b.tenant_id, b.dossier_id, b.periode, n.versie, b.input, $4
            FROM bumped n JOIN berekeningen b ON b.tenant_id = n.tenant_id AND b.dossier_id = n.dossier_id
                                             AND b.periode = n.periode AND b.versie = n.versie - 1""";
    /** A corrected AOW-leeftijd: every month in [$1, $2) settled at its latest version gets the next version. */
    static final String RECALCULATE_ALL = """
            WITH bumped AS (
                UPDATE latest_berekeningen l SET versie = l.versie + 1
                WHERE l.tenant_id = current_setting('gbi.tenant') AND l.periode >= $1 AND l.periode < $2
                  AND EXISTS (SELECT 1 FROM resultaten r WHERE r.tenant_id = l.tenant_id AND r.dossier_id = l.dossier_id
                                AND r.periode = l.periode AND r.versie = l.versie AND NOT r.released)
                RETURNING l.tenant_id, l.dossier_id, l.periode, l.versie)
            INSERT INTO berekeningen (tenant_id, dossier_id, periode, versie, input, token_id)
            SELECT b.tenant_id, b.dossier_id, b.periode, n.versie, b.input, $3
            FROM bumped n JOIN berekeningen b ON b.tenant_id = n.tenant_id AND b.dossier_id = n.dossier_id
                                             AND b.periode = n.periode AND b.versie = n.versie - 1""";
    static final String APPROVE = """
            UPDATE parameter_sets SET status = 'GOEDGEKEURD', decided_by = $2, decided_by_naam = $3, decided_at = now(),
                   approval_seq = nextval('parameter_approval_seq')
            WHERE id = $1 AND status = 'VOORGESTELD'""";
    static final String REJECT = """
            UPDATE parameter_sets SET status = 'AFGEWEZEN', decided_by = $2, decided_by_naam = $3, decided_at = now(),
                   afwijzing_reden = $4
            WHERE id = $1 AND status = 'VOORGESTELD'""";
}
