package nl.gbi.runs;

import java.util.List;
import nl.gbi.batches.PaymentLine;

/** What calculating a chunk gave: results to store, payment lines, refusals, vakantiegeld bookings. */
public record ChunkResult(List<Calculated> calculated, List<PaymentLine> lines, List<Refusal> refusals,
                          List<LedgerEntry> bookings) {

    /** A calculated berekening with its result as the contract's JSON. */
    public record Calculated(String dossierId, int versie, String resultaatJson) {
    }

    /** A refused berekening with its reasons as JSON ({@code [{veld, code, melding}]}). */
    public record Refusal(String dossierId, String foutenJson) {
    }

    public ChunkResult {
        calculated = List.copyOf(calculated);
        lines = List.copyOf(lines);
        refusals = List.copyOf(refusals);
        bookings = List.copyOf(bookings);
    }
}
