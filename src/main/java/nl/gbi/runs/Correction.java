package nl.gbi.runs;

import java.time.YearMonth;
import nl.gbi.domain.Betaalrekening;
import nl.gbi.domain.Iban;

/**
 * A herberekening: version {@code versie} of a settled period is due {@code dueCents} (its uitkering incl.
 * vakantiegeld) where {@code settledCents} was settled. Of the difference the ledger paid {@code nabetalingCents} as a
 * NABETALING to the client's account of that version (the vakantiegeld part went to the reserve); a negative
 * difference is a vordering. The paid lines themselves never change. {@code partner}: the partner's own account
 * when the version pays the spouses in halves (the NABETALING is then paid in halves too), else null.
 */
public record Correction(String dossierId, YearMonth periode, int versie, int previousVersie, long settledCents,
                         long dueCents, long nabetalingCents, Iban creditorIban, String creditorName,
                         Betaalrekening partner) {

    public Correction(String dossierId, YearMonth periode, int versie, int previousVersie, long settledCents,
                      long dueCents, long nabetalingCents, Iban creditorIban, String creditorName) {
        this(dossierId, periode, versie, previousVersie, settledCents, dueCents, nabetalingCents, creditorIban,
                creditorName, null);
    }

    public long differenceCents() {
        return dueCents - settledCents;
    }
}
