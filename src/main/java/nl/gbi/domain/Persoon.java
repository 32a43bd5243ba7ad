package nl.gbi.domain;

import java.time.LocalDate;

/**
 * The aanvrager or the partner of a berekening. Only the partner may carry {@code betaalrekening} (the partner's
 * own account, contract.md v1 additions) and {@code betaalwijze} (null: {@link Betaalwijze#HELFT} when the account
 * is given); both are null for the aanvrager and for callers that do not send them.
 */
public record Persoon(Bsn bsn, String naam, LocalDate geboortedatum, Betaalrekening betaalrekening, Betaalwijze betaalwijze) {

    /** A person without an own account of their own in the berekening (the aanvrager, or a partner paid via the aanvrager). */
    public Persoon(Bsn bsn, String naam, LocalDate geboortedatum) {
        this(bsn, naam, geboortedatum, null, null);
    }

    /** True when half of the client's payment goes to this person's own account (Pw art. 45 lid 4). */
    public boolean receivesHalf() {
        return betaalrekening != null && betaalwijze != Betaalwijze.AANVRAGER;
    }
}
