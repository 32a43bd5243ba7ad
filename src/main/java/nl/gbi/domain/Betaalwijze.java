package nl.gbi.domain;

/**
 * How the client's monthly payment is paid when the partner has an own account ({@code partner.betaalwijze},
 * law-and-practice-2026.md on Pw art. 45 lid 4): each rechthebbende spouse gets half, unless both asked otherwise.
 */
public enum Betaalwijze {
    /** Each spouse half (Pw art. 45 lid 4); the default when {@code partner.betaalrekening} is given. */
    HELFT,
    /** All to the aanvrager's own account, on the spouses' joint request (Pw art. 45 lid 4, "tenzij"). */
    AANVRAGER
}
