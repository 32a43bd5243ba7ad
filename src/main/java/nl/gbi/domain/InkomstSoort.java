package nl.gbi.domain;

/** Kind of netto income; only {@link #ARBEID} may carry a vrijlating (Pw art. 31 lid 2). */
public enum InkomstSoort {
    ARBEID, UITKERING, OVERIG
}
