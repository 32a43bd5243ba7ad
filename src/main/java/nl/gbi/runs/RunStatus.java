package nl.gbi.runs;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** A run and its progress per tenant, for {@code GET /api/v1/betaalruns/{id}}. */
public record RunStatus(Run run, List<TenantProgress> tenants) {

    public record Run(String id, YearMonth periode, String status, String startedBy, OffsetDateTime startedAt,
                      OffsetDateTime finishedAt) {
    }

    /** Counts and cents of one payment kind, or of one skip reason. */
    public record Total(long count, long cents) {
    }

    /** One of a tenant's batches of the run: its part number (0, 1, ...; {@link BatchParts}) and what it pays. */
    public record RunBatch(long batchId, int part, Total total) {
    }

    public record Refused(String dossierId, String foutenJson) {
    }

    /**
     * @param batchId the tenant's first batch of the run (part 0), null when it had nothing to pay
     * @param paid per payment kind, what the tenant's batches pay
     * @param skipped per reason (and bank reason code), what was calculated but not paid
     * @param corrected the run's herberekeningen (NABETALING, VORDERING, GEEN_VERSCHIL by their difference) and
     *                  AFLOSSING (withheld for open vorderingen)
     */
    public record TenantProgress(String tenantId, int chunksDone, int chunksTotal, int dossiersTotal, long calculated,
                                 long refusedCount, boolean batchDone, Long batchId, Map<String, Total> paid,
                                 Map<String, Total> skipped, Map<String, Total> corrected, List<Refused> refused,
                                 List<RunBatch> batches) {
        public TenantProgress {
            batches = List.copyOf(batches);
            paid = Map.copyOf(paid);
            skipped = Map.copyOf(skipped);
            corrected = Map.copyOf(corrected);
            refused = List.copyOf(refused);
        }
    }

    public RunStatus {
        tenants = List.copyOf(tenants);
    }
}
