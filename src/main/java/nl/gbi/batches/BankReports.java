package nl.gbi.batches;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.concurrent.Callable;
import nl.gbi.access.Caller;
import nl.gbi.access.Role;
import nl.gbi.domain.EngineError;
import nl.gbi.sepa.EndToEndId;
import nl.gbi.sepa.reports.ReportRefusedException;
import nl.gbi.sepa.reports.ReturnReader;
import nl.gbi.sepa.reports.ReturnsReport;
import nl.gbi.sepa.reports.StatusReportReader;

/**
 * Applying the bank's answers (issue 4): a pain.002 status report to the batch whose file it answers, and a
 * camt.053/054 returns file to the payments it names. Files are parsed off the event loop; a file that is not
 * what it claims, or names a file or payment this tenant did not send, changes nothing (422).
 */
public final class BankReports {

    public static final int FILE_BYTES_MAX = 64 * 1024 * 1024;

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
                        .compose(report -> refusedAs422(store.applyStatusReport(batch.tenantId(), batchId, caller, report))));
    }

    public Future<ReportOutcome> applyReturns(Caller caller, byte[] xml) {
        return parse(() -> ReturnReader.read(xml)).compose(report -> {
            String tenantId = caller.role() == Role.OPS ? tenantOf(report) : caller.tenantId();
            return refusedAs422(store.applyReturns(tenantId, caller, report));
        });
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
