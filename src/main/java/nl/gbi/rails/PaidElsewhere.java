package nl.gbi.rails;

import java.time.YearMonth;

/** A dossier's benefit of {@code periode} that a live payment of another regular batch ({@code batchId}) pays too. */
public record PaidElsewhere(String dossierId, YearMonth periode, long batchId) {
}
