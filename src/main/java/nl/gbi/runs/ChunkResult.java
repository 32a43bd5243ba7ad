package nl.gbi.runs;

import java.time.YearMonth;
import java.util.List;
import nl.gbi.batches.PaymentLine;
import nl.gbi.ledger.LedgerBooking;

/**
 * What settling a chunk gave: results to store, payment lines, refusals, ledger bookings, corrections
 * (herberekeningen), the months now settled, and corrections that wait for an undecided batch.
 */
public record ChunkResult(List<Calculated> calculated, List<PaymentLine> lines, List<Refusal> refusals,
                          List<Booking> bookings, List<Correction> corrections, List<Settled> settled,
                          List<Correction> waiting) {

    /**
     * A calculated berekening with its result as the contract's JSON and what it gives, in cents, as the ledger
     * reads it later (never out of the JSON): uitkering incl. vakantiegeld, reservering, verrekening.
     */
    /** {@code parameterSetId}: the approved parameter set the month was calculated with (null in tests without one). */
    public record Calculated(String dossierId, YearMonth periode, int versie, String resultaatJson, long dueCents,
                             long reserveringCents, long verrekeningCents, Long parameterSetId) {
    }

    /** A refused berekening with its reasons as JSON ({@code [{veld, code, melding}]}). */
    public record Refusal(String dossierId, String foutenJson) {
    }

    /** A booking of the ledger for a dossier's month, with the version it settles. */
    public record Booking(String dossierId, int versie, LedgerBooking booking) {
    }

    /** A month whose version the run settled. */
    public record Settled(String dossierId, YearMonth periode, int versie) {
    }

    /** How many berekeningen of {@code periode} (the run's; not the earlier months) were calculated. */
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
        settled = List.copyOf(settled);
        waiting = List.copyOf(waiting);
    }
}
