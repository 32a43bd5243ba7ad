package nl.gbi.batches;

/** The kinds of payment of the contract ({@code betalingen[].soort}). */
public enum PaymentSoort {
    UITKERING, DERDENBETALING, BESLAG, VAKANTIEGELD, NABETALING;

    /** The client's own benefit: written with Purp BENE. */
    public boolean clientOwnPayment() {
        return this == UITKERING || this == VAKANTIEGELD || this == NABETALING;
    }
}
