package nl.gbi.persistence;

/** The SQL of {@link PgBatchStore}, in one place. Every statement runs in a transaction limited to one tenant. */
final class BatchSql {

    static final String RESERVE = """
            SELECT nextval('batch_id_seq') AS batch_id,
                   ARRAY(SELECT nextval('payment_seq') FROM generate_series(1, $1)) AS payment_seqs,
                   ARRAY(SELECT nextval('batch_file_seq') FROM generate_series(1, $2)) AS file_seqs""";
    static final String INSERT_BATCH = """
            INSERT INTO batches (tenant_id, id, run_id, started_by, state, execution_date, nb_of_txs, ctrl_sum_cents,
                                 approvals_needed, findings, wanted_execution_date, run_part)
            VALUES ($1, $2, $3, $4, 'CREATED', $5, $6, $7, $8, CAST($9::text AS jsonb), $10, $11)""";
    static final String INSERT_PAYMENTS = """
            INSERT INTO payments (tenant_id, seq, dossier_id, periode, soort, amount_cents, creditor_iban,
                                  creditor_name, remittance, end_to_end_id, batch_id, file_index, state, line_no,
                                 corrects_seq)
            SELECT $1, u.seq, u.dossier_id, u.periode, u.soort, u.amount_cents, u.iban, u.naam, u.remittance, u.e2e,
                   $2, u.file_index, 'IN_BATCH', u.line_no, u.corrects_seq
            FROM unnest($3::bigint[], $4::text[], $5::date[], $6::text[], $7::bigint[], $8::text[], $9::text[],
                        $10::text[], $11::text[], $12::int[], $13::int[], $14::bigint[])
                 AS u(seq, dossier_id, periode, soort, amount_cents, iban, naam, remittance, e2e, file_index, line_no,
                      corrects_seq)""";
    static final String INSERT_FILE = """
            INSERT INTO batch_files (tenant_id, batch_id, file_index, msg_id, content, sha256, nb_of_txs,
                                     ctrl_sum_cents, findings)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, CAST($9::text AS jsonb))""";
    static final String SET_STATE = "UPDATE batches SET state = $3 WHERE tenant_id = $1 AND id = $2";
    static final String REJECT = """
            UPDATE batches SET state = 'REJECTED', decided_by = $3, reason = $4 WHERE tenant_id = $1 AND id = $2""";
    static final String MOVE_PAYMENTS = """
            UPDATE payments SET state = $4 WHERE tenant_id = $1 AND batch_id = $2 AND state = $3""";
    static final String BATCH_COLUMNS = """
            SELECT tenant_id, id, run_id, started_by, state, execution_date, wanted_execution_date, nb_of_txs, ctrl_sum_cents,
                   approvals_needed, created_at, decided_by, reason, findings::text AS findings,
                   (SELECT t.persoon FROM tokens t WHERE t.id = batches.started_by) AS started_by_persoon FROM batches""";
    static final String FIND = BATCH_COLUMNS + " WHERE tenant_id = $1 AND id = $2";
    static final String LOCK = FIND + " FOR UPDATE";
    static final String LIST = BATCH_COLUMNS + " WHERE tenant_id = $1 ORDER BY id DESC LIMIT $2";
    static final String LIST_IN_STATE = BATCH_COLUMNS + " WHERE tenant_id = $1 AND state = $2 ORDER BY id DESC LIMIT $3";
    static final String FILES = """
            SELECT file_index, msg_id, sha256, sha256(content) AS actual, nb_of_txs, ctrl_sum_cents,
                   findings::text AS findings
            FROM batch_files WHERE tenant_id = $1 AND batch_id = $2 ORDER BY file_index""";
    static final String CONTENT = """
            SELECT msg_id, content FROM batch_files WHERE tenant_id = $1 AND batch_id = $2 AND file_index = $3""";
    static final String APPROVALS = """
            SELECT token_id, naam, persoon, approved_at, content_sha256, nb_of_txs, ctrl_sum_cents
            FROM approvals WHERE tenant_id = $1 AND batch_id = $2 ORDER BY approved_at, token_id""";
    static final String INSERT_APPROVAL = """
            INSERT INTO approvals (tenant_id, batch_id, token_id, naam, approved_at, content_sha256, nb_of_txs,
                                   ctrl_sum_cents, persoon)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)""";
    static final String PER_SOORT = """
            SELECT soort AS kind, count(*) AS n, sum(amount_cents) AS cents FROM payments
            WHERE tenant_id = $1 AND batch_id = $2 GROUP BY soort ORDER BY soort""";
    static final String PER_STATE = """
            SELECT state AS kind, count(*) AS n, sum(amount_cents) AS cents FROM payments
            WHERE tenant_id = $1 AND batch_id = $2 GROUP BY state ORDER BY state""";
    static final String PAYMENTS = """
            SELECT seq, end_to_end_id, dossier_id, periode, soort, amount_cents, creditor_iban, creditor_name, state,
                   reason_code
            FROM payments WHERE tenant_id = $1 AND batch_id = $2 ORDER BY seq LIMIT $3 OFFSET $4""";

    private BatchSql() {
    }
}
