package nl.gbi.runs;

import java.time.YearMonth;
import java.time.Month;
import nl.gbi.batches.PaymentLine;
import nl.gbi.ledger.VakantiegeldLedger;
import nl.gbi.calculation.Resultaat;
import nl.gbi.domain.Berekening;
import nl.gbi.domain.BetalingSoort;
import nl.gbi.domain.Money;

/**
 * The run's side of the vakantiegeld reserve: books the period's reservation on the dossier's ledger with the
 * pure {@link VakantiegeldLedger}, and turns a payout into a payment to the client. A period booked before
 * (a rerun) keeps its booking, so the reserve is never counted twice.
 */
final class Vakantiegeld {

    private Vakantiegeld() {
    }

    /** The booking of {@code resultaat}'s period, given the dossier's latest booking up to it (null: none yet). */
    static LedgerEntry book(Berekening berekening, Resultaat resultaat, LedgerEntry latest, Month payoutMonth) {
        YearMonth periode = resultaat.periode();
        if (latest != null && latest.periode().equals(periode)) {
            return latest;
        }
        Money before = latest == null ? Money.ZERO : latest.balance();
        boolean rightEnds = berekening.recht().einddatum() != null
                && YearMonth.from(berekening.recht().einddatum()).equals(periode);
        VakantiegeldLedger.Booking booking = VakantiegeldLedger.book(before, resultaat.vakantiegeldReservering(),
                periode, payoutMonth, rightEnds);
        return new LedgerEntry(resultaat.dossierId(), periode, resultaat.vakantiegeldReservering(), booking.balance(),
                booking.payout());
    }

    /** The payout to the client's own account; {@code lineNo} is its ordinal among the dossier's VAKANTIEGELD lines. */
    static PaymentLine payoutLine(Berekening berekening, LedgerEntry booking, int lineNo) {
        return new PaymentLine(booking.dossierId(), booking.periode(), BetalingSoort.VAKANTIEGELD, booking.payout(),
                berekening.betaalrekening().iban(), berekening.betaalrekening().tenaamstelling(),
                "Vakantiegeld Participatiewet " + booking.periode() + " dossier " + booking.dossierId(), lineNo);
    }
}
