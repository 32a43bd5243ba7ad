package nl.gbi.ledger;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nl.gbi.calculation.Betaling;
import nl.gbi.calculation.Norm;
import nl.gbi.calculation.Resultaat;
import nl.gbi.domain.BetalingSoort;
import nl.gbi.domain.Iban;
import nl.gbi.domain.Money;

/** Results for ledger tests: a month's uitkering incl. vakantiegeld, its reservering, a third party's part. */
final class LedgerResults {

    static final Iban CLIENT = new Iban("NL91ABNA0417164300");
    static final Iban LANDLORD = new Iban("NL20INGB0001234567");

    private LedgerResults() {
    }

    /** {@code inclCents} of which {@code reserveringCents} reserved, {@code huurCents} to the landlord, rest to the client. */
    static Resultaat of(YearMonth periode, long inclCents, long reserveringCents, long huurCents) {
        List<Betaling> betalingen = new ArrayList<>();
        if (huurCents > 0) {
            betalingen.add(new Betaling(BetalingSoort.DERDENBETALING, Money.ofCents(huurCents), LANDLORD, "Woningcorporatie",
                    "huur"));
        }
        long client = inclCents - reserveringCents - huurCents;
        if (client > 0) {
            betalingen.add(new Betaling(BetalingSoort.UITKERING, Money.ofCents(client), CLIENT, "J. Jansen", null));
        }
        Norm norm = new Norm(Money.ofCents(inclCents), "Pw art. 21", 1);
        return new Resultaat("D-1", periode, norm, Money.ZERO, Money.ZERO, Money.ZERO, Money.ofCents(inclCents),
                Money.ofCents(reserveringCents), Money.ofCents(inclCents - reserveringCents), betalingen, List.of(), Money.ZERO);
    }

    static MonthToSettle month(YearMonth periode, int versie, Integer liveVersie, Resultaat resultaat, boolean rightEnds) {
        return new MonthToSettle(periode, versie, liveVersie, false, resultaat, Money.ZERO, rightEnds, CLIENT, "J. Jansen");
    }
}
