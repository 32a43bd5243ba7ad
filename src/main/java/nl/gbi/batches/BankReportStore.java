package nl.gbi.batches;

import io.vertx.core.Future;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.gbi.access.Caller;
import nl.gbi.audit.AuditEvent;
import nl.gbi.payments.PaymentState;

/**
 * Where the bank's answers are applied (port; implemented in persistence): a {@link ReportTransaction} is one tenant
 * transaction in which {@link BankReports} locks the batches, reads the payments, and writes what the pure rules
 * ({@code ReportMatching}, {@link ReportOutcome#apply}, {@link BankOutcome#after}) decided. The store decides nothing.
 */
public interface BankReportStore {

    Future<ReportTransaction> begin(String tenantId);

    interface ReportTransaction extends UnitOfWork {

        /** The batch, its row locked until the end of the transaction; 404 when the tenant has none. */
        Future<Batch> lockBatch(long batchId);

        /** The batch's payments that were sent (or answered already), by seq; never-sent ones the bank cannot answer. */
        Future<List<SentPayment>> sentPaymentsOfBatch(long batchId);

        /** The sent payments with these EndToEndIds, by seq. */
        Future<List<SentPayment>> sentPayments(Collection<String> endToEndIds);

        /** Stores each change's new state and reason code. */
        Future<Void> changeStates(List<ReportOutcome.Change> changes);

        /** Blocks each change's dossier and creditor IBAN (AC01, AC04, AG01) until a berekening brings another IBAN. */
        Future<Void> blockIbans(List<ReportOutcome.Change> changes);

        /** Stops each change's dossier (MD07) until a person has looked at it. */
        Future<Void> stopDossiers(List<ReportOutcome.Change> changes);

        /** How many of the batch's payments are in each state. */
        Future<Map<PaymentState, Long>> paymentStates(long batchId);

        /** Sets the batch's state and records BATCH_STATE in the audit chain. */
        Future<Void> moveBatch(Batch batch, BatchState to, Caller by, String why);

        Future<Void> audit(AuditEvent event);

    }
}
