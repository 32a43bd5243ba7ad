package nl.gbi.runs;

import java.time.YearMonth;
import nl.gbi.domain.Iban;

/**
 * A herberekening: version {@code versie} of a settled period is due {@code dueCents} (its uitkering incl.
 * vakantiegeld) where {@code settledCents} was settled. A positive difference is a NABETALING to the client's
 * account of that version, a negative one a vordering; the paid lines themselves never change.
 */
public record Correction(String dossierId, YearMonth periode, int versie, int previousVersie, long settledCents,
                         long dueCents, Iban creditorIban, String creditorName) {

    public long differenceCents() {
        return dueCents - settledCents;
    }
}
