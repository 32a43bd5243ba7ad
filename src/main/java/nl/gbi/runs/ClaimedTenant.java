package nl.gbi.runs;

import java.time.YearMonth;

/** A tenant whose chunks are all done and whose batch this instance holds the lease to make. */
public record ClaimedTenant(String runId, String tenantId, YearMonth periode, String startedBy, String startedByNaam) {
}
