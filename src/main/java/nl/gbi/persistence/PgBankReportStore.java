package nl.gbi.persistence;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gbi.access.Caller;
import nl.gbi.audit.AuditEvent;
import nl.gbi.batches.BankReportStore;
import nl.gbi.batches.Batch;
import nl.gbi.batches.BatchState;
import nl.gbi.batches.ReportOutcome;
import nl.gbi.batches.SentPayment;
import nl.gbi.payments.PaymentState;

/** The rows the bank's answers change (payments, blocks, stops, batch states), in one tenant transaction per file. */
public final class PgBankReportStore implements BankReportStore {

    private static final String PAYMENT_COLUMNS = """
            SELECT seq, batch_id, file_index, end_to_end_id, state, reason_code FROM payments""";
    private static final String OF_BATCH = PAYMENT_COLUMNS + " WHERE tenant_id = $1 AND batch_id = $2 ORDER BY seq";
    private static final String BY_END_TO_END_ID = PAYMENT_COLUMNS
            + " WHERE tenant_id = $1 AND end_to_end_id = ANY($2::text[]) AND batch_id IS NOT NULL ORDER BY seq";
    private static final String UPDATE = """
            UPDATE payments p SET state = u.state, reason_code = u.reason
            FROM unnest($2::bigint[], $3::text[], $4::text[]) AS u(seq, state, reason)
            WHERE p.tenant_id = $1 AND p.seq = u.seq""";
    private static final String COUNTS = """
            SELECT state, count(*) AS n FROM payments WHERE tenant_id = $1 AND batch_id = $2 GROUP BY state""";
    /** AC01, AC04, AG01: this dossier's payments to this IBAN wait until a berekening brings another IBAN. */
    private static final String BLOCK_IBANS = """
            INSERT INTO blocked_ibans (tenant_id, dossier_id, iban, reason_code)
            SELECT DISTINCT ON (p.dossier_id, p.creditor_iban) p.tenant_id, p.dossier_id, p.creditor_iban, u.reason
            FROM payments p JOIN unnest($2::bigint[], $3::text[]) AS u(seq, reason) ON p.seq = u.seq
            WHERE p.tenant_id = $1
            ON CONFLICT (tenant_id, dossier_id, iban) WHERE lifted_at IS NULL DO NOTHING""";
    /** MD07: no payment of the dossier any more until a person has looked at it. */
    private static final String STOP_DOSSIERS = """
            INSERT INTO stopped_dossiers (tenant_id, dossier_id, reason_code)
            SELECT DISTINCT ON (p.dossier_id) p.tenant_id, p.dossier_id, u.reason
            FROM payments p JOIN unnest($2::bigint[], $3::text[]) AS u(seq, reason) ON p.seq = u.seq
            WHERE p.tenant_id = $1
            ON CONFLICT (tenant_id, dossier_id) WHERE lifted_at IS NULL DO NOTHING""";
    private static final Set<String> SENT_OR_ANSWERED = Arrays.stream(PaymentState.values()).map(Enum::name)
            .collect(Collectors.toSet());

    private final Database database;

    public PgBankReportStore(Database database) {
        this.database = database;
    }

    @Override
    public Future<ReportTransaction> begin(String tenantId) {
        return database.begin(tenantId).map(tx -> new PgReportTransaction(tx, tenantId));
    }

    private record PgReportTransaction(Database.TenantTransaction tx, String tenantId) implements ReportTransaction {

        private SqlConnection conn() {
            return tx.connection();
        }

        @Override
        public Future<Batch> lockBatch(long batchId) {
            return PgBatchStore.locked(conn(), tenantId, batchId);
        }

        @Override
        public Future<List<SentPayment>> sentPaymentsOfBatch(long batchId) {
            return conn().preparedQuery(OF_BATCH).execute(Tuple.of(tenantId, batchId)).map(PgBankReportStore::payments);
        }

        @Override
        public Future<List<SentPayment>> sentPayments(Collection<String> endToEndIds) {
            return conn().preparedQuery(BY_END_TO_END_ID)
                    .execute(Tuple.of(tenantId).addArrayOfString(endToEndIds.toArray(String[]::new)))
                    .map(PgBankReportStore::payments);
        }

        @Override
        public Future<Void> changeStates(List<ReportOutcome.Change> changes) {
            return conn().preparedQuery(UPDATE).execute(Tuple.of(tenantId)
                    .addArrayOfLong(changes.stream().map(c -> c.payment().seq()).toArray(Long[]::new))
                    .addArrayOfString(changes.stream().map(c -> c.transition().next().name()).toArray(String[]::new))
                    .addArrayOfString(changes.stream().map(c -> c.transition().reasonCode()).toArray(String[]::new)))
                    .mapEmpty();
        }

        @Override
        public Future<Void> blockIbans(List<ReportOutcome.Change> changes) {
            return withReasons(BLOCK_IBANS, changes);
        }

        @Override
        public Future<Void> stopDossiers(List<ReportOutcome.Change> changes) {
            return withReasons(STOP_DOSSIERS, changes);
        }

        private Future<Void> withReasons(String sql, List<ReportOutcome.Change> changes) {
            return conn().preparedQuery(sql).execute(Tuple.of(tenantId)
                            .addArrayOfLong(changes.stream().map(c -> c.payment().seq()).toArray(Long[]::new))
                            .addArrayOfString(changes.stream().map(c -> c.transition().reasonCode()).toArray(String[]::new)))
                    .mapEmpty();
        }

        @Override
        public Future<Map<PaymentState, Long>> paymentStates(long batchId) {
            return conn().preparedQuery(COUNTS).execute(Tuple.of(tenantId, batchId)).map(rows -> {
                Map<PaymentState, Long> counts = new EnumMap<>(PaymentState.class);
                for (Row row : rows) {
                    counts.put(PaymentState.valueOf(row.getString("state")), row.getLong("n"));
                }
                return counts;
            });
        }

        @Override
        public Future<Void> moveBatch(Batch batch, BatchState to, Caller by, String why) {
            return PgBatchStore.moveBatch(conn(), tenantId, batch.id(), batch.state(), to, by, why);
        }

        @Override
        public Future<Void> audit(AuditEvent event) {
            return PgAuditLog.append(conn(), tenantId, event);
        }

        @Override
        public Future<Void> commit() {
            return tx.commit();
        }

        @Override
        public Future<Void> rollback() {
            return tx.rollback();
        }
    }

    private static List<SentPayment> payments(RowSet<Row> rows) {
        List<SentPayment> payments = new ArrayList<>();
        for (Row row : rows) {
            if (!SENT_OR_ANSWERED.contains(row.getString("state"))) {
                continue; // never sent (IN_BATCH, RELEASED): the bank cannot answer it, so the file is refused
            }
            payments.add(new SentPayment(row.getLong("seq"), row.getLong("batch_id"), row.getInteger("file_index"),
                    row.getString("end_to_end_id"), PaymentState.valueOf(row.getString("state")),
                    row.getString("reason_code")));
        }
        return payments;
    }
}
