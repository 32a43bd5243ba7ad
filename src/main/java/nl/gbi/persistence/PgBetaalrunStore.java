package nl.gbi.persistence;

import io.vertx.core.Future;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import nl.gbi.audit.AuditChain;
import nl.gbi.audit.AuditEvent;
import nl.gbi.batches.PaymentLine;
import nl.gbi.domain.BetalingSoort;
import nl.gbi.domain.EngineError;
import nl.gbi.domain.Iban;
import nl.gbi.domain.Money;
import nl.gbi.runs.BetaalrunSettings;
import nl.gbi.runs.BetaalrunStore;
import nl.gbi.runs.ChunkInput;
import nl.gbi.runs.ChunkResult;
import nl.gbi.runs.ClaimedChunk;
import nl.gbi.runs.ClaimedTenant;
import nl.gbi.runs.RunLine;
import nl.gbi.runs.ReturnedPayment;
import nl.gbi.runs.RunStatus;
import nl.gbi.runs.SkipReason;

/** Betaalruns, their work queue with leases, results and lines in PostgreSQL. */
public final class PgBetaalrunStore implements BetaalrunStore {

    private static final Logger LOG = Logger.getLogger(PgBetaalrunStore.class.getName());

    private final Database database;

    public PgBetaalrunStore(Database database) {
        this.database = database;
    }

    @Override
    public Future<RunStatus.Run> start(String runId, YearMonth periode, AuditEvent started, Collection<String> tenantIds,
            int chunkSize) {
        LocalDate day = periode.atDay(1);
        // The audit row first: planning sets each tenant in turn, and the PLATFORM chain is written without one.
        return refreshStatistics().compose(fresh -> database.inPlatform(conn -> conn.preparedQuery(BetaalrunSql.INSERT_RUN)
                .execute(Tuple.of(runId, day, started.actor()))
                .compose(inserted -> PgAuditLog.append(conn, AuditChain.PLATFORM, started).map(inserted))
                .compose(inserted -> {
                    Future<Void> chain = Future.succeededFuture();
                    for (String tenantId : tenantIds) {
                        chain = chain.compose(done -> planTenant(conn, runId, tenantId, day, chunkSize));
                    }
                    return chain.map(planned -> BetaalrunRows.run(inserted.iterator().next()));
                })))
                .recover(failure -> failure instanceof PgException pg && "23505".equals(pg.getSqlState())
                        ? Future.failedFuture(EngineError.conflict("Er loopt al een betaalrun voor " + periode))
                        : Future.failedFuture(failure));
    }

    /**
     * ANALYZE of the tables the planning and the chunk reads use, as their owner: a run usually starts the moment
     * intake ends, before autovacuum has looked at the new rows (issue 10). A failure is logged and the run goes on:
     * the chunk read's plan does not depend on the statistics (ChunkReadPlanTest); this only keeps the rest sharp.
     */
    private Future<Void> refreshStatistics() {
        long started = System.nanoTime();
        return database.asOwner(owner -> owner.query(BetaalrunSql.ANALYZE).execute())
                .<Void>mapEmpty()
                .onSuccess(done -> LOG.info(() -> "betaalrun: statistics refreshed in "
                        + (System.nanoTime() - started) / 1_000_000 + " ms"))
                .recover(failed -> {
                    LOG.warning(() -> "betaalrun: ANALYZE before planning failed (" + failed.getClass().getSimpleName()
                            + "); the run is planned on the statistics there are");
                    return Future.succeededFuture();
                });
    }

    /** The tenant's chunks, planned in the same transaction as the run: a run never exists half planned. */
    private static Future<Void> planTenant(SqlConnection conn, String runId, String tenantId, LocalDate periode,
            int chunkSize) {
        return conn.preparedQuery(BetaalrunSql.SET_TENANT).execute(Tuple.of(tenantId))
                .compose(set -> conn.preparedQuery(BetaalrunSql.PLAN_RANGES).execute(Tuple.of(periode, chunkSize)))
                .compose(ranges -> {
                    List<Integer> numbers = new ArrayList<>();
                    List<String> firsts = new ArrayList<>();
                    List<String> lasts = new ArrayList<>();
                    List<Integer> counts = new ArrayList<>();
                    for (Row row : ranges) {
                        numbers.add(row.getInteger("chunk_no"));
                        firsts.add(row.getString("first_dossier"));
                        lasts.add(row.getString("last_dossier"));
                        counts.add(row.getInteger("dossiers"));
                    }
                    int dossiers = counts.stream().mapToInt(Integer::intValue).sum();
                    return conn.preparedQuery(BetaalrunSql.INSERT_CHUNKS).execute(Tuple.tuple().addValue(runId)
                                    .addValue(tenantId).addValue(numbers.toArray(Integer[]::new))
                                    .addValue(firsts.toArray(String[]::new)).addValue(lasts.toArray(String[]::new))
                                    .addValue(counts.toArray(Integer[]::new)))
                            .compose(chunks -> conn.preparedQuery(BetaalrunSql.INSERT_TENANT)
                                    .execute(Tuple.of(runId, tenantId, numbers.size(), dossiers)));
                })
                .mapEmpty();
    }

    @Override
    public Future<Optional<ClaimedChunk>> claimChunk(String owner, Duration lease) {
        return database.inPlatform(conn -> conn.preparedQuery(BetaalrunSql.CLAIM_CHUNK)
                        .execute(Tuple.of(owner, (int) lease.toSeconds(), BetaalrunSettings.ATTEMPTS_MAX)))
                .map(rows -> first(rows).map(row -> new ClaimedChunk(row.getString("run_id"), row.getString("tenant_id"),
                        row.getInteger("chunk_no"), YearMonth.from(row.getLocalDate("periode")),
                        row.getString("from_dossier"), row.getString("until_dossier"))));
    }

    @Override
    public Future<ChunkResult> processChunk(ClaimedChunk chunk, String owner,
            Function<ChunkInput, Future<ChunkResult>> calculate) {
        LocalDate periode = chunk.periode().atDay(1);
        boolean last = chunk.untilDossier() == null;
        Tuple range = last ? Tuple.of(periode, chunk.fromDossier()) : Tuple.of(periode, chunk.fromDossier(), chunk.untilDossier());
        Tuple dossiers = last ? Tuple.of(chunk.fromDossier()) : Tuple.of(chunk.fromDossier(), chunk.untilDossier());
        return database.inTenant(chunk.tenantId(), conn -> BetaalrunRows.readChunk(conn,
                        last ? BetaalrunSql.LAST_CHUNK : BetaalrunSql.CHUNK, range, dossiers)
                .compose(calculate)
                .compose(result -> BetaalrunRows.insertResult(conn, chunk.runId(), periode, result)
                        .compose(stored -> conn.preparedQuery(BetaalrunSql.FINISH_CHUNK).execute(Tuple.of(chunk.runId(),
                                chunk.tenantId(), chunk.chunkNo(), owner, result.calculatedOf(chunk.periode()),
                                result.refusals().size())))
                        .compose(finished -> finished.rowCount() == 1 ? Future.succeededFuture(result)
                                : Future.failedFuture(EngineError.conflict("chunk " + chunk.chunkNo() + " of "
                                        + chunk.tenantId() + " was taken over; this instance's work is rolled back")))));
    }

    @Override
    public Future<Optional<ClaimedTenant>> claimTenant(String owner, Duration lease) {
        return database.inPlatform(conn -> conn.preparedQuery(BetaalrunSql.CLAIM_TENANT)
                        .execute(Tuple.of(owner, (int) lease.toSeconds(), BetaalrunSettings.ATTEMPTS_MAX)))
                .map(rows -> first(rows).map(row -> new ClaimedTenant(row.getString("run_id"), row.getString("tenant_id"),
                        YearMonth.from(row.getLocalDate("periode")), row.getString("started_by"), row.getString("naam"))));
    }

    @Override
    public Future<List<RunStatus.RunBatch>> batchesOf(String tenantId, String runId) {
        return database.inTenant(tenantId, conn -> conn.preparedQuery(BetaalrunSql.BATCHES_OF).execute(Tuple.of(runId)))
                .map(BetaalrunRows::batches);
    }

    @Override
    public Future<List<RunLine>> lines(String tenantId, String runId) {
        return database.inTenant(tenantId, conn -> conn.preparedQuery(BetaalrunSql.LINES).execute(Tuple.of(runId)))
                .map(rows -> {
                    List<RunLine> lines = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        PaymentLine line = new PaymentLine(row.getString("dossier_id"),
                                YearMonth.from(row.getLocalDate("periode")), BetalingSoort.valueOf(row.getString("soort")),
                                Money.ofCents(row.getLong("amount_cents")), new Iban(row.getString("creditor_iban")),
                                row.getString("creditor_name"), row.getString("remittance"), row.getInteger("line_no"));
                        String skip = row.getString("skip");
                        lines.add(new RunLine(line, skip == null ? null : SkipReason.valueOf(skip), row.getString("reason_code")));
                    }
                    return lines;
                });
    }

    @Override
    public Future<List<ReturnedPayment>> returned(String tenantId) {
        return database.inTenant(tenantId, conn -> conn.preparedQuery(BetaalrunSql.RETURNED).execute())
                .map(BetaalrunRows::returned);
    }

    @Override
    public Future<Boolean> finishTenant(ClaimedTenant tenant, String owner, Long batchId, List<RunLine> skipped,
            List<ChunkResult.Refusal> refused) {
        return database.inTenant(tenant.tenantId(), conn -> BetaalrunRows.insertSkips(conn, tenant.runId(),
                        skipped.stream().map(BetaalrunRows.Skip::of).toList())
                .compose(stored -> BetaalrunRows.insertRefusals(conn, tenant.runId(), refused))
                .compose(stored -> conn.preparedQuery(BetaalrunSql.FINISH_TENANT)
                        .execute(Tuple.of(tenant.runId(), tenant.tenantId(), owner, batchId)))
                .compose(finished -> finished.rowCount() == 1
                        ? conn.preparedQuery(BetaalrunSql.COMPLETE_RUN).execute(Tuple.of(tenant.runId()))
                        : Future.failedFuture(EngineError.conflict("the batch step of " + tenant.tenantId()
                                + " was taken over")))
                .map(completed -> completed.rowCount() == 1));
    }

    @Override
    public Future<Void> settleRuns() {
        return database.inPlatform(conn -> conn.preparedQuery(BetaalrunSql.COMPLETE_RUNS).execute()
                .compose(completed -> conn.preparedQuery(BetaalrunSql.FAIL_RUNS)
                        .execute(Tuple.of(BetaalrunSettings.ATTEMPTS_MAX)))
                .mapEmpty());
    }

    @Override
    public Future<Optional<RunStatus>> status(String runId) {
        return BetaalrunRows.status(database, runId);
    }

    static Optional<Row> first(RowSet<Row> rows) {
        return rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next());
    }

    @Override
    public Future<List<RunStatus.Run>> recent(int max) {
        return database.inPlatform(conn -> conn.preparedQuery(BetaalrunListSql.RECENT).execute(Tuple.of(max)))
                .map(rows -> {
                    List<RunStatus.Run> runs = new ArrayList<>(rows.size());
                    rows.forEach(row -> runs.add(BetaalrunRows.run(row)));
                    return runs;
                });
    }
}
