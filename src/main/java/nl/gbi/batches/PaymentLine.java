package nl.gbi.batches;

import java.time.YearMonth;
import nl.gbi.domain.Iban;
import nl.gbi.domain.Money;
import nl.gbi.domain.BetalingSoort;

/**
 * One payment to make, as the betaalrun hands it to {@link BatchCreation}: raw names and remittance are
 * transliterated when the file is written.
 *
 * @param lineNo the line's ordinal among the dossier's lines of its kind in the period (0 for the UITKERING, 0, 1, …
 *               for DERDENBETALINGEN): with dossier, period and kind it makes an original payment unique in the
 *               database, so no run pays it twice; null for manual and test batches and for corrections
 * @param correctsSeq the payment this line repays (a returned payment offered again); null for an original line.
 *                    The database allows one live correction per corrected payment.
 */
public record PaymentLine(String dossierId, YearMonth periode, BetalingSoort soort, Money amount, Iban creditorIban,
                          String creditorName, String remittance, Integer lineNo, Long correctsSeq) {

    /** An original line of a betaalrun. */
    public PaymentLine(String dossierId, YearMonth periode, BetalingSoort soort, Money amount, Iban creditorIban,
                       String creditorName, String remittance, Integer lineNo) {
        this(dossierId, periode, soort, amount, creditorIban, creditorName, remittance, lineNo, null);
    }

    /** A line outside a betaalrun (manual and test batches): no position, so not guarded against a rerun. */
    public PaymentLine(String dossierId, YearMonth periode, BetalingSoort soort, Money amount, Iban creditorIban,
                       String creditorName, String remittance) {
        this(dossierId, periode, soort, amount, creditorIban, creditorName, remittance, null, null);
    }

    public PaymentLine {
        if (dossierId == null || periode == null || soort == null || amount == null || creditorIban == null
                || creditorName == null || remittance == null) {
            throw new IllegalArgumentException("a payment line has every field");
        }
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a payment is at least 0.01: " + amount);
        }
        if (lineNo != null && correctsSeq != null) {
            throw new IllegalArgumentException("a correction is not an original line of a period");
        }
    }
}
