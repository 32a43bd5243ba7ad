package nl.gbi.voorschot;

import java.time.YearMonth;
import nl.gbi.domain.Iban;
import nl.gbi.domain.Money;

/** A checked request for a voorschot: every field present and valid (the HTTP edge names what is not). */
public record VoorschotAanvraag(String dossierId, YearMonth periode, Money bedrag, Iban iban, String tenaamstelling,
                                String reden) {

    /** The same payment asked for: amount, account and name (the triple dossier, periode, reden aside). */
    boolean samePaymentAs(Voorschot stored) {
        return bedrag.equals(stored.bedrag()) && iban.equals(stored.iban())
                && tenaamstelling.equals(stored.tenaamstelling());
    }

    boolean sameAs(Voorschot stored) {
        return dossierId.equals(stored.dossierId()) && periode.equals(stored.periode()) && reden.equals(stored.reden())
                && samePaymentAs(stored);
    }
}
