package nl.gbi.runs;

import java.time.YearMonth;

/**
 * A chunk this instance holds the lease of: one tenant's dossiers from {@code fromDossier} up to, not including,
 * {@code untilDossier} (null: no end). The first chunk starts at the empty id and the next chunk's first
 * dossier ends a chunk, so the chunks of a run cover every dossier id: also a dossier with only an earlier,
 * changed period to recalculate.
 */
public record ClaimedChunk(String runId, String tenantId, int chunkNo, YearMonth periode, String fromDossier,
                           String untilDossier) {
}
