package nl.gbi.batches;

import java.time.LocalDate;
import java.util.List;

/**
 * A batch to create: one tenant, one run, its execution date and its payment lines in file order.
 *
 * @param runId the betaalrun that makes it, or null (tests, manual batches)
 * @param startedBy the token id of whoever started the run: that token can never approve the batch
 * @param startedByNaam the token's name, for the audit trail
 * @param instant its files are SEPA Instant (a voorschot of a tenant with {@code voorschotInstant})
 * @param wantedExecutionDate the date asked for (the betaaldag, today for a voorschot) when {@link BatchCreation}
 *     moved {@code executionDate} off it because it had passed ({@link ExecutionDate#plan}); null: as asked
 * @param runPart which of the run's batches of this tenant it is (0, 1, …; a run splits at its lines per batch);
 *     0 outside a run. The database keeps one batch per tenant, run and part, so a retried step cannot make one twice
 */
public record NewBatch(String tenantId, String runId, String startedBy, String startedByNaam, LocalDate executionDate,
                       List<PaymentLine> lines, boolean instant, LocalDate wantedExecutionDate, int runPart) {

    /** A batch asking for {@code executionDate}. */
    public NewBatch(String tenantId, String runId, String startedBy, String startedByNaam, LocalDate executionDate,
                    List<PaymentLine> lines, boolean instant) {
        this(tenantId, runId, startedBy, startedByNaam, executionDate, lines, instant, null, 0);
    }

    /** Part {@code runPart} of a run's batches. */
    public NewBatch(String tenantId, String runId, String startedBy, String startedByNaam, LocalDate executionDate,
                    List<PaymentLine> lines, int runPart) {
        this(tenantId, runId, startedBy, startedByNaam, executionDate, lines, false, null, runPart);
    }

    /** The most lines one batch takes; the betaalrun splits larger runs into several batches. */
    public static final int LINES_MAX = 200_000;

    /** An ordinary (not Instant) batch. */
    public NewBatch(String tenantId, String runId, String startedBy, String startedByNaam, LocalDate executionDate,
                    List<PaymentLine> lines) {
        this(tenantId, runId, startedBy, startedByNaam, executionDate, lines, false, null, 0);
    }

    /** The date asked for: {@code wantedExecutionDate} when the batch was moved, else its execution date. */
    public LocalDate asked() {
        return wantedExecutionDate == null ? executionDate : wantedExecutionDate;
    }

    /** This batch executed on {@code planned.date()} instead of what it asked for. */
    public NewBatch planned(ExecutionDate.Planned planned) {
        return planned.moved() ? new NewBatch(tenantId, runId, startedBy, startedByNaam, planned.date(), lines, instant,
                planned.wanted(), runPart) : this;
    }

    public NewBatch {
        lines = List.copyOf(lines);
        if (lines.isEmpty() || lines.size() > LINES_MAX) {
            throw new IllegalArgumentException("a batch holds 1 to " + LINES_MAX + " payments, not " + lines.size());
        }
        if (runPart < 0 || runPart > 0 && runId == null) {
            throw new IllegalArgumentException("a part number belongs to a run's batch: " + runPart);
        }
        if (tenantId == null || startedBy == null || startedByNaam == null || executionDate == null) {
            throw new IllegalArgumentException("tenant, starter and execution date are required");
        }
    }
}
