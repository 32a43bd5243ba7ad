package nl.gbi.persistence;

/** The SQL of the betaalrun, in one place. Platform tables have no row-level security; tenant tables do. */
final class BetaalrunSql {

    /** What a run's planning and chunk reads look at; run as the owner ({@link Database#asOwner}). */
    static final String ANALYZE = "ANALYZE latest_berekeningen, berekeningen, resultaten, herberekeningen, "
            + "vakantiegeld_ledger, aflossingen, payments";
    static final String SET_TENANT = "SELECT set_config('gbi.tenant', $1, true)";
    static final String INSERT_RUN = """
            INSERT INTO betaalruns (id, periode, status, started_by) VALUES ($1, $2, 'RUNNING', $3)
            RETURNING id, periode, status, started_by, started_at, finished_at""";
    /** Contiguous ranges of at most $2 dossier ids of the tenant set in the transaction. */
    static final String PLAN_RANGES = """
            SELECT (n - 1) / $2 AS chunk_no, min(dossier_id) AS first_dossier, max(dossier_id) AS last_dossier,
                   count(*) AS dossiers
            FROM (SELECT dossier_id, row_number() OVER (ORDER BY dossier_id) AS n
                  FROM latest_berekeningen WHERE periode = $1) numbered
            GROUP BY 1 ORDER BY 1""";
    static final String INSERT_CHUNKS = """
            INSERT INTO betaalrun_chunks (run_id, tenant_id, chunk_no, first_dossier, last_dossier, dossiers, state)
            SELECT $1, $2, c.no, c.first_dossier, c.last_dossier, c.dossiers, 'PENDING'
            FROM unnest($3::int[], $4::text[], $5::text[], $6::int[]) AS c(no, first_dossier, last_dossier, dossiers)""";
    static final String INSERT_TENANT = """
            INSERT INTO betaalrun_tenants (run_id, tenant_id, chunks_total, dossiers_total, batch_state)
            VALUES ($1, $2, $3, $4, 'PENDING')""";
    static final String CLAIM_CHUNK = """
            UPDATE betaalrun_chunks c SET lease_owner = $1, lease_until = now() + $2::int * interval '1 second',
                   attempts = c.attempts + 1
            FROM betaalruns r
            WHERE r.id = c.run_id AND (c.run_id, c.tenant_id, c.chunk_no) = (
                SELECT k.run_id, k.tenant_id, k.chunk_no FROM betaalrun_chunks k JOIN betaalruns kr ON kr.id = k.run_id
                WHERE kr.status = 'RUNNING' AND k.state = 'PENDING' AND k.attempts < $3
                  AND (k.lease_until IS NULL OR k.lease_until < now())
                ORDER BY kr.started_at, k.tenant_id, k.chunk_no
                LIMIT 1 FOR UPDATE OF k SKIP LOCKED)
            RETURNING c.run_id, c.tenant_id, c.chunk_no, r.periode,
                      CASE WHEN c.chunk_no = 0 THEN '' ELSE c.first_dossier END AS from_dossier,
                      (SELECT n.first_dossier FROM betaalrun_chunks n WHERE n.run_id = c.run_id
                         AND n.tenant_id = c.tenant_id AND n.chunk_no = c.chunk_no + 1) AS until_dossier""";
    /** The range of a chunk: $2 up to, not including, $3 (null: no end). */
    private static String inRange(String column) {
        return " " + column + " >= $2 AND ($3::text IS NULL OR " + column + " < $3)";
    }
    /**
     * The stored input of the version {@code l} names, found by its whole primary key. A scalar subquery, not a join:
     * PostgreSQL plans it once per row of {@code l} with the key as its index condition, whatever the statistics
     * say. As a join, with stale statistics right after intake (one row estimated for the chunk), the planner took
     * an inner scan of berekeningen on (tenant, periode) with the dossier as a join filter: all of the tenant's
     * berekeningen read per dossier, 63-79 s per chunk of 1.000 (issue 10, ChunkReadPlanTest).
     */
    private static final String STORED_INPUT = """
            (SELECT b.input::text FROM berekeningen b WHERE b.tenant_id = l.tenant_id AND b.dossier_id = l.dossier_id
               AND b.periode = l.periode AND b.versie = l.versie)""";
    /** The latest berekeningen of the period, each saying whether a herberekening settled this version before. */
    static final String READ_INPUTS = """
            SELECT l.dossier_id, l.versie, """ + STORED_INPUT + """
             AS input,
                   EXISTS (SELECT 1 FROM herberekeningen h WHERE h.tenant_id = l.tenant_id AND h.dossier_id = l.dossier_id
                             AND h.periode = l.periode AND h.versie = l.versie AND NOT h.released) AS corrected
            FROM latest_berekeningen l
            WHERE l.periode = $1 AND """ + inRange("l.dossier_id") + """

            ORDER BY l.dossier_id""";
    /** Per dossier of the range its latest vakantiegeld booking up to and including the period. */
    static final String LEDGER = """
            SELECT DISTINCT ON (dossier_id) dossier_id, periode, reservation_cents, balance_cents, payout_cents
            FROM vakantiegeld_ledger WHERE periode <= $1 AND """ + inRange("dossier_id") + """

            ORDER BY dossier_id, periode DESC""";
    /**
     * Periods up to the run's whose latest berekening (a version sent again) is newer than the newest settled
     * result: what the period was settled with so far (live payments other than vakantiegeld payouts and
     * repayments; what the first settled result reserved and verrekende, i.e. its uitkering incl. vakantiegeld
     * minus its payments; minus vorderingen of earlier corrections), and whether a payment of the period is
     * still in a batch that may be rejected.
     */
    static final String CHANGED = """
            SELECT l.dossier_id, l.periode, l.versie, """ + STORED_INPUT + """
             AS input, s.settled_versie,
                   coalesce((SELECT sum(p.amount_cents) FROM payments p
                             WHERE p.tenant_id = l.tenant_id AND p.dossier_id = l.dossier_id AND p.periode = l.periode
                               AND p.corrects_seq IS NULL AND p.state <> 'RELEASED' AND p.soort <> 'VAKANTIEGELD'), 0)
                   + coalesce((SELECT round(((o.resultaat ->> 'uitkeringInclVakantiegeld')::numeric
                                  - coalesce((SELECT sum((x ->> 'bedrag')::numeric)
                                              FROM json_array_elements(o.resultaat -> 'betalingen') x), 0)) * 100)::bigint
                               FROM resultaten o
                               WHERE o.tenant_id = l.tenant_id AND o.dossier_id = l.dossier_id AND o.periode = l.periode
                                 AND NOT o.released
                                 AND NOT EXISTS (SELECT 1 FROM herberekeningen h WHERE h.tenant_id = o.tenant_id
                                                   AND h.dossier_id = o.dossier_id AND h.periode = o.periode
                                                   AND h.versie = o.versie AND NOT h.released)
                               ORDER BY o.versie LIMIT 1), 0)
                   + coalesce((SELECT sum(h.difference_cents) FROM herberekeningen h
                               WHERE h.tenant_id = l.tenant_id AND h.dossier_id = l.dossier_id AND h.periode = l.periode
                                 AND h.difference_cents < 0 AND NOT h.released), 0) AS settled_cents,
                   EXISTS (SELECT 1 FROM payments p WHERE p.tenant_id = l.tenant_id AND p.dossier_id = l.dossier_id
                             AND p.periode = l.periode AND p.state IN ('PLANNED', 'IN_BATCH')) AS waits
            FROM latest_berekeningen l
            JOIN LATERAL (SELECT r.versie AS settled_versie FROM resultaten r
                          WHERE r.tenant_id = l.tenant_id AND r.dossier_id = l.dossier_id AND r.periode = l.periode
                            AND NOT r.released
                          ORDER BY r.versie DESC LIMIT 1) s ON s.settled_versie < l.versie
            WHERE l.versie > 1 AND l.periode <= $1 AND """ + inRange("l.dossier_id") + """

            ORDER BY l.dossier_id, l.periode""";
    /** The live corrections earlier runs of this period made: a rerun offers their NABETALINGEN again. */
    static final String CORRECTIONS = """
            SELECT dossier_id, periode, versie, previous_versie, settled_cents, due_cents, creditor_iban, creditor_name
            FROM herberekeningen WHERE run_periode = $1 AND NOT released AND """ + inRange("dossier_id") + """

            ORDER BY dossier_id, periode""";
    /**
     * Per dossier its open vorderingen: those of corrections made by runs of earlier periods, minus the
     * aflossingen of earlier periods (so a rerun of a period withholds what its first run withheld).
     */
    static final String OPEN_VORDERINGEN = """
            SELECT dossier_id, sum(cents) AS cents FROM (
                SELECT dossier_id, -difference_cents AS cents FROM herberekeningen
                WHERE difference_cents < 0 AND NOT released AND run_periode < $1 AND """ + inRange("dossier_id") + """

                UNION ALL
                SELECT dossier_id, -amount_cents FROM aflossingen
                WHERE NOT released AND periode < $1 AND """ + inRange("dossier_id") + """
            ) open GROUP BY dossier_id HAVING sum(cents) > 0""";
    static final String INSERT_BOOKINGS = """
            INSERT INTO vakantiegeld_ledger (tenant_id, dossier_id, periode, reservation_cents, balance_cents,
                                             payout_cents, run_id)
            SELECT current_setting('gbi.tenant'), b.dossier_id, $1, b.reservation, b.balance, b.payout, $2
            FROM unnest($3::text[], $4::bigint[], $5::bigint[], $6::bigint[]) AS b(dossier_id, reservation, balance, payout)
            ON CONFLICT (tenant_id, dossier_id, periode) DO NOTHING""";
    /** A version settled again after its run's batch was rejected belongs to the run that settles it now. */
    static final String INSERT_RESULTATEN = """
            INSERT INTO resultaten AS o (tenant_id, dossier_id, periode, versie, run_id, resultaat)
            SELECT current_setting('gbi.tenant'), r.dossier_id, r.periode, r.versie, $1, r.resultaat::json
            FROM unnest($2::text[], $3::date[], $4::int[], $5::text[]) AS r(dossier_id, periode, versie, resultaat)
            ON CONFLICT (tenant_id, dossier_id, periode, versie) DO UPDATE
                SET run_id = EXCLUDED.run_id, resultaat = EXCLUDED.resultaat, released = false
                WHERE o.released""";
    static final String INSERT_CORRECTIONS = """
            INSERT INTO herberekeningen (tenant_id, dossier_id, periode, versie, previous_versie, run_id, run_periode,
                                         settled_cents, due_cents, difference_cents, creditor_iban, creditor_name)
            SELECT current_setting('gbi.tenant'), c.dossier_id, c.periode, c.versie, c.previous_versie, $1, $2,
                   c.settled, c.due, c.due - c.settled, c.iban, c.naam
            FROM unnest($3::text[], $4::date[], $5::int[], $6::int[], $7::bigint[], $8::bigint[], $9::text[], $10::text[])
                 AS c(dossier_id, periode, versie, previous_versie, settled, due, iban, naam)""";
    static final String INSERT_AFLOSSINGEN = """
            INSERT INTO aflossingen (tenant_id, dossier_id, periode, amount_cents, run_id)
            SELECT current_setting('gbi.tenant'), a.dossier_id, $1, a.amount, $2
            FROM unnest($3::text[], $4::bigint[]) AS a(dossier_id, amount)
            ON CONFLICT (tenant_id, dossier_id, periode) WHERE NOT released DO NOTHING""";
    static final String INSERT_LINES = """
            INSERT INTO betaalrun_lines (tenant_id, run_id, dossier_id, line_no, periode, soort, amount_cents,
                                         creditor_iban, creditor_name, remittance)
            SELECT current_setting('gbi.tenant'), $1, l.dossier_id, l.line_no, l.periode, l.soort, l.amount_cents, l.iban,
                   l.naam, l.remittance
            FROM unnest($2::text[], $3::int[], $4::date[], $5::text[], $6::bigint[], $7::text[], $8::text[], $9::text[])
                 AS l(dossier_id, line_no, periode, soort, amount_cents, iban, naam, remittance)""";
    static final String INSERT_REFUSALS = """
            INSERT INTO betaalrun_refusals (tenant_id, run_id, dossier_id, fouten)
            SELECT current_setting('gbi.tenant'), $1, r.dossier_id, r.fouten::jsonb
            FROM unnest($2::text[], $3::text[]) AS r(dossier_id, fouten)
            ON CONFLICT DO NOTHING""";
    /** Only the lease holder may finish a chunk; 0 rows means someone else took it and the work is rolled back. */
    static final String FINISH_CHUNK = """
            UPDATE betaalrun_chunks SET state = 'DONE', calculated = $5, refused = $6, lease_until = NULL
            WHERE run_id = $1 AND tenant_id = $2 AND chunk_no = $3 AND lease_owner = $4 AND state = 'PENDING'""";
    static final String CLAIM_TENANT = """
            UPDATE betaalrun_tenants t SET lease_owner = $1, lease_until = now() + $2::int * interval '1 second',
                   attempts = t.attempts + 1
            FROM betaalruns r JOIN tokens k ON k.id = r.started_by
            WHERE r.id = t.run_id AND (t.run_id, t.tenant_id) = (
                SELECT x.run_id, x.tenant_id FROM betaalrun_tenants x JOIN betaalruns xr ON xr.id = x.run_id
                WHERE xr.status = 'RUNNING' AND x.batch_state = 'PENDING' AND x.attempts < $3
                  AND (x.lease_until IS NULL OR x.lease_until < now())
                  AND NOT EXISTS (SELECT 1 FROM betaalrun_chunks c WHERE c.run_id = x.run_id
                                  AND c.tenant_id = x.tenant_id AND c.state <> 'DONE')
                ORDER BY xr.started_at, x.tenant_id
                LIMIT 1 FOR UPDATE OF x SKIP LOCKED)
            RETURNING t.run_id, t.tenant_id, r.periode, r.started_by, k.naam""";
    static final String BATCH_OF = "SELECT id FROM batches WHERE run_id = $1";
    /**
     * Every calculated line with the first reason it is not paid: the dossier is stopped; this very line was paid
     * before (an original line by dossier, period, kind and ordinal; a NABETALING by its version); its IBAN is
     * blocked. Payments RELEASED from a rejected batch never count as paid. The payment join states the whole predicate
     * of the index on original lines (payments_original_once), so the planner may probe that index rather than
     * read every payment the tenant ever made.
     */
    static final String LINES = """
            SELECT l.dossier_id, l.line_no, l.periode, l.soort, l.amount_cents, l.creditor_iban, l.creditor_name,
                   l.remittance,
                   CASE WHEN s.dossier_id IS NOT NULL THEN 'STOPPED_DOSSIER'
                        WHEN p.seq IS NOT NULL THEN 'ALREADY_PAID'
                        WHEN b.iban IS NOT NULL THEN 'BLOCKED_IBAN' END AS skip,
                   coalesce(s.reason_code, b.reason_code) AS reason_code
            FROM betaalrun_lines l
            LEFT JOIN stopped_dossiers s ON s.tenant_id = l.tenant_id AND s.dossier_id = l.dossier_id
            LEFT JOIN LATERAL (SELECT bi.iban, bi.reason_code FROM blocked_ibans bi
                               WHERE bi.tenant_id = l.tenant_id AND bi.dossier_id = l.dossier_id
                                 AND bi.iban = l.creditor_iban AND bi.lifted_at IS NULL LIMIT 1) b ON true
            LEFT JOIN payments p ON p.tenant_id = l.tenant_id AND p.dossier_id = l.dossier_id
                 AND p.periode = l.periode AND p.soort = l.soort AND p.line_no = l.line_no AND p.corrects_seq IS NULL
                 AND p.line_no IS NOT NULL AND p.state <> 'RELEASED'
            WHERE l.run_id = $1
            ORDER BY l.dossier_id, l.periode, l.soort, l.line_no""";
    /**
     * Returned and rejected payments without a live correction, with what decides whether a run repays them:
     * a block of their IBAN lifted after they were made and none active (a newer berekening carries another
     * IBAN), a stopped dossier, and the IBAN and tenaamstelling of the dossier's latest berekening (latest
     * period, its latest version) and whether that IBAN is blocked.
     */
    static final String RETURNED = """
            SELECT p.seq, p.dossier_id, p.periode, p.soort, p.amount_cents, p.creditor_iban, p.creditor_name,
                   p.remittance, p.end_to_end_id, p.reason_code, s.reason_code AS stopped_code,
                   EXISTS (SELECT 1 FROM blocked_ibans b WHERE b.tenant_id = p.tenant_id AND b.dossier_id = p.dossier_id
                             AND b.iban = p.creditor_iban AND b.lifted_at > p.created_at)
                     AND NOT EXISTS (SELECT 1 FROM blocked_ibans b WHERE b.tenant_id = p.tenant_id
                             AND b.dossier_id = p.dossier_id AND b.iban = p.creditor_iban AND b.lifted_at IS NULL)
                     AS block_lifted,
                   c.iban AS current_iban, c.naam AS current_name,
                   EXISTS (SELECT 1 FROM blocked_ibans b WHERE b.tenant_id = p.tenant_id AND b.dossier_id = p.dossier_id
                             AND b.iban = c.iban AND b.lifted_at IS NULL) AS current_blocked
            FROM payments p
            LEFT JOIN stopped_dossiers s ON s.tenant_id = p.tenant_id AND s.dossier_id = p.dossier_id
            LEFT JOIN LATERAL (SELECT k.input -> 'betaalrekening' ->> 'iban' AS iban,
                                      k.input -> 'betaalrekening' ->> 'tenaamstelling' AS naam
                               FROM latest_berekeningen l JOIN berekeningen k USING (tenant_id, dossier_id, periode, versie)
                               WHERE l.tenant_id = p.tenant_id AND l.dossier_id = p.dossier_id
                               ORDER BY l.periode DESC LIMIT 1) c ON true
            WHERE p.state IN ('RETURNED', 'REJECTED')
              AND NOT EXISTS (SELECT 1 FROM payments x WHERE x.tenant_id = p.tenant_id AND x.corrects_seq = p.seq
                                AND x.state <> 'RELEASED')
            ORDER BY p.seq""";
    static final String INSERT_SKIPS = """
            INSERT INTO betaalrun_skips (tenant_id, run_id, dossier_id, periode, soort, line_no, reason, reason_code,
                                         amount_cents, returned_seq)
            SELECT current_setting('gbi.tenant'), $1, s.dossier_id, s.periode, s.soort, s.line_no, s.reason,
                   s.reason_code, s.amount_cents, s.returned_seq
            FROM unnest($2::text[], $3::date[], $4::text[], $5::int[], $6::text[], $7::text[], $8::bigint[], $9::bigint[])
                 AS s(dossier_id, periode, soort, line_no, reason, reason_code, amount_cents, returned_seq)
            ON CONFLICT DO NOTHING""";
    static final String FINISH_TENANT = """
            UPDATE betaalrun_tenants SET batch_state = 'DONE', batch_id = $4, finished_at = now(), lease_until = NULL
            WHERE run_id = $1 AND tenant_id = $2 AND lease_owner = $3 AND batch_state = 'PENDING'""";
    static final String COMPLETE_RUN = """
            UPDATE betaalruns r SET status = 'COMPLETED', finished_at = now()
            WHERE r.status = 'RUNNING' AND ($1::text IS NULL OR r.id = $1)
              AND NOT EXISTS (SELECT 1 FROM betaalrun_tenants t WHERE t.run_id = r.id AND t.batch_state <> 'DONE')
            RETURNING r.id""";
    static final String FAIL_RUNS = """
            UPDATE betaalruns r SET status = 'FAILED', finished_at = now()
            WHERE r.status = 'RUNNING' AND (
                EXISTS (SELECT 1 FROM betaalrun_chunks c WHERE c.run_id = r.id AND c.state = 'PENDING'
                        AND c.attempts >= $1 AND c.lease_until < now())
                OR EXISTS (SELECT 1 FROM betaalrun_tenants t WHERE t.run_id = r.id AND t.batch_state = 'PENDING'
                        AND t.attempts >= $1 AND t.lease_until < now()))""";
    static final String RUN = """
            SELECT id, periode, status, started_by, started_at, finished_at FROM betaalruns WHERE id = $1""";
    static final String TENANTS = """
            SELECT t.tenant_id, t.chunks_total, t.dossiers_total, t.batch_state, t.batch_id,
                   count(c.chunk_no) FILTER (WHERE c.state = 'DONE') AS chunks_done,
                   coalesce(sum(c.calculated), 0) AS calculated, coalesce(sum(c.refused), 0) AS refused
            FROM betaalrun_tenants t
            LEFT JOIN betaalrun_chunks c ON c.run_id = t.run_id AND c.tenant_id = t.tenant_id
            WHERE t.run_id = $1
            GROUP BY t.tenant_id, t.chunks_total, t.dossiers_total, t.batch_state, t.batch_id
            ORDER BY t.tenant_id""";
    static final String PAID = """
            SELECT soort AS kind, count(*) AS n, sum(amount_cents) AS cents FROM payments WHERE batch_id = $1
            GROUP BY soort""";
    static final String SKIPPED = """
            SELECT reason || coalesce(':' || reason_code, '') AS kind, count(*) AS n, sum(amount_cents) AS cents
            FROM betaalrun_skips WHERE run_id = $1 GROUP BY 1""";
    /** What the run's herberekeningen came to, by the sign of their difference, and what it withheld. */
    static final String CORRECTED = """
            SELECT CASE WHEN difference_cents > 0 THEN 'NABETALING' WHEN difference_cents < 0 THEN 'VORDERING'
                        ELSE 'GEEN_VERSCHIL' END AS kind, count(*) AS n, sum(abs(difference_cents)) AS cents
            FROM herberekeningen WHERE run_id = $1 GROUP BY 1
            UNION ALL
            SELECT 'AFLOSSING', count(*), sum(amount_cents) FROM aflossingen WHERE run_id = $1 HAVING count(*) > 0""";
    static final int REFUSED_SHOWN_MAX = 100;
    static final String REFUSED = """
            SELECT dossier_id, fouten::text AS fouten, count(*) OVER () AS total FROM betaalrun_refusals WHERE run_id = $1
            ORDER BY dossier_id LIMIT 100""";

    private BetaalrunSql() {
    }
}
