package nl.gbi.werkvoorraad;

/** The kinds of werkvoorraad item, each with what caused it (docs/werkvoorraad.md). */
public enum ItemSoort {
    /** The calculation refused the dossier's month: the municipality sends a corrected berekening. */
    WEIGERING,
    /** The bank answered MD07 (deceased): every payment of the dossier is stopped until a person lifts it. */
    STOP,
    /** The bank answered AC01, AC04 or AG01: the dossier's payments to that IBAN wait for another IBAN. */
    IBAN_GEBLOKKEERD,
    /** A payment the bank returned or rejected that the engine does not pay again by itself (yet). */
    BANK_TERUG,
    /** A payment returned with RR01-RR04 (regulatory reasons): compliance review, then release or settle. */
    RR_ONDERZOEK,
    /** A correction of a month whose batch is still undecided: decide the batch. */
    HERBEREKENING_WACHT,
    /** What a dossier still owes (Pw art. 58), also after its right ended. */
    VORDERING,
    /** A write-off (Pw art. 58 lid 7, 8) at or above the threshold: a second finance officer decides. */
    KWIJTSCHELDING_VOORGESTELD,
    /** A hold (Pw art. 40, 53a, 54) with the days left of its term. */
    OPSCHORTING,
    /** A batch awaiting approval whose safety rails found something. */
    BATCH_BEVINDINGEN
}
