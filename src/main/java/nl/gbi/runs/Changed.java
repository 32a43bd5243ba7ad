package nl.gbi.runs;

import java.time.YearMonth;

/**
 * A period of a dossier settled before whose latest berekening is a newer version: to recalculate
 * (herberekening). {@code settledCents} is what the period was settled with so far: its live payments (not
 * the vakantiegeld payouts, not repayments of returned payments), what its first settled result reserved and
 * verrekende, minus the vorderingen of earlier corrections. {@code waits}: a payment of the period is still in a
 * batch that may be rejected, so the difference is not known yet.
 */
public record Changed(String dossierId, YearMonth periode, int versie, String inputJson, int settledVersie,
                      long settledCents, boolean waits) {
}
