package nl.gbi.runs;

import java.time.YearMonth;

/** A chunk this instance holds the lease of: the latest berekeningen of one tenant in a dossier-id range. */
public record ClaimedChunk(String runId, String tenantId, int chunkNo, YearMonth periode, String firstDossier,
                           String lastDossier) {
}
