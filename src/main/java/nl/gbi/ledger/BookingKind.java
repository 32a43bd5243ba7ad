package nl.gbi.ledger;

/**
 * What the ledger books for a dossier's month besides payments (docs/ledger.md): the vakantiegeld reserved for it
 * (negative when a correction takes part back), what was withheld from it for a debt the case system named
 * (VERREKENING) or for the dossier's open vorderingen (AFLOSSING), and what was paid for it beyond its due (VORDERING).
 * KWIJTSCHELDING is what the municipality wrote off of the dossier's vorderingen (Pw art. 58 lid 7, 8): it lowers the
 * open vorderingen and is part of no month's account.
 */
public enum BookingKind {
    RESERVERING, VERREKENING, AFLOSSING, VORDERING, KWIJTSCHELDING
}
