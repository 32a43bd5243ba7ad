package nl.gbi.batches;

import io.vertx.core.Future;
import nl.gbi.access.Caller;
import nl.gbi.sepa.reports.ReturnsReport;
import nl.gbi.sepa.reports.StatusReport;

/**
 * Applying bank files to stored payments (port; implemented in persistence): in one tenant transaction the
 * batch rows are locked, every reference is checked ({@code ReportMatching}), the payments move through
 * {@link ReportOutcome#apply}, the batches through {@link BankOutcome#after}, and the file is recorded in the
 * audit trail.
 */
public interface BankReportStore {

    Future<ReportOutcome> applyStatusReport(String tenantId, long batchId, Caller caller, StatusReport report);

    Future<ReportOutcome> applyReturns(String tenantId, Caller caller, ReturnsReport report);
}
