package nl.gbi.domain;

/** The kinds of payment of the contract ({@code betalingen[].soort}), from the calculation to the pain.001. */
public enum BetalingSoort {
    UITKERING, DERDENBETALING, BESLAG, VAKANTIEGELD, NABETALING,
    /** An advance on a month not yet decided (Pw art. 52): offset against that month when its berekening comes. */
    VOORSCHOT;

    /** The client's own benefit: written with Purp BENE. */
    public boolean clientOwnPayment() {
        return this == UITKERING || this == VAKANTIEGELD || this == NABETALING || this == VOORSCHOT;
    }
}
