package nl.gbi.opschorting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A hold of one dossier's payments: placed with its grondslag and reason on {@code ingangsdatum}, active until lifted.
 * Its term is 8 weeks from the ingangsdatum (Pw art. 54 lid 2 for verzuim; the engine applies the same term to the
 * other grondslagen, docs/werkvoorraad.md), after which it is flagged as expired: the right must be withdrawn or the
 * hold lifted.
 */
public record Opschorting(long id, String dossierId, Grondslag grondslag, String reden, LocalDate ingangsdatum,
                          Instant geplaatstOp, String geplaatstDoor, String geplaatstNaam, Instant opgehevenOp,
                          String opgehevenDoor, String opgehevenNaam, String opheffingReden) {

    /** The term of a hold: 8 weeks (Pw art. 54 lid 2). */
    public static final int TERMIJN_DAGEN = 8 * 7;

    public boolean actief() {
        return opgehevenOp == null;
    }

    /** The last day of the term. */
    public LocalDate termijnEinde() {
        return ingangsdatum.plusDays(TERMIJN_DAGEN - 1L);
    }

    /** Days of the term left, {@code today} included: 56 on the ingangsdatum, 1 on the last day, 0 after it. */
    public long dagenOver(LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(today, termijnEinde()) + 1);
    }

    /** The term has run out: {@code today} is after its last day. */
    public boolean verlopen(LocalDate today) {
        return today.isAfter(termijnEinde());
    }
}
