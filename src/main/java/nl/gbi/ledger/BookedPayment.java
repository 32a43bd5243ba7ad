package nl.gbi.ledger;

import java.time.YearMonth;
import java.util.Set;
import nl.gbi.domain.BetalingSoort;

/**
 * A payment of a dossier as booked: its month, kind and amount, whether it counts for its month and whether its
 * batch is still undecided (PLANNED, IN_BATCH: the month waits).
 */
public record BookedPayment(YearMonth periode, BetalingSoort soort, long cents, boolean counts, boolean undecided) {

    private static final Set<String> GONE = Set.of("RELEASED", "RETURNED", "REJECTED");
    private static final Set<String> UNDECIDED = Set.of("PLANNED", "IN_BATCH");
    private static final Set<String> CAME_BACK = Set.of("RETURNED", "REJECTED");

    /**
     * A stored payment in {@code state}. It counts when it left the bank or may still. One that came back (RETURNED,
     * REJECTED) and has no live repair yet ({@code unrepaid}) counts too: the returned-payment repair owns it and pays
     * it again once the dossier has a usable IBAN (docs/ledger.md, L9), so a newer version of the month must not pay
     * it a second time; once repaired, the repair counts instead of it.
     */
    public static BookedPayment of(YearMonth periode, BetalingSoort soort, long cents, String state, boolean unrepaid) {
        boolean counts = !GONE.contains(state) || (CAME_BACK.contains(state) && unrepaid);
        return new BookedPayment(periode, soort, cents, counts, UNDECIDED.contains(state));
    }
}
