package nl.gbi.runs;

import java.time.YearMonth;
import java.util.List;
import nl.gbi.batches.PaymentLine;

/**
 * What calculating a chunk gave: results to store, payment lines, refusals, vakantiegeld bookings, new
 * corrections (herberekeningen), aflossingen withheld, and herberekeningen that wait for an open batch.
 */
public record ChunkResult(List<Calculated> calculated, List<PaymentLine> lines, List<Refusal> refusals,
                          List<LedgerEntry> bookings, List<Correction> corrections, List<Aflossing> aflossingen,
                          List<Correction> waiting) {

    /** A calculated berekening with its result as the contract's JSON. */
    public record Calculated(String dossierId, YearMonth periode, int versie, String resultaatJson) {
    }

    /** A refused berekening with its reasons as JSON ({@code [{veld, code, melding}]}). */
    public record Refusal(String dossierId, String foutenJson) {
    }

    /** How many berekeningen of {@code periode} (the run's; not the recalculated earlier periods) were calculated. */
    public int calculatedOf(YearMonth periode) {
        int count = 0;
        for (Calculated one : calculated) {
            if (one.periode().equals(periode)) {
                count++;
            }
        }
        return count;
    }

    public ChunkResult {
        calculated = List.copyOf(calculated);
        lines = List.copyOf(lines);
        refusals = List.copyOf(refusals);
        bookings = List.copyOf(bookings);
        corrections = List.copyOf(corrections);
        aflossingen = List.copyOf(aflossingen);
        waiting = List.copyOf(waiting);
    }
}
