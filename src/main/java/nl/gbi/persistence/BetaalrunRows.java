package nl.gbi.persistence;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.gbi.domain.EngineError;
import nl.gbi.ledger.BookedPayment;
import nl.gbi.ledger.BookingKind;
import nl.gbi.ledger.LedgerBooking;
import nl.gbi.batches.PaymentLine;
import nl.gbi.domain.Betaalrekening;
import nl.gbi.domain.BetalingSoort;
import nl.gbi.domain.Iban;
import nl.gbi.domain.Money;
import nl.gbi.runs.ChunkInput;
import nl.gbi.runs.ChunkResult;
import nl.gbi.runs.Correction;
import nl.gbi.runs.MonthInput;
import nl.gbi.runs.ReturnedPayment;
import nl.gbi.runs.RunLine;
import nl.gbi.runs.RunStatus;
import nl.gbi.runs.SkipReason;

/** Row mapping and the multi-statement reads and writes of {@link PgBetaalrunStore}. */
final class BetaalrunRows {

    private BetaalrunRows() {
    }

    static RunStatus.Run run(Row row) {
        return new RunStatus.Run(row.getString("id"), YearMonth.from(row.getLocalDate("periode")), row.getString("status"),
                row.getString("started_by"), row.getOffsetDateTime("started_at"), row.getOffsetDateTime("finished_at"));
    }

    static List<ReturnedPayment> returned(Iterable<Row> rows) {
        List<ReturnedPayment> returned = new ArrayList<>();
        for (Row row : rows) {
            returned.add(new ReturnedPayment(row.getLong("seq"), row.getString("dossier_id"),
                    YearMonth.from(row.getLocalDate("periode")), BetalingSoort.valueOf(row.getString("soort")),
                    Money.ofCents(row.getLong("amount_cents")), new Iban(row.getString("creditor_iban")),
                    row.getString("creditor_name"), row.getString("remittance"), row.getString("end_to_end_id"),
                    row.getString("reason_code"), row.getBoolean("block_lifted"), row.getString("stopped_code"),
                    row.getString("current_iban"), row.getString("current_name"), row.getBoolean("current_blocked"),
                    row.getString("afhandeling")));
        }
        return returned;
    }

    /**
     * What a chunk settles from, read in its tenant transaction ({@code range}: periode, from, until). The reads are
     * sent at once and the connection pipelines them; only the payments wait for the months, as they read those
     * months: two round trips, not five.
     */
    static Future<ChunkInput> readChunk(SqlConnection conn, BetaalrunSql.ChunkRead statements, Tuple range,
            Tuple dossierRange) {
        // Plans that cannot flip: at the start of a first run the statistics say payments is empty, and as each
        // municipality's batch step fills it during the run a generic plan of the payments read scanned it whole,
        // 74 ms a chunk at 1.000.000 dossiers (docs/benchmarks.md). Every chunk read has an index on what it bounds;
        // in this transaction the planner takes it whatever the statistics say.
        Future<RowSet<Row>> indexesOnly = conn.query(BetaalrunSql.INDEXES_ONLY).execute();
        Future<RowSet<Row>> months = conn.preparedQuery(statements.months()).execute(range);
        // the payments of the months found: sent when they are known, the other reads meanwhile in the pipeline
        Future<RowSet<Row>> payments = months.compose(found -> conn.preparedQuery(statements.payments())
                .execute(paymentsOf(found, range)));
        Future<RowSet<Row>> bookings = conn.preparedQuery(statements.bookings()).execute(range);
        Future<RowSet<Row>> corrections = conn.preparedQuery(statements.corrections()).execute(range);
        Future<RowSet<Row>> held = conn.preparedQuery(statements.held()).execute(dossierRange);
        return Future.all(List.of(indexesOnly, months, payments, bookings, corrections, held)).map(read -> new ChunkInput(
                months(months.result()), payments(payments.result()), bookings(bookings.result()),
                corrections(corrections.result()), held(held.result())));
    }

    /** The payments read's parameters: the run's month, the months found as two arrays, and the chunk's range. */
    private static Tuple paymentsOf(RowSet<Row> months, Tuple range) {
        String[] dossiers = new String[months.size()];
        LocalDate[] periodes = new LocalDate[months.size()];
        int i = 0;
        for (Row row : months) {
            dossiers[i] = row.getString("dossier_id");
            periodes[i++] = row.getLocalDate("periode");
        }
        Tuple tuple = Tuple.tuple().addValue(range.getValue(0)).addValue(dossiers).addValue(periodes)
                .addValue(range.getValue(1));
        return range.size() > 2 ? tuple.addValue(range.getValue(2)) : tuple;
    }

    private static Set<String> held(RowSet<Row> rows) {
        Set<String> held = new HashSet<>();
        rows.forEach(row -> held.add(row.getString("dossier_id")));
        return held;
    }

    private static List<MonthInput> months(RowSet<Row> rows) {
        List<MonthInput> months = new ArrayList<>(rows.size());
        rows.forEach(row -> months.add(new MonthInput(row.getString("dossier_id"), YearMonth.from(row.getLocalDate("periode")),
                row.getInteger("versie"), row.getString("input"), row.getInteger("live_versie"),
                row.getInteger("first_live_versie"), row.getBoolean("own_run"))));
        return months;
    }

    /** The dossiers' payments as the ledger books them ({@link BookedPayment#of}). */
    private static Map<String, List<BookedPayment>> payments(RowSet<Row> rows) {
        Map<String, List<BookedPayment>> payments = new HashMap<>();
        rows.forEach(row -> payments.computeIfAbsent(row.getString("dossier_id"), d -> new ArrayList<>()).add(
                BookedPayment.of(YearMonth.from(row.getLocalDate("periode")), BetalingSoort.valueOf(row.getString("soort")),
                        row.getLong("amount_cents"), row.getString("state"), row.getBoolean("unrepaid"))));
        return payments;
    }

    private static Map<String, List<LedgerBooking>> bookings(RowSet<Row> rows) {
        Map<String, List<LedgerBooking>> bookings = new HashMap<>();
        rows.forEach(row -> bookings.computeIfAbsent(row.getString("dossier_id"), d -> new ArrayList<>()).add(
                new LedgerBooking(YearMonth.from(row.getLocalDate("periode")), BookingKind.valueOf(row.getString("kind")),
                        row.getLong("cents"))));
        return bookings;
    }

    private static List<Correction> corrections(RowSet<Row> rows) {
        List<Correction> corrections = new ArrayList<>(rows.size());
        rows.forEach(row -> corrections.add(new Correction(row.getString("dossier_id"),
                YearMonth.from(row.getLocalDate("periode")), row.getInteger("versie"), row.getInteger("previous_versie"),
                row.getLong("settled_cents"), row.getLong("due_cents"), row.getLong("nabetaling_cents"), new Iban(row.getString("creditor_iban")),
                row.getString("creditor_name"), row.getString("partner_iban") == null ? null
                        : new Betaalrekening(new Iban(row.getString("partner_iban")), row.getString("partner_name")))));
        return corrections;
    }

    /**
     * Results, lines, refusals, vakantiegeld bookings, corrections, aflossingen and waiting herberekeningen of a
     * chunk, each one statement with array parameters, sent at once (pipelined) in the chunk's transaction.
     */
    static Future<Void> insertResult(SqlConnection conn, String runId, LocalDate periode, ChunkResult result) {
        List<ChunkResult.Calculated> calculated = result.calculated();
        List<PaymentLine> lines = result.lines();
        List<ChunkResult.Refusal> refusals = result.refusals();
        List<Correction> corrections = result.corrections();
        List<Future<?>> inserts = new ArrayList<>();
        inserts.add(conn.preparedQuery(BetaalrunSql.INSERT_RESULTATEN).execute(Tuple.tuple().addValue(runId)
                .addValue(calculated.stream().map(ChunkResult.Calculated::dossierId).toArray(String[]::new))
                .addValue(calculated.stream().map(c -> c.periode().atDay(1)).toArray(LocalDate[]::new))
                .addValue(calculated.stream().map(ChunkResult.Calculated::versie).toArray(Integer[]::new))
                .addValue(calculated.stream().map(ChunkResult.Calculated::resultaatJson).toArray(String[]::new))
                .addValue(calculated.stream().map(ChunkResult.Calculated::dueCents).toArray(Long[]::new))
                .addValue(calculated.stream().map(ChunkResult.Calculated::reserveringCents).toArray(Long[]::new))
                .addValue(calculated.stream().map(ChunkResult.Calculated::verrekeningCents).toArray(Long[]::new))
                .addValue(calculated.stream().map(ChunkResult.Calculated::parameterSetId).toArray(Long[]::new))));
        inserts.add(conn.preparedQuery(BetaalrunSql.INSERT_LINES).execute(Tuple.tuple().addValue(runId)
                .addValue(lines.stream().map(PaymentLine::dossierId).toArray(String[]::new))
                .addValue(lines.stream().map(PaymentLine::lineNo).toArray(Integer[]::new))
                .addValue(lines.stream().map(l -> l.periode().atDay(1)).toArray(LocalDate[]::new))
                .addValue(lines.stream().map(l -> l.soort().name()).toArray(String[]::new))
                .addValue(lines.stream().map(l -> l.amount().cents()).toArray(Long[]::new))
                .addValue(lines.stream().map(l -> l.creditorIban().value()).toArray(String[]::new))
                .addValue(lines.stream().map(PaymentLine::creditorName).toArray(String[]::new))
                .addValue(lines.stream().map(PaymentLine::remittance).toArray(String[]::new))));
        if (!refusals.isEmpty()) {
            inserts.add(insertRefusals(conn, runId, refusals));
        }
        List<ChunkResult.Booking> bookings = result.bookings();
        if (!bookings.isEmpty()) {
            inserts.add(conn.preparedQuery(BetaalrunSql.INSERT_BOOKINGS).execute(Tuple.tuple().addValue(runId)
                    .addValue(bookings.stream().map(ChunkResult.Booking::dossierId).toArray(String[]::new))
                    .addValue(bookings.stream().map(b -> b.booking().periode().atDay(1)).toArray(LocalDate[]::new))
                    .addValue(bookings.stream().map(b -> b.booking().kind().name()).toArray(String[]::new))
                    .addValue(bookings.stream().map(b -> b.booking().cents()).toArray(Long[]::new))
                    .addValue(bookings.stream().map(ChunkResult.Booking::versie).toArray(Integer[]::new))));
        }
        if (!corrections.isEmpty()) {
            inserts.add(conn.preparedQuery(BetaalrunSql.INSERT_CORRECTIONS).execute(Tuple.tuple().addValue(runId)
                    .addValue(periode)
                    .addValue(corrections.stream().map(Correction::dossierId).toArray(String[]::new))
                    .addValue(corrections.stream().map(c -> c.periode().atDay(1)).toArray(LocalDate[]::new))
                    .addValue(corrections.stream().map(Correction::versie).toArray(Integer[]::new))
                    .addValue(corrections.stream().map(Correction::previousVersie).toArray(Integer[]::new))
                    .addValue(corrections.stream().map(Correction::settledCents).toArray(Long[]::new))
                    .addValue(corrections.stream().map(Correction::dueCents).toArray(Long[]::new))
                    .addValue(corrections.stream().map(Correction::differenceCents).toArray(Long[]::new))
                    .addValue(corrections.stream().map(Correction::nabetalingCents).toArray(Long[]::new))
                    .addValue(corrections.stream().map(c -> c.creditorIban().value()).toArray(String[]::new))
                    .addValue(corrections.stream().map(Correction::creditorName).toArray(String[]::new))
                    .addValue(corrections.stream().map(c -> c.partner() == null ? null : c.partner().iban().value())
                            .toArray(String[]::new))
                    .addValue(corrections.stream().map(c -> c.partner() == null ? null : c.partner().tenaamstelling())
                            .toArray(String[]::new))));
        }
        if (!result.waiting().isEmpty()) {
            inserts.add(insertSkips(conn, runId, result.waiting().stream().map(BetaalrunRows::waits).toList()));
        }
        return Future.all(inserts).compose(stored -> settle(conn, result.settled()));
    }

    /**
     * Marks the months settled. Two runs of different months may meet on one unsettled month: the second to get the
     * row waits for the first's commit and then finds it settled, so its whole chunk fails and is retried on what is
     * booked now — never booked twice.
     */
    private static Future<Void> settle(SqlConnection conn, List<ChunkResult.Settled> settled) {
        if (settled.isEmpty()) {
            return Future.succeededFuture();
        }
        return conn.preparedQuery(BetaalrunSql.SETTLE_MONTHS).execute(Tuple.tuple()
                        .addValue(settled.stream().map(ChunkResult.Settled::dossierId).toArray(String[]::new))
                        .addValue(settled.stream().map(s -> s.periode().atDay(1)).toArray(LocalDate[]::new))
                        .addValue(settled.stream().map(ChunkResult.Settled::versie).toArray(Integer[]::new)))
                .compose(rows -> rows.rowCount() == settled.size() ? Future.<Void>succeededFuture()
                        : Future.failedFuture(EngineError.conflict("a month of this chunk was settled by another run "
                                + "meanwhile; the chunk is settled again")));
    }

    /** Refused dossiers with their reasons; a dossier refused already (chunk, or a retried batch step) keeps its first. */
    static Future<RowSet<Row>> insertRefusals(SqlConnection conn, String runId, List<ChunkResult.Refusal> refusals) {
        return conn.preparedQuery(BetaalrunSql.INSERT_REFUSALS).execute(Tuple.tuple().addValue(runId)
                .addValue(refusals.stream().map(ChunkResult.Refusal::dossierId).toArray(String[]::new))
                .addValue(refusals.stream().map(ChunkResult.Refusal::foutenJson).toArray(String[]::new)));
    }

    /** A herberekening that waits for an open batch, reported as a skip keyed by its version. */
    private static Skip waits(Correction waiting) {
        return new Skip(waiting.dossierId(), waiting.periode(), "HERBEREKENING", waiting.versie(),
                SkipReason.HERBEREKENING_WAITS, null, Math.abs(waiting.differenceCents()), null);
    }

    /** A line of a run that is not paid, and why. */
    record Skip(String dossierId, YearMonth periode, String soort, Integer lineNo, SkipReason reason, String reasonCode,
                long cents, Long returnedSeq) {

        static Skip of(RunLine line) {
            return new Skip(line.line().dossierId(), line.line().periode(), line.line().soort().name(),
                    line.line().lineNo(), line.skip(), line.reasonCode(), line.line().amount().cents(),
                    line.line().correctsSeq());
        }
    }

    static Future<RowSet<Row>> insertSkips(SqlConnection conn, String runId, List<Skip> skips) {
        return conn.preparedQuery(BetaalrunSql.INSERT_SKIPS).execute(Tuple.tuple().addValue(runId)
                .addValue(skips.stream().map(Skip::dossierId).toArray(String[]::new))
                .addValue(skips.stream().map(s -> s.periode().atDay(1)).toArray(LocalDate[]::new))
                .addValue(skips.stream().map(Skip::soort).toArray(String[]::new))
                .addValue(skips.stream().map(Skip::lineNo).toArray(Integer[]::new))
                .addValue(skips.stream().map(s -> s.reason().name()).toArray(String[]::new))
                .addValue(skips.stream().map(Skip::reasonCode).toArray(String[]::new))
                .addValue(skips.stream().map(Skip::cents).toArray(Long[]::new))
                .addValue(skips.stream().map(Skip::returnedSeq).toArray(Long[]::new)));
    }

    /** The run and its platform progress in one transaction, then each tenant's totals in its own. */
    static Future<Optional<RunStatus>> status(Database database, String runId) {
        return database.inPlatform(conn -> conn.preparedQuery(BetaalrunSql.RUN).execute(Tuple.of(runId))
                .compose(runs -> runs.size() == 0 ? Future.succeededFuture(Optional.<Progress>empty())
                        : conn.preparedQuery(BetaalrunSql.TENANTS).execute(Tuple.of(runId)).map(tenants -> {
                            List<Row> rows = new ArrayList<>();
                            tenants.forEach(rows::add);
                            return Optional.of(new Progress(run(runs.iterator().next()), rows));
                        })))
                .compose(progress -> progress.isEmpty() ? Future.succeededFuture(Optional.empty())
                        : tenantsOf(database, runId, progress.get().tenants())
                                .map(tenants -> Optional.of(new RunStatus(progress.get().run(), tenants))));
    }

    private record Progress(RunStatus.Run run, List<Row> tenants) {
    }

    private static Future<List<RunStatus.TenantProgress>> tenantsOf(Database database, String runId, List<Row> rows) {
        List<RunStatus.TenantProgress> progress = new ArrayList<>();
        Future<Void> chain = Future.succeededFuture();
        for (Row row : rows) {
            chain = chain.compose(done -> tenant(database, runId, row)).map(one -> {
                progress.add(one);
                return null;
            });
        }
        return chain.map(done -> progress);
    }

    private static Future<RunStatus.TenantProgress> tenant(Database database, String runId, Row row) {
        String tenantId = row.getString("tenant_id");
        Long batchId = row.getLong("batch_id");
        Map<String, RunStatus.Total> paid = new HashMap<>();
        Map<String, RunStatus.Total> skipped = new HashMap<>();
        Map<String, RunStatus.Total> corrected = new HashMap<>();
        List<RunStatus.Refused> refused = new ArrayList<>();
        List<RunStatus.RunBatch> batches = new ArrayList<>();
        // Dossiers refused, by the chunks and by the batch step (a line no file can carry): the rows, not the chunks' sum.
        long[] refusedCount = {0};
        Future<Void> read = row.getInteger("chunks_total") == 0 ? Future.succeededFuture()
                : database.inTenant(tenantId, conn -> conn.preparedQuery(BetaalrunSql.PAID).execute(Tuple.of(runId))
                        .compose(rows -> {
                            rows.forEach(r -> paid.put(r.getString("kind"), total(r)));
                            return conn.preparedQuery(BetaalrunSql.BATCHES_OF).execute(Tuple.of(runId));
                        })
                        .compose(rows -> {
                            batches.addAll(batches(rows));
                            return conn.preparedQuery(BetaalrunSql.SKIPPED).execute(Tuple.of(runId));
                        })
                        .compose(rows -> {
                            rows.forEach(r -> skipped.put(r.getString("kind"), total(r)));
                            return conn.preparedQuery(BetaalrunSql.CORRECTED).execute(Tuple.of(runId));
                        })
                        .compose(rows -> {
                            rows.forEach(r -> corrected.put(r.getString("kind"), total(r)));
                            return conn.preparedQuery(BetaalrunSql.REFUSED).execute(Tuple.of(runId));
                        })
                        .map(rows -> {
                            rows.forEach(r -> {
                                refused.add(new RunStatus.Refused(r.getString("dossier_id"), r.getString("fouten")));
                                refusedCount[0] = r.getLong("total");
                            });
                            return null;
                        }));
        return read.map(done -> new RunStatus.TenantProgress(tenantId, row.getLong("chunks_done").intValue(),
                row.getInteger("chunks_total"), row.getInteger("dossiers_total"), row.getLong("calculated"),
                refusedCount[0], "DONE".equals(row.getString("batch_state")), batchId, paid, skipped, corrected, refused,
                batches));
    }

    /** A tenant's batches of a run, by part. */
    static List<RunStatus.RunBatch> batches(RowSet<Row> rows) {
        List<RunStatus.RunBatch> batches = new ArrayList<>(rows.size());
        rows.forEach(r -> batches.add(new RunStatus.RunBatch(r.getLong("id"), r.getInteger("run_part"),
                new RunStatus.Total(r.getInteger("nb_of_txs"), r.getLong("ctrl_sum_cents")))));
        return batches;
    }

    private static RunStatus.Total total(Row row) {
        return new RunStatus.Total(row.getLong("n"), row.getLong("cents"));
    }
}
