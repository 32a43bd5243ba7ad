package nl.gbi.ledger;

import java.time.YearMonth;
import nl.gbi.domain.BetalingSoort;

/**
 * A payment of a dossier as booked: its month, kind and amount, whether it counts (it is not RELEASED, RETURNED or
 * REJECTED: it left the bank or may still) and whether its batch is still undecided (PLANNED, IN_BATCH).
 */
public record BookedPayment(YearMonth periode, BetalingSoort soort, long cents, boolean counts, boolean undecided) {
}
