package nl.gbi.persistence;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.gbi.batches.RailRows;
import nl.gbi.rails.PaidElsewhere;
import nl.gbi.rails.RailFacts;
import nl.gbi.rails.RailLine;

/**
 * Reads the rows the safety rails check for one batch (docs/approval.md, "Safety rails"); the rails themselves are
 * the pure {@code nl.gbi.rails.SafetyRails}. Each statement is bounded by the batch: its payments through
 * {@code payments_batch}, the previous batch by the batches' key, the same months by {@code payments_dossier}.
 */
final class BatchRailRows {

    static final String LINES = """
            SELECT dossier_id, periode, soort, amount_cents, creditor_iban FROM payments
            WHERE tenant_id = $1 AND batch_id = $2 ORDER BY seq""";
    /** The same tenant's last batch of an earlier run with the same part number that was not rejected or cancelled. */
    static final String PREVIOUS_REGULAR = """
            SELECT p.id FROM batches b
            CROSS JOIN LATERAL (SELECT id FROM batches p
                                WHERE p.tenant_id = b.tenant_id AND p.id < b.id AND p.run_id IS NOT NULL
                                  AND p.run_id <> b.run_id AND p.run_part = b.run_part
                                  AND p.state NOT IN ('REJECTED', 'CANCELLED')
                                ORDER BY p.id DESC LIMIT 1) p
            WHERE b.tenant_id = $1 AND b.id = $2 AND b.run_id IS NOT NULL""";
    /**
     * A first benefit line of this batch whose dossier and month a live first benefit line of another regular batch
     * pays too (a voorschot batch has no run; the month's own payment offsets a voorschot, so that pair is not double).
     */
    static final String PAID_ELSEWHERE = """
            SELECT p.dossier_id, p.periode, o.batch_id FROM payments p
            JOIN payments o ON o.tenant_id = p.tenant_id AND o.dossier_id = p.dossier_id AND o.periode = p.periode
                           AND o.soort = 'UITKERING' AND o.corrects_seq IS NULL AND o.batch_id <> p.batch_id
                           AND o.state NOT IN ('PLANNED', 'RELEASED', 'REJECTED', 'RETURNED')
            JOIN batches ob ON ob.tenant_id = o.tenant_id AND ob.id = o.batch_id AND ob.run_id IS NOT NULL
                           AND ob.state NOT IN ('REJECTED', 'CANCELLED')
            WHERE p.tenant_id = $1 AND p.batch_id = $2 AND p.soort = 'UITKERING' AND p.corrects_seq IS NULL
            ORDER BY p.dossier_id, p.periode, o.batch_id LIMIT $3""";
    /** How many double months are read: enough to name them, few enough to hold. */
    static final int PAID_ELSEWHERE_MAX = 100;

    private BatchRailRows() {
    }

    static Future<RailRows> load(SqlConnection conn, String tenantId, long batchId) {
        return lines(conn, tenantId, batchId).compose(lines -> conn.preparedQuery(PREVIOUS_REGULAR)
                .execute(Tuple.of(tenantId, batchId)).compose(previous -> previous.size() == 0
                        ? Future.succeededFuture(Optional.<RailFacts.Previous>empty())
                        : lines(conn, tenantId, previous.iterator().next().getLong("id")).map(before -> Optional.of(
                                new RailFacts.Previous(previous.iterator().next().getLong("id"), before))))
                .compose(previous -> conn.preparedQuery(PAID_ELSEWHERE)
                        .execute(Tuple.of(tenantId, batchId, PAID_ELSEWHERE_MAX)).map(twice -> {
                            List<PaidElsewhere> found = new ArrayList<>();
                            for (Row row : twice) {
                                found.add(new PaidElsewhere(row.getString("dossier_id"),
                                        YearMonth.from(row.getLocalDate("periode")), row.getLong("batch_id")));
                            }
                            return new RailRows(lines, previous, found);
                        })));
    }

    private static Future<List<RailLine>> lines(SqlConnection conn, String tenantId, long batchId) {
        return conn.preparedQuery(LINES).execute(Tuple.of(tenantId, batchId)).map(BatchRailRows::lines);
    }

    private static List<RailLine> lines(RowSet<Row> rows) {
        List<RailLine> lines = new ArrayList<>(rows.size());
        for (Row row : rows) {
            lines.add(new RailLine(row.getString("dossier_id"), YearMonth.from(row.getLocalDate("periode")),
                    row.getString("soort"), row.getLong("amount_cents"), row.getString("creditor_iban")));
        }
        return lines;
    }
}
