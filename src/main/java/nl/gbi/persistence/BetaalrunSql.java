package nl.gbi.persistence;

/** The SQL of the betaalrun, in one place. Platform tables have no row-level security; tenant tables do. */
final class BetaalrunSql {

    /** What a run's planning and chunk reads look at; run as the owner ({@link Database#asOwner}). */
    static final String ANALYZE = "ANALYZE latest_berekeningen, berekeningen, resultaten, herberekeningen, "
            + "ledger_bookings, payments";
    static final String SET_TENANT = "SELECT set_config('gbi.tenant', $1, true)";
    /** For the rest of a chunk's transaction: a sequential scan only where no index can serve (BetaalrunRows.readChunk). */
    static final String INDEXES_ONLY = "SET LOCAL enable_seqscan = off";
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
    /**
     * The range of a chunk: $2 up to, not including, $3; a tenant's last chunk has no end and no $3. Two statements,
     * not {@code $3 IS NULL OR …}: a generic plan of that pattern cannot use the bound as an index condition.
     */
    private static String inRange(String column, boolean last) {
        return " " + column + " >= $2" + (last ? "" : " AND " + column + " < $3");
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
    /**
     * Of the month {@code l} names: the newest and oldest settled versions that still stand, and whether its run settled
     * it. Scalar subqueries on resultaten's primary key: as an EXISTS with a join, the planner hashed it, reading every
     * result of every run of the tenant (HotQueryPlanTest).
     */
    private static final String SETTLED_BEFORE = """
            (SELECT max(r.versie) FROM resultaten r WHERE r.tenant_id = l.tenant_id AND r.dossier_id = l.dossier_id
               AND r.periode = l.periode AND NOT r.released) AS live_versie,
            (SELECT min(r.versie) FROM resultaten r WHERE r.tenant_id = l.tenant_id AND r.dossier_id = l.dossier_id
               AND r.periode = l.periode AND NOT r.released) AS first_live_versie,
            coalesce((SELECT b.periode = l.periode FROM betaalruns b WHERE b.id =
                        (SELECT r.run_id FROM resultaten r WHERE r.tenant_id = l.tenant_id AND r.dossier_id = l.dossier_id
                           AND r.periode = l.periode AND r.versie = l.versie AND NOT r.released)), false) AS own_run""";
    /**
     * The months a chunk settles: every dossier's month of the run, and each earlier month whose latest version is
     * not settled (decided late, or corrected), found through the partial index on exactly those however long the
     * history. Dossier, then month, oldest first.
     */
    private static String months(boolean last) {
        return """
            SELECT l.dossier_id, l.periode, l.versie, """ + STORED_INPUT + """
             AS input, """ + SETTLED_BEFORE + """

            FROM latest_berekeningen l
            WHERE l.periode = $1 AND """ + inRange("l.dossier_id", last) + """

            UNION ALL
            SELECT l.dossier_id, l.periode, l.versie, """ + STORED_INPUT + """
             AS input, """ + SETTLED_BEFORE + """

            FROM latest_berekeningen l
            WHERE l.periode < $1 AND l.settled_versie IS DISTINCT FROM l.versie AND """ + inRange("l.dossier_id", last) + """

            ORDER BY 1, 2""";
    }
    /**
     * No live correction repays payment {@code p}. A scalar subquery on payments_one_live_correction, planned per row:
     * as NOT EXISTS the planner may hash it, which reads every payment of the tenant (HotQueryPlanTest).
     */
    private static final String NOT_REPAID = """
            (SELECT x.seq FROM payments x WHERE x.tenant_id = p.tenant_id AND x.corrects_seq = p.seq
               AND x.state <> 'RELEASED' LIMIT 1) IS NULL""";
    /** A payment as the ledger reads it: its month, kind, amount, state, and whether a returned one is still unpaid. */
    private static final String PAYMENT_COLUMNS = "p.dossier_id, p.periode, p.soort, p.amount_cents, p.state,"
            + " CASE WHEN p.state IN ('RETURNED', 'REJECTED') THEN " + NOT_REPAID + " ELSE false END AS unrepaid";
    /**
     * The payments the ledger needs, as rows (it adds them up, SQL does not): those of every month the chunk settles,
     * which the months read named ($2 dossiers and $3 months, side by side), and the vakantiegeld payouts of every
     * month up to the run's ($1), which the reserve subtracts, for the chunk's range ($4 up to $5). Not every payment
     * of every month of history: in month 18 that read 2,5 million rows a run (docs/benchmarks.md). Each month is a
     * LATERAL lookup behind OFFSET 0 on payments_dossier's whole key, so no statistics can turn it into a scan; a
     * first version that found the months again in latest_berekeningen took a generic plan at 1.000.000 dossiers
     * that read the table whole, 109 ms a chunk. The payouts come from the partial index payments_vakantiegeld (V024).
     */
    private static String payments(boolean last) {
        return "SELECT p.* FROM unnest($2::text[], $3::date[]) AS m(dossier_id, periode)"
                + " CROSS JOIN LATERAL (SELECT " + PAYMENT_COLUMNS + " FROM payments p WHERE p.dossier_id = m.dossier_id"
                + " AND p.periode = m.periode AND p.soort <> 'VAKANTIEGELD' OFFSET 0) p"
                + " UNION ALL SELECT " + PAYMENT_COLUMNS + " FROM payments p WHERE p.soort = 'VAKANTIEGELD' AND p.periode <= $1"
                + " AND p.dossier_id >= $4" + (last ? "" : " AND p.dossier_id < $5");
    }
    /** The dossiers' live ledger bookings up to the run's month, as rows. */
    private static String bookings(boolean last) {
        return """
            SELECT dossier_id, periode, kind, cents FROM ledger_bookings
            WHERE NOT released AND periode <= $1 AND """ + inRange("dossier_id", last);
    }
    /** The live corrections earlier runs of this period made: a rerun offers their NABETALINGEN again. */
    private static String corrections(boolean last) {
        return """
            SELECT dossier_id, periode, versie, previous_versie, settled_cents, due_cents, nabetaling_cents, creditor_iban,
                   creditor_name, partner_iban, partner_name
            FROM herberekeningen WHERE run_periode = $1 AND NOT released AND """ + inRange("dossier_id", last) + """

            ORDER BY dossier_id, periode""";
    }

    /**
     * The reads of a chunk ($1 the run's month, $2 and $3 the range), and of a tenant's last chunk ($1, $2); the
     * payments read takes the months the months read found ({@link #payments}).
     */
    record ChunkRead(String months, String payments, String bookings, String corrections, String held) {
        static ChunkRead of(boolean last) {
            return new ChunkRead(BetaalrunSql.months(last), BetaalrunSql.payments(last), BetaalrunSql.bookings(last),
                    BetaalrunSql.corrections(last), BetaalrunSql.held(last));
        }
    }

    /** The chunk's dossiers with an active hold (V017 opschortingen_active); bounds $1 [and $2] are the dossier range. */
    private static String held(boolean last) {
        return "SELECT dossier_id FROM opschortingen WHERE tenant_id = current_setting('gbi.tenant')"
                + " AND opgeheven_op IS NULL AND dossier_id >= $1" + (last ? "" : " AND dossier_id < $2");
    }

    static final ChunkRead CHUNK = ChunkRead.of(false);
    static final ChunkRead LAST_CHUNK = ChunkRead.of(true);
    static final String INSERT_BOOKINGS = """
            INSERT INTO ledger_bookings (tenant_id, dossier_id, periode, kind, cents, versie, run_id)
            SELECT current_setting('gbi.tenant'), b.dossier_id, b.periode, b.kind, b.cents, b.versie, $1
            FROM unnest($2::text[], $3::date[], $4::text[], $5::bigint[], $6::int[])
                 AS b(dossier_id, periode, kind, cents, versie)""";
    /**
     * The months the chunk settled at the version it settled; 0 rows for one: another run settled it first. Bounded
     * by the chunk's dossiers as well, so that the primary key is the index it reads whatever the statistics
     * (HotQueryPlanTest).
     */
    static final String SETTLE_MONTHS = """
            UPDATE latest_berekeningen l SET settled_versie = s.versie
            FROM unnest($1::text[], $2::date[], $3::int[]) AS s(dossier_id, periode, versie)
            WHERE l.tenant_id = current_setting('gbi.tenant') AND l.dossier_id = s.dossier_id AND l.periode = s.periode
              AND l.dossier_id >= (SELECT min(d) FROM unnest($1::text[]) d)
              AND l.dossier_id <= (SELECT max(d) FROM unnest($1::text[]) d)
              AND l.settled_versie IS DISTINCT FROM s.versie""";
    /** A version settled again after its run's batch was rejected belongs to the run that settles it now. */
    static final String INSERT_RESULTATEN = """
            INSERT INTO resultaten AS o (tenant_id, dossier_id, periode, versie, run_id, resultaat, due_cents,
                                         reservering_cents, verrekening_cents, parameter_set_id)
            SELECT current_setting('gbi.tenant'), r.dossier_id, r.periode, r.versie, $1, r.resultaat::json, r.due,
                   r.reservering, r.verrekening, r.parameter_set_id
            FROM unnest($2::text[], $3::date[], $4::int[], $5::text[], $6::bigint[], $7::bigint[], $8::bigint[],
                        $9::bigint[])
                 AS r(dossier_id, periode, versie, resultaat, due, reservering, verrekening, parameter_set_id)
            ON CONFLICT (tenant_id, dossier_id, periode, versie) DO UPDATE
                SET run_id = EXCLUDED.run_id, resultaat = EXCLUDED.resultaat, due_cents = EXCLUDED.due_cents,
                    reservering_cents = EXCLUDED.reservering_cents, verrekening_cents = EXCLUDED.verrekening_cents,
                    parameter_set_id = EXCLUDED.parameter_set_id, released = false
                WHERE o.released""";
    static final String INSERT_CORRECTIONS = """
            INSERT INTO herberekeningen (tenant_id, dossier_id, periode, versie, previous_versie, run_id, run_periode,
                                         settled_cents, due_cents, difference_cents, nabetaling_cents, creditor_iban,
                                         creditor_name, partner_iban, partner_name)
            SELECT current_setting('gbi.tenant'), c.dossier_id, c.periode, c.versie, c.previous_versie, $1, $2,
                   c.settled, c.due, c.difference, c.nabetaling, c.iban, c.naam, c.partner_iban, c.partner_name
            FROM unnest($3::text[], $4::date[], $5::int[], $6::int[], $7::bigint[], $8::bigint[], $9::bigint[],
                        $10::bigint[], $11::text[], $12::text[], $13::text[], $14::text[])
                 AS c(dossier_id, periode, versie, previous_versie, settled, due, difference, nabetaling, iban, naam,
                      partner_iban, partner_name)""";
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
    static final String BATCHES_OF = "SELECT id, run_part, nb_of_txs, ctrl_sum_cents FROM batches WHERE run_id = $1"
            + " ORDER BY run_part";
    /**
     * Every calculated line with the first reason it is not paid: a batch of this very run holds it already (the
     * batch step is retried after a crash between two of its parts); the dossier is stopped; this very line was paid
     * before (an original line by dossier, period, kind and ordinal; a NABETALING by its version); its IBAN is
     * blocked. Payments RELEASED from a rejected batch never count as paid. The payment is looked up per line (a
     * LATERAL with LIMIT 1 cannot become a hash join, which read every payment the tenant ever made), stating the
     * whole predicate of the index on original lines (payments_original_once) so that it probes that index.
     */
    static final String LINES = """
            SELECT l.dossier_id, l.line_no, l.periode, l.soort, l.amount_cents, l.creditor_iban, l.creditor_name,
                   l.remittance,
                   CASE WHEN pb.run_id = $1 THEN 'PAID_IN_THIS_RUN'
                        WHEN s.dossier_id IS NOT NULL THEN 'STOPPED_DOSSIER'
                        WHEN p.seq IS NOT NULL THEN 'ALREADY_PAID'
                        WHEN b.iban IS NOT NULL THEN 'BLOCKED_IBAN' END AS skip,
                   coalesce(s.reason_code, b.reason_code) AS reason_code
            FROM betaalrun_lines l
            LEFT JOIN stopped_dossiers s ON s.tenant_id = l.tenant_id AND s.dossier_id = l.dossier_id AND s.lifted_at IS NULL
            LEFT JOIN LATERAL (SELECT bi.iban, bi.reason_code FROM blocked_ibans bi
                               WHERE bi.tenant_id = l.tenant_id AND bi.dossier_id = l.dossier_id
                                 AND bi.iban = l.creditor_iban AND bi.lifted_at IS NULL LIMIT 1) b ON true
            LEFT JOIN LATERAL (SELECT x.seq, x.tenant_id, x.batch_id FROM payments x
                               WHERE x.tenant_id = l.tenant_id AND x.dossier_id = l.dossier_id AND x.periode = l.periode
                                 AND x.soort = l.soort AND x.line_no = l.line_no AND x.corrects_seq IS NULL
                                 AND x.line_no IS NOT NULL AND x.state <> 'RELEASED' LIMIT 1) p ON true
            LEFT JOIN batches pb ON pb.tenant_id = p.tenant_id AND pb.id = p.batch_id
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
                             AND b.iban = c.iban AND b.lifted_at IS NULL) AS current_blocked,
                   (SELECT a.soort FROM payment_afhandelingen a WHERE a.tenant_id = p.tenant_id AND a.payment_seq = p.seq)
                     AS afhandeling
            FROM payments p
            LEFT JOIN stopped_dossiers s ON s.tenant_id = p.tenant_id AND s.dossier_id = p.dossier_id AND s.lifted_at IS NULL
            LEFT JOIN LATERAL (SELECT k.input -> 'betaalrekening' ->> 'iban' AS iban,
                                      k.input -> 'betaalrekening' ->> 'tenaamstelling' AS naam
                               FROM latest_berekeningen l JOIN berekeningen k USING (tenant_id, dossier_id, periode, versie)
                               WHERE l.tenant_id = p.tenant_id AND l.dossier_id = p.dossier_id
                               ORDER BY l.periode DESC LIMIT 1) c ON true
            WHERE p.state IN ('RETURNED', 'REJECTED')
              AND """ + NOT_REPAID + """

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
    /** Completes the runs whose tenants are all done: every running run ({@link #COMPLETE_RUNS}), or run $1. */
    static final String COMPLETE_RUNS = """
            UPDATE betaalruns r SET status = 'COMPLETED', finished_at = now()
            WHERE r.status = 'RUNNING'
              AND NOT EXISTS (SELECT 1 FROM betaalrun_tenants t WHERE t.run_id = r.id AND t.batch_state <> 'DONE')
            RETURNING r.id""";
    static final String COMPLETE_RUN = COMPLETE_RUNS.replace("WHERE r.status = 'RUNNING'",
            "WHERE r.status = 'RUNNING' AND r.id = $1");
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
            SELECT soort AS kind, count(*) AS n, sum(amount_cents) AS cents FROM payments
            WHERE batch_id IN (SELECT id FROM batches WHERE run_id = $1)
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
            SELECT 'AFLOSSING', count(*), sum(cents) FROM ledger_bookings
            WHERE run_id = $1 AND kind = 'AFLOSSING' AND NOT released HAVING count(*) > 0""";
    static final int REFUSED_SHOWN_MAX = 100;
    static final String REFUSED = """
            SELECT dossier_id, fouten::text AS fouten, count(*) OVER () AS total FROM betaalrun_refusals WHERE run_id = $1
            ORDER BY dossier_id LIMIT 100""";

    private BetaalrunSql() {
    }
}
