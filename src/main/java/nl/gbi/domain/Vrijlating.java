package nl.gbi.domain;

/** The income exemptions of Pw art. 31 lid 2, by the letter of the article. */
public enum Vrijlating {
    /** General: 25% of inkomsten uit arbeid, at most 6 consecutive months. */
    ART31_2_N,
    /** Alleenstaande ouder with a child under 12: 12.5%, at most 30 months after N. */
    ART31_2_R,
    /** Medisch urenbeperkt: 15%. */
    ART31_2_Y
}
