package nl.gbi.ledger;

/**
 * What the ledger books for a dossier's month besides payments (docs/ledger.md): the vakantiegeld reserved for it
 * (negative when a correction takes part back), what was withheld from it for a debt the case system named
 * (VERREKENING) or for the dossier's open vorderingen (AFLOSSING), and what was paid for it beyond its due (VORDERING).
 */
public enum BookingKind {
    RESERVERING, VERREKENING, AFLOSSING, VORDERING
}
