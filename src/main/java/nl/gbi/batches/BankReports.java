package nl.gbi.batches;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.gbi.access.Caller;
import nl.gbi.access.Role;
import nl.gbi.audit.AuditEvent;
import nl.gbi.domain.EngineError;
import nl.gbi.payments.BankVerdict;
import nl.gbi.payments.ReasonAction;
import nl.gbi.sepa.EndToEndId;
import nl.gbi.sepa.FileId;
import nl.gbi.sepa.reports.ReportMatching;
import nl.gbi.sepa.reports.ReportRefusedException;
import nl.gbi.sepa.reports.ReturnEntry;
import nl.gbi.sepa.reports.ReturnReader;
import nl.gbi.sepa.reports.ReturnsReport;
import nl.gbi.sepa.reports.StatusReport;
import nl.gbi.sepa.reports.StatusReportReader;
import nl.gbi.sepa.reports.StatusVerdicts;

/**
 * Applying the bank's answers (issue 4): a pain.002 status report to the batch whose file it answers, and a
 * camt.053/054 returns file to the payments it names. Files are parsed off the event loop; a file that is not
 * what it claims, or names a file or payment this tenant did not send, changes nothing (422).
 */
public final class BankReports {

    public static final int FILE_BYTES_MAX = 64 * 1024 * 1024;
    private static final int AUDITED_ACTIONS_MAX = 50;

    private final Vertx vertx;
    private final BankReportStore store;
    private final Batches batches;

    public BankReports(Vertx vertx, BankReportStore store, Batches batches) {
        this.vertx = vertx;
        this.store = store;
        this.batches = batches;
    }

    public Future<ReportOutcome> applyStatusReport(Caller caller, long batchId, byte[] xml) {
        return batches.get(caller, batchId)
                .compose(batch -> parse(() -> StatusReportReader.read(xml))
                        .compose(report -> refusedAs422(inTransaction(batch.tenantId(),
                                tx -> applyStatusReport(tx, batchId, caller, report)))));
    }

    public Future<ReportOutcome> applyReturns(Caller caller, byte[] xml) {
        return parse(() -> ReturnReader.read(xml)).compose(report -> {
            String tenantId = caller.role() == Role.OPS ? tenantOf(report) : caller.tenantId();
            return refusedAs422(inTransaction(tenantId, tx -> applyReturns(tx, caller, report)));
        });
    }

    /**
     * The batch locked, the report matched to the file and payments it answers (else nothing changes), the payments
     * moved as their verdicts say, the reason codes' actions recorded, the file audited, the batch settled.
     */
    private static Future<ReportOutcome> applyStatusReport(BankReportStore.ReportTransaction tx, long batchId,
            Caller caller, StatusReport report) {
        return tx.lockBatch(batchId).compose(batch -> {
            if (!BankOutcome.answerable(batch.state())) {
                throw EngineError.conflict("Batch " + batchId + " is niet naar de bank gestuurd of is beëindigd (status "
                        + batch.state() + "); een statusrapport hoort er niet bij");
            }
            return tx.sentPaymentsOfBatch(batchId).compose(payments -> {
                Map<String, Integer> files = batch.files().stream()
                        .collect(Collectors.toMap(BatchFile::msgId, BatchFile::fileIndex));
                Set<String> known = payments.stream().map(SentPayment::endToEndId).collect(Collectors.toSet());
                ReportMatching.requireKnown(report, files::containsKey, known::contains);
                int fileIndex = files.get(report.originalMsgId());
                String pmtInfId = FileId.parseMsgId(report.originalMsgId()).pmtInfId();
                StatusVerdicts verdicts = report.verdicts();
                List<SentPayment> ofFile = payments.stream()
                        .filter(p -> p.fileIndex() != null && p.fileIndex() == fileIndex).toList();
                ReportOutcome outcome = ReportOutcome.apply(report.messageId(), ofFile,
                        p -> verdicts.verdictFor(pmtInfId, p.endToEndId()));
                return record(tx, caller, outcome, "STATUS_REPORT_APPLIED", "batch/" + batchId,
                        "origineel=" + report.originalMsgId() + " ")
                        .compose(done -> settle(tx, batch, caller)).map(outcome);
            });
        });
    }

    /** The payments the file names (all sent by this tenant, else nothing changes), moved, audited; each batch settled. */
    private static Future<ReportOutcome> applyReturns(BankReportStore.ReportTransaction tx, Caller caller,
            ReturnsReport report) {
        Map<String, ReturnEntry> entries = report.returns().stream()
                .collect(Collectors.toMap(ReturnEntry::endToEndId, Function.identity(), (a, b) -> a));
        return tx.sentPayments(entries.keySet()).compose(payments -> {
            Set<String> known = payments.stream().map(SentPayment::endToEndId).collect(Collectors.toSet());
            ReportMatching.requireKnown(report, known::contains);
            ReportOutcome outcome = ReportOutcome.apply(report.messageId(), payments, p -> {
                ReturnEntry entry = entries.get(p.endToEndId());
                return Optional.of(new BankVerdict.Returned(entry.reasonCode(), entry.amount().cents()));
            });
            Future<Void> chain = record(tx, caller, outcome, "RETURNS_APPLIED", "returns/" + report.messageId(), "");
            for (long batchId : new TreeSet<>(payments.stream().map(SentPayment::batchId).toList())) {
                chain = chain.compose(done -> tx.lockBatch(batchId)).compose(batch -> settle(tx, batch, caller));
            }
            return chain.map(outcome);
        });
    }

    /** The payments' new states, what their reason codes demand (blocks, stops), and the file in the audit trail. */
    private static Future<Void> record(BankReportStore.ReportTransaction tx, Caller caller, ReportOutcome outcome,
            String action, String subject, String prefix) {
        List<ReportOutcome.Change> changes = outcome.changes();
        String actions = changes.stream().limit(AUDITED_ACTIONS_MAX)
                .map(c -> c.payment().endToEndId() + ":" + c.transition().next()
                        + (c.transition().reasonCode() == null ? "" : ":" + c.transition().reasonCode())
                        + (c.transition().action() == null ? "" : ":" + c.transition().action()))
                .collect(Collectors.joining(","));
        List<ReportOutcome.Change> blocking = following(changes, ReasonAction::blocksIban);
        List<ReportOutcome.Change> stopping = following(changes, ReasonAction::stopsDossier);
        return tx.changeStates(changes)
                .compose(changed -> blocking.isEmpty() ? Future.succeededFuture() : tx.blockIbans(blocking))
                .compose(blocked -> stopping.isEmpty() ? Future.succeededFuture() : tx.stopDossiers(stopping))
                .compose(stopped -> tx.audit(AuditEvent.by(caller, action, subject,
                        prefix + outcome.summary() + (actions.isEmpty() ? "" : " " + actions))));
    }

    private static List<ReportOutcome.Change> following(List<ReportOutcome.Change> changes,
            Predicate<ReasonAction> applies) {
        return changes.stream().filter(c -> c.transition().action() != null && applies.test(c.transition().action()))
                .toList();
    }

    /** Moves the batch to where its payments now say it is ({@link BankOutcome#after}), if that differs. */
    private static Future<Void> settle(BankReportStore.ReportTransaction tx, Batch batch, Caller caller) {
        return tx.paymentStates(batch.id()).compose(counts -> {
            BatchState next = BankOutcome.after(batch.state(), counts);
            return next == batch.state() ? Future.succeededFuture()
                    : tx.moveBatch(batch, next, caller, "antwoord van de bank " + counts);
        });
    }

    /** Runs {@code steps} in one tenant transaction; commits when they succeed, rolls back whatever failed. */
    private <T> Future<T> inTransaction(String tenantId, Function<BankReportStore.ReportTransaction, Future<T>> steps) {
        return UnitOfWork.run(store.begin(tenantId), steps);
    }

    /** Ops send a tenant's file: the tenant is the one its EndToEndIds name, and it must be one. */
    private static String tenantOf(ReturnsReport report) {
        var tenants = report.returns().stream().map(r -> {
            try {
                return EndToEndId.parse(r.endToEndId()).tenantCode();
            } catch (IllegalArgumentException e) {
                throw unprocessable(new ReportRefusedException(ReportRefusedException.Problem.UNKNOWN_REFERENCE,
                        "the file names a payment this engine did not send: " + r.endToEndId()));
            }
        }).distinct().toList();
        if (tenants.size() != 1) {
            throw new EngineError(EngineError.Kind.UNPROCESSABLE,
                    "Een terugboekingsbestand hoort bij precies een gemeente; dit noemt " + tenants);
        }
        return tenants.get(0);
    }

    private <T> Future<T> parse(Callable<T> reader) {
        return refusedAs422(vertx.executeBlocking(reader, false));
    }

    private static <T> Future<T> refusedAs422(Future<T> work) {
        return work.recover(failure -> Future.failedFuture(failure instanceof ReportRefusedException refused
                ? unprocessable(refused) : failure));
    }

    private static EngineError unprocessable(ReportRefusedException refused) {
        return new EngineError(EngineError.Kind.UNPROCESSABLE, refused.problem() + ": " + refused.getMessage()
                + ". Er is niets verwerkt");
    }

}
