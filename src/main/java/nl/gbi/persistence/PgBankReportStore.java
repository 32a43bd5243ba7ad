package nl.gbi.persistence;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.gbi.access.Caller;
import nl.gbi.audit.AuditEvent;
import nl.gbi.batches.BankOutcome;
import nl.gbi.batches.BankReportStore;
import nl.gbi.batches.Batch;
import nl.gbi.batches.BatchFile;
import nl.gbi.batches.BatchState;
import nl.gbi.batches.ReportOutcome;
import nl.gbi.batches.SentPayment;
import nl.gbi.domain.EngineError;
import nl.gbi.payments.BankVerdict;
import nl.gbi.payments.PaymentState;
import nl.gbi.payments.ReasonAction;
import nl.gbi.sepa.FileId;
import nl.gbi.sepa.reports.ReportMatching;
import nl.gbi.sepa.reports.ReturnEntry;
import nl.gbi.sepa.reports.ReturnsReport;
import nl.gbi.sepa.reports.StatusReport;
import nl.gbi.sepa.reports.StatusVerdicts;

/** Bank status reports and returns applied to payments and batches, each file in one tenant transaction. */
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
            ON CONFLICT (tenant_id, dossier_id) DO NOTHING""";
    private static final int AUDITED_ACTIONS_MAX = 50;
    private static final Set<String> SENT_OR_ANSWERED = Arrays.stream(PaymentState.values()).map(Enum::name)
            .collect(Collectors.toSet());

    private final Database database;

    public PgBankReportStore(Database database) {
        this.database = database;
    }

    @Override
    public Future<ReportOutcome> applyStatusReport(String tenantId, long batchId, Caller caller, StatusReport report) {
        return database.inTenant(tenantId, conn -> PgBatchStore.locked(conn, tenantId, batchId).compose(batch -> {
            if (!BankOutcome.answerable(batch.state())) {
                throw EngineError.conflict("Batch " + batchId + " is niet naar de bank gestuurd of is beëindigd (status "
                        + batch.state() + "); een statusrapport hoort er niet bij");
            }
            return conn.preparedQuery(OF_BATCH).execute(Tuple.of(tenantId, batchId)).compose(rows -> {
                List<SentPayment> payments = payments(rows);
                Map<String, Integer> files = batch.files().stream()
                        .collect(Collectors.toMap(BatchFile::msgId, BatchFile::fileIndex));
                var known = payments.stream().map(SentPayment::endToEndId).collect(Collectors.toSet());
                ReportMatching.requireKnown(report, files::containsKey, known::contains);
                int fileIndex = files.get(report.originalMsgId());
                String pmtInfId = FileId.parseMsgId(report.originalMsgId()).pmtInfId();
                StatusVerdicts verdicts = report.verdicts();
                List<SentPayment> ofFile = payments.stream()
                        .filter(p -> p.fileIndex() != null && p.fileIndex() == fileIndex).toList();
                ReportOutcome outcome = ReportOutcome.apply(report.messageId(), ofFile,
                        p -> verdicts.verdictFor(pmtInfId, p.endToEndId()));
                return record(conn, tenantId, caller, outcome, "STATUS_REPORT_APPLIED", "batch/" + batchId,
                        "origineel=" + report.originalMsgId() + " ")
                        .compose(done -> settle(conn, tenantId, batch, caller)).map(outcome);
            });
        }));
    }

    @Override
    public Future<ReportOutcome> applyReturns(String tenantId, Caller caller, ReturnsReport report) {
        Map<String, ReturnEntry> entries = report.returns().stream()
                .collect(Collectors.toMap(ReturnEntry::endToEndId, Function.identity(), (a, b) -> a));
        return database.inTenant(tenantId, conn -> conn.preparedQuery(BY_END_TO_END_ID)
                .execute(Tuple.of(tenantId).addArrayOfString(entries.keySet().toArray(String[]::new))).compose(rows -> {
                    List<SentPayment> payments = payments(rows);
                    var known = payments.stream().map(SentPayment::endToEndId).collect(Collectors.toSet());
                    ReportMatching.requireKnown(report, known::contains);
                    ReportOutcome outcome = ReportOutcome.apply(report.messageId(), payments, p -> {
                        ReturnEntry entry = entries.get(p.endToEndId());
                        return Optional.of(new BankVerdict.Returned(entry.reasonCode(), entry.amount().cents()));
                    });
                    Future<Void> chain = record(conn, tenantId, caller, outcome, "RETURNS_APPLIED",
                            "returns/" + report.messageId(), "");
                    for (long batchId : new TreeSet<>(payments.stream().map(SentPayment::batchId).toList())) {
                        chain = chain.compose(done -> PgBatchStore.locked(conn, tenantId, batchId))
                                .compose(batch -> settle(conn, tenantId, batch, caller));
                    }
                    return chain.map(outcome);
                }));
    }

    /** Stores the payments' new states and appends the file to the audit trail. */
    private static Future<Void> record(SqlConnection conn, String tenantId, Caller caller, ReportOutcome outcome,
            String action, String subject, String prefix) {
        List<ReportOutcome.Change> changes = outcome.changes();
        String actions = changes.stream().limit(AUDITED_ACTIONS_MAX)
                .map(c -> c.payment().endToEndId() + ":" + c.transition().next()
                        + (c.transition().reasonCode() == null ? "" : ":" + c.transition().reasonCode())
                        + (c.transition().action() == null ? "" : ":" + c.transition().action()))
                .collect(Collectors.joining(","));
        Tuple update = Tuple.of(tenantId)
                .addArrayOfLong(changes.stream().map(c -> c.payment().seq()).toArray(Long[]::new))
                .addArrayOfString(changes.stream().map(c -> c.transition().next().name()).toArray(String[]::new))
                .addArrayOfString(changes.stream().map(c -> c.transition().reasonCode()).toArray(String[]::new));
        return conn.preparedQuery(UPDATE).execute(update)
                .compose(updated -> follow(conn, tenantId, BLOCK_IBANS, changes, ReasonAction::blocksIban))
                .compose(blocked -> follow(conn, tenantId, STOP_DOSSIERS, changes, ReasonAction::stopsDossier))
                .compose(stopped -> PgAuditLog.append(conn, tenantId, AuditEvent.by(caller, action, subject,
                        prefix + outcome.summary() + (actions.isEmpty() ? "" : " " + actions))));
    }

    /** Records what the reason codes of {@code changes} that pass {@code applies} demand (blocks, stops). */
    private static Future<Void> follow(SqlConnection conn, String tenantId, String sql, List<ReportOutcome.Change> changes,
            Predicate<ReasonAction> applies) {
        List<ReportOutcome.Change> followed = changes.stream()
                .filter(c -> c.transition().action() != null && applies.test(c.transition().action())).toList();
        if (followed.isEmpty()) {
            return Future.succeededFuture();
        }
        return conn.preparedQuery(sql).execute(Tuple.of(tenantId)
                        .addArrayOfLong(followed.stream().map(c -> c.payment().seq()).toArray(Long[]::new))
                        .addArrayOfString(followed.stream().map(c -> c.transition().reasonCode()).toArray(String[]::new)))
                .mapEmpty();
    }

    /** Moves the batch to where its payments now say it is, if that differs. */
    private static Future<Void> settle(SqlConnection conn, String tenantId, Batch batch, Caller caller) {
        return conn.preparedQuery(COUNTS).execute(Tuple.of(tenantId, batch.id())).compose(rows -> {
            Map<PaymentState, Long> counts = new EnumMap<>(PaymentState.class);
            for (Row row : rows) {
                counts.put(PaymentState.valueOf(row.getString("state")), row.getLong("n"));
            }
            BatchState next = BankOutcome.after(batch.state(), counts);
            return next == batch.state() ? Future.succeededFuture()
                    : PgBatchStore.moveBatch(conn, tenantId, batch.id(), batch.state(), next, caller.tokenId(),
                            caller.naam(), "antwoord van de bank " + counts);
        });
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
