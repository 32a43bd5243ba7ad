package nl.gbi.persistence;

/** The SQL of {@link PgVoorschotStore}: it stores and loads rows, it never computes an amount. */
final class VoorschotSql {

    private VoorschotSql() {
    }

    /** Serialises the requests for one (dossier, periode) of a tenant for the transaction. */
    static final String LOCK_MONTH = "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))";

    private static final String COLUMNS = """
            v.id, v.dossier_id, v.periode, v.reden, v.bedrag_cents, v.iban, v.tenaamstelling, v.state, v.instant,
            v.idempotency_key, v.line_no, v.batch_id, v.afwijzing_reden,
            b.state AS batch_state, p.state AS payment_state, p.amount_cents AS payment_cents,
            (SELECT l.cents FROM ledger_bookings l WHERE l.tenant_id = v.tenant_id AND l.voorschot_id = v.id
                AND l.kind = 'VORDERING' AND NOT l.released) AS vordering_cents
            FROM voorschotten v
            LEFT JOIN batches b ON b.tenant_id = v.tenant_id AND b.id = v.batch_id
            LEFT JOIN payments p ON p.tenant_id = v.tenant_id AND p.batch_id = v.batch_id AND p.soort = 'VOORSCHOT'
                AND p.dossier_id = v.dossier_id AND p.periode = v.periode AND p.line_no = v.line_no""";

    static final String FIND_BY_ID = "SELECT " + COLUMNS + " WHERE v.tenant_id = $1 AND v.id = $2";

    static final String FIND_BY_ID_FOR_UPDATE = FIND_BY_ID + " FOR UPDATE OF v";

    static final String FIND_BY_KEY = "SELECT " + COLUMNS + " WHERE v.tenant_id = $1 AND v.idempotency_key = $2";

    static final String FIND_BY_TRIPLE = "SELECT " + COLUMNS
            + " WHERE v.tenant_id = $1 AND v.dossier_id = $2 AND v.periode = $3 AND v.reden = $4";

    /** The next ordinal of the month's voorschotten: their count (a position, not money). */
    static final String INSERT = """
            INSERT INTO voorschotten (tenant_id, id, dossier_id, periode, reden, bedrag_cents, iban, tenaamstelling,
                                      state, instant, requested_by, idempotency_key, line_no)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'TOEGEKEND', $9, $10, $11,
                    (SELECT count(*) FROM voorschotten WHERE tenant_id = $1 AND dossier_id = $3 AND periode = $4))""";

    static final String LIVE_BATCH = """
            SELECT batch_id FROM payments
            WHERE tenant_id = $1 AND dossier_id = $2 AND periode = $3 AND soort = 'VOORSCHOT' AND line_no = $4
              AND corrects_seq IS NULL AND state <> 'RELEASED' AND batch_id IS NOT NULL""";

    static final String ATTACH_BATCH = "UPDATE voorschotten SET batch_id = $3 WHERE tenant_id = $1 AND id = $2";

    static final String MONTH_SETTLED = """
            SELECT settled_versie FROM latest_berekeningen
            WHERE tenant_id = $1 AND dossier_id = $2 AND periode = $3 AND settled_versie IS NOT NULL""";

    static final String DENY = """
            UPDATE voorschotten SET state = 'AFGEWEZEN', afgewezen_by = $3, afgewezen_at = now(), afwijzing_reden = $4
            WHERE tenant_id = $1 AND id = $2""";

    static final String BOOK_VORDERING = """
            INSERT INTO ledger_bookings (tenant_id, dossier_id, periode, kind, cents, voorschot_id)
            VALUES ($1, $2, $3, 'VORDERING', $4, $5)""";
}
