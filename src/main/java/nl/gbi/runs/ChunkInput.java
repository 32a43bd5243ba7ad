package nl.gbi.runs;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gbi.ledger.BookedPayment;
import nl.gbi.ledger.LedgerBooking;

/**
 * What a chunk settles from: the months to settle (dossier, then month, oldest first), per dossier what is booked
 * (its payments and ledger bookings up to the run's month), and the corrections earlier runs of this month made (a
 * rerun offers their NABETALINGEN again; the database refuses one paid before).
 */
public record ChunkInput(List<MonthInput> months, Map<String, List<BookedPayment>> payments,
                         Map<String, List<LedgerBooking>> bookings, List<Correction> corrections, Set<String> held) {

    public ChunkInput {
        months = List.copyOf(months);
        payments = Map.copyOf(payments);
        bookings = Map.copyOf(bookings);
        corrections = List.copyOf(corrections);
        held = Set.copyOf(held);
    }

    /** A chunk without holds. */
    public ChunkInput(List<MonthInput> months, Map<String, List<BookedPayment>> payments,
                      Map<String, List<LedgerBooking>> bookings, List<Correction> corrections) {
        this(months, payments, bookings, corrections, Set.of());
    }
}
