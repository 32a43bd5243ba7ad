package nl.gbi.calculation;

/** The kinds of payment of a result (contract.md {@code betalingen[].soort}). */
public enum BetalingSoort {
    UITKERING, DERDENBETALING, BESLAG, VAKANTIEGELD, NABETALING
}
