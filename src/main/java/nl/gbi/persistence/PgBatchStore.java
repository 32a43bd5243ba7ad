package nl.gbi.persistence;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.gbi.access.Caller;
import nl.gbi.audit.AuditEvent;
import nl.gbi.batches.Approval;
import nl.gbi.batches.Batch;
import nl.gbi.batches.BatchState;
import nl.gbi.batches.BatchStore;
import nl.gbi.batches.NumberedBatch;
import nl.gbi.batches.PaymentLine;
import nl.gbi.batches.PaymentView;
import nl.gbi.batches.PreparedBatch;
import nl.gbi.batches.RailRows;
import nl.gbi.domain.EngineError;

/** Batches, payment lines, files and approvals in PostgreSQL; each change and its audit rows in one transaction. */
public final class PgBatchStore implements BatchStore {

    private static final int PAYMENTS_PER_STATEMENT = 5_000;
    /** Statements sent before the first of them has answered: enough to keep PostgreSQL busy, few in memory. */
    private static final int PAYMENT_STATEMENTS_IN_FLIGHT = 3;

    private final Database database;

    public PgBatchStore(Database database) {
        this.database = database;
    }

    @Override
    public Future<Reservation> reserve(String tenantId, int payments, int files) {
        return database.inTenant(tenantId, conn -> conn.preparedQuery(BatchSql.RESERVE).execute(Tuple.of(payments, files)))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return new Reservation(row.getLong("batch_id"), Arrays.asList(row.getArrayOfLongs("payment_seqs")),
                            Arrays.asList(row.getArrayOfLongs("file_seqs")));
                });
    }

    @Override
    public Future<Batch> insert(NumberedBatch batch, Future<List<PreparedBatch.WrittenFile>> files) {
        String tenantId = batch.request().tenantId();
        return database.inTenant(tenantId, conn -> conn.preparedQuery(BatchSql.INSERT_BATCH).execute(Tuple.from(Arrays.asList(
                        tenantId, batch.batchId(), batch.request().runId(), batch.request().startedBy(),
                        batch.request().executionDate(), batch.request().lines().size(), batch.ctrlSum().cents(),
                        batch.approvalsNeeded(), BatchRows.json(batch.findings()),
                        batch.request().wantedExecutionDate(), batch.request().runPart())))
                .compose(inserted -> insertPayments(conn, batch))
                .compose(inserted -> files.map(batch::withFiles))
                .compose(prepared -> insertFiles(conn, prepared).compose(inserted -> offer(conn, prepared))))
                .map(Optional::orElseThrow);
    }

    /** The audit row of the new batch; AWAITING_APPROVAL when every file passed its check; the batch as stored. */
    private static Future<Optional<Batch>> offer(SqlConnection conn, PreparedBatch batch) {
        String tenantId = batch.request().tenantId();
        long id = batch.batchId();
        AuditEvent created = new AuditEvent(batch.request().startedBy(), batch.request().startedByNaam(),
                "BATCH_CREATED", "batch/" + id, "aantal=" + batch.request().lines().size() + " totaal=" + batch.ctrlSum()
                + " bestanden=" + batch.files().size() + " goedkeuringenNodig=" + batch.approvalsNeeded()
                + " bevindingen=" + (batch.findings().size() + batch.files().stream().mapToInt(f -> f.findings().size()).sum()));
        return PgAuditLog.append(conn, tenantId, created)
                .compose(logged -> batch.offerable()
                        ? moveBatch(conn, tenantId, id, BatchState.CREATED, BatchState.AWAITING_APPROVAL, null,
                                "bestanden zonder bevindingen")
                        : Future.succeededFuture())
                .compose(moved -> BatchRows.load(conn, tenantId, id, false));
    }

    /**
     * The lines in statements of {@value #PAYMENTS_PER_STATEMENT}, up to {@value #PAYMENT_STATEMENTS_IN_FLIGHT}
     * sent ahead: the connection pipelines them, so PostgreSQL does not wait for the next one between
     * statements. After a failure the rest fail too and the transaction rolls back.
     */
    private static Future<Void> insertPayments(SqlConnection conn, NumberedBatch batch) {
        int count = (batch.request().lines().size() + PAYMENTS_PER_STATEMENT - 1) / PAYMENTS_PER_STATEMENT;
        List<Future<?>> sent = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int from = i * PAYMENTS_PER_STATEMENT;
            Future<?> turn = i < PAYMENT_STATEMENTS_IN_FLIGHT
                    ? Future.succeededFuture() : sent.get(i - PAYMENT_STATEMENTS_IN_FLIGHT);
            sent.add(turn.compose(ready -> conn.preparedQuery(BatchSql.INSERT_PAYMENTS).execute(paymentParams(batch, from))));
        }
        return Future.all(sent).mapEmpty();
    }

    private static Tuple paymentParams(NumberedBatch batch, int from) {
        int end = Math.min(batch.request().lines().size(), from + PAYMENTS_PER_STATEMENT);
        List<PaymentLine> part = batch.request().lines().subList(from, end);
        return Tuple.of(batch.request().tenantId(), batch.batchId())
                .addArrayOfLong(batch.paymentSeqs().subList(from, end).toArray(Long[]::new))
                .addArrayOfString(part.stream().map(PaymentLine::dossierId).toArray(String[]::new))
                .addArrayOfLocalDate(part.stream().map(l -> l.periode().atDay(1)).toArray(LocalDate[]::new))
                .addArrayOfString(part.stream().map(l -> l.soort().name()).toArray(String[]::new))
                .addArrayOfLong(part.stream().map(l -> l.amount().cents()).toArray(Long[]::new))
                .addArrayOfString(part.stream().map(l -> l.creditorIban().value()).toArray(String[]::new))
                .addArrayOfString(part.stream().map(PaymentLine::creditorName).toArray(String[]::new))
                .addArrayOfString(part.stream().map(PaymentLine::remittance).toArray(String[]::new))
                .addArrayOfString(batch.endToEndIds().subList(from, end).toArray(String[]::new))
                .addArrayOfInteger(batch.fileIndexes().subList(from, end).toArray(Integer[]::new))
                .addArrayOfInteger(part.stream().map(PaymentLine::lineNo).toArray(Integer[]::new))
                .addArrayOfLong(part.stream().map(PaymentLine::correctsSeq).toArray(Long[]::new));
    }

    private static Future<Void> insertFiles(SqlConnection conn, PreparedBatch batch) {
        Future<Void> chain = Future.succeededFuture();
        for (PreparedBatch.WrittenFile file : batch.files()) {
            chain = chain.compose(done -> conn.preparedQuery(BatchSql.INSERT_FILE).execute(Tuple.from(List.of(
                    batch.request().tenantId(), batch.batchId(), file.fileIndex(), file.msgId(),
                    Buffer.buffer(file.content()), Buffer.buffer(file.sha256()), file.nbOfTxs(), file.ctrlSum().cents(),
                    BatchRows.json(file.findings())))).mapEmpty());
        }
        return chain;
    }

    @Override
    public Future<List<Batch>> list(String tenantId, Optional<BatchState> state, int limit) {
        return database.inTenant(tenantId, conn -> (state.isPresent()
                        ? conn.preparedQuery(BatchSql.LIST_IN_STATE).execute(Tuple.of(tenantId, state.get().name(), limit))
                        : conn.preparedQuery(BatchSql.LIST).execute(Tuple.of(tenantId, limit))))
                .map(rows -> {
                    List<Batch> batches = new ArrayList<>();
                    rows.forEach(row -> batches.add(BatchRows.batch(row, List.of(), List.of(), List.of(), List.of())));
                    return batches;
                });
    }

    @Override
    public Future<Optional<Batch>> find(String tenantId, long id) {
        return database.inTenant(tenantId, conn -> BatchRows.load(conn, tenantId, id, false));
    }

    @Override
    public Future<List<PaymentView>> payments(String tenantId, long id, int offset, int limit) {
        return database.inTenant(tenantId, conn -> conn.preparedQuery(BatchSql.PAYMENTS)
                .execute(Tuple.of(tenantId, id, limit, offset))).map(BatchRows::payments);
    }

    @Override
    public Future<RailRows> railRows(String tenantId, long id) {
        return database.inTenant(tenantId, conn -> BatchRailRows.load(conn, tenantId, id));
    }

    @Override
    public Future<BatchTransaction> lock(String tenantId, long id) {
        return database.begin(tenantId).compose(tx -> locked(tx.connection(), tenantId, id)
                .<BatchTransaction>map(batch -> new PgBatchTransaction(tx, tenantId, id, batch))
                .recover(failure -> tx.rollback().transform(ended -> Future.failedFuture(failure))));
    }

    private record PgBatchTransaction(Database.TenantTransaction tx, String tenantId, long id, Batch batch)
            implements BatchTransaction {

        @Override
        public Future<Void> recordApproval(Approval approval) {
            return tx.connection().preparedQuery(BatchSql.INSERT_APPROVAL).execute(Tuple.from(List.of(tenantId, id,
                    approval.tokenId(), approval.naam(), approval.approvedAt(), Buffer.buffer(approval.contentSha256()),
                    approval.nbOfTxs(), approval.ctrlSum().cents(), approval.persoon()))).mapEmpty();
        }

        @Override
        public Future<RailRows> railRows() {
            return BatchRailRows.load(tx.connection(), tenantId, id);
        }

        @Override
        public Future<Void> recordRejection(String by, String reden) {
            return tx.connection().preparedQuery(BatchSql.REJECT).execute(Tuple.of(tenantId, id, by, reden)).mapEmpty();
        }

        @Override
        public Future<Void> move(BatchState from, BatchState to, Caller by, String why) {
            return moveBatch(tx.connection(), tenantId, id, from, to, by, why);
        }

        @Override
        public Future<Integer> movePayments(String from, String to) {
            return tx.connection().preparedQuery(BatchSql.MOVE_PAYMENTS).execute(Tuple.of(tenantId, id, from, to))
                    .map(moved -> moved.rowCount());
        }

        @Override
        public Future<StoredFile> file(int fileIndex) {
            return tx.connection().preparedQuery(BatchSql.CONTENT).execute(Tuple.of(tenantId, id, fileIndex)).map(rows -> {
                Row row = rows.iterator().next();
                return new StoredFile(row.getString("msg_id"), row.getBuffer("content").getBytes());
            });
        }

        @Override
        public Future<Void> audit(AuditEvent event) {
            return PgAuditLog.append(tx.connection(), tenantId, event);
        }

        @Override
        public Future<Batch> reload() {
            return BatchRows.load(tx.connection(), tenantId, id, false).map(Optional::orElseThrow);
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

    static Future<Batch> locked(SqlConnection conn, String tenantId, long id) {
        return BatchRows.load(conn, tenantId, id, true).map(found -> found.orElseThrow(
                () -> EngineError.notFound("Batch " + id + " bestaat niet")));
    }

    /** Moves the batch and records BATCH_STATE by {@code by} (token and person), or by the engine when null. */
    static Future<Void> moveBatch(SqlConnection conn, String tenantId, long id, BatchState from, BatchState to,
            Caller by, String why) {
        String details = from + " -> " + to + "; " + why;
        AuditEvent event = by == null ? new AuditEvent(AuditEvent.ENGINE, "betaalmotor", "BATCH_STATE", "batch/" + id, details)
                : AuditEvent.by(by, "BATCH_STATE", "batch/" + id, details);
        return conn.preparedQuery(BatchSql.SET_STATE).execute(Tuple.of(tenantId, id, to.name()))
                .compose(updated -> PgAuditLog.append(conn, tenantId, event));
    }
}
