package nl.gbi.persistence;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.gbi.batches.Approval;
import nl.gbi.batches.Batch;
import nl.gbi.batches.BatchFile;
import nl.gbi.batches.BatchState;
import nl.gbi.batches.KindTotal;
import nl.gbi.domain.BetalingSoort;
import nl.gbi.batches.PaymentView;
import nl.gbi.domain.Fout;
import nl.gbi.domain.Iban;
import nl.gbi.domain.Money;

/** Loads a batch with its files, approvals and totals, and maps rows to the batch types. */
final class BatchRows {

    private BatchRows() {
    }

    /** The batch with everything about it; {@code lock} takes the batch row for the rest of the transaction. */
    static Future<Optional<Batch>> load(SqlConnection conn, String tenantId, long id, boolean lock) {
        Tuple key = Tuple.of(tenantId, id);
        return conn.preparedQuery(lock ? BatchSql.LOCK : BatchSql.FIND).execute(key).compose(rows -> {
            if (rows.size() == 0) {
                return Future.succeededFuture(Optional.empty());
            }
            Row batch = rows.iterator().next();
            return conn.preparedQuery(BatchSql.FILES).execute(key).compose(files ->
                    conn.preparedQuery(BatchSql.APPROVALS).execute(key).compose(approvals ->
                            conn.preparedQuery(BatchSql.PER_SOORT).execute(key).compose(perSoort ->
                                    conn.preparedQuery(BatchSql.PER_STATE).execute(key).map(perState ->
                                            Optional.of(batch(batch, files(files), approvals(approvals),
                                                    totals(perSoort), totals(perState)))))));
        });
    }

    static Batch batch(Row row, List<BatchFile> files, List<Approval> approvals, List<KindTotal> perSoort,
            List<KindTotal> perState) {
        return new Batch(row.getString("tenant_id"), row.getLong("id"), row.getString("run_id"),
                row.getString("started_by"), row.getString("started_by_persoon"), BatchState.valueOf(row.getString("state")),
                row.getLocalDate("execution_date"), row.getLocalDate("wanted_execution_date"), row.getInteger("nb_of_txs"),
                Money.ofCents(row.getLong("ctrl_sum_cents")), row.getInteger("approvals_needed"),
                row.getOffsetDateTime("created_at"), row.getString("decided_by"), row.getString("reason"),
                fouten(row.getString("findings")), files, approvals, perSoort, perState);
    }

    private static List<BatchFile> files(RowSet<Row> rows) {
        List<BatchFile> files = new ArrayList<>();
        for (Row row : rows) {
            files.add(new BatchFile(row.getInteger("file_index"), row.getString("msg_id"),
                    row.getBuffer("sha256").getBytes(), row.getBuffer("actual").getBytes(),
                    row.getInteger("nb_of_txs"), Money.ofCents(row.getLong("ctrl_sum_cents")),
                    fouten(row.getString("findings"))));
        }
        return files;
    }

    private static List<Approval> approvals(RowSet<Row> rows) {
        List<Approval> approvals = new ArrayList<>();
        for (Row row : rows) {
            approvals.add(new Approval(row.getString("token_id"), row.getString("naam"), row.getString("persoon"),
                    row.getOffsetDateTime("approved_at"), row.getBuffer("content_sha256").getBytes(),
                    row.getInteger("nb_of_txs"), Money.ofCents(row.getLong("ctrl_sum_cents"))));
        }
        return approvals;
    }

    private static List<KindTotal> totals(RowSet<Row> rows) {
        List<KindTotal> totals = new ArrayList<>();
        for (Row row : rows) {
            totals.add(new KindTotal(row.getString("kind"), row.getLong("n"), Money.ofCents(row.getLong("cents"))));
        }
        return totals;
    }

    static List<PaymentView> payments(RowSet<Row> rows) {
        List<PaymentView> payments = new ArrayList<>();
        for (Row row : rows) {
            payments.add(new PaymentView(row.getLong("seq"), row.getString("end_to_end_id"),
                    row.getString("dossier_id"), YearMonth.from(row.getLocalDate("periode")),
                    BetalingSoort.valueOf(row.getString("soort")), Money.ofCents(row.getLong("amount_cents")),
                    new Iban(row.getString("creditor_iban")).masked(), row.getString("creditor_name"),
                    row.getString("state"), row.getString("reason_code")));
        }
        return payments;
    }

    static String json(List<Fout> fouten) {
        JsonArray array = new JsonArray();
        fouten.forEach(f -> array.add(new JsonObject().put("veld", f.veld()).put("code", f.code())
                .put("melding", f.melding())));
        return array.encode();
    }

    private static List<Fout> fouten(String json) {
        List<Fout> fouten = new ArrayList<>();
        for (Object item : new JsonArray(json)) {
            JsonObject f = (JsonObject) item;
            fouten.add(new Fout(f.getString("veld"), f.getString("code"), f.getString("melding")));
        }
        return fouten;
    }
}
