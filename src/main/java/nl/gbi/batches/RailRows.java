package nl.gbi.batches;

import java.util.List;
import java.util.Optional;
import nl.gbi.rails.PaidElsewhere;
import nl.gbi.rails.RailFacts;
import nl.gbi.rails.RailLine;

/**
 * The rows the safety rails read for one batch: its payments, the payments of the same tenant's previous regular
 * batch (a batch of an earlier betaalrun with the same part number, not rejected or cancelled; none for a voorschot
 * batch) and the months its benefit lines pay that a live payment of another regular batch pays too.
 */
public record RailRows(List<RailLine> lines, Optional<RailFacts.Previous> previous, List<PaidElsewhere> paidElsewhere) {

    public RailRows {
        lines = List.copyOf(lines);
        paidElsewhere = List.copyOf(paidElsewhere);
    }
}
