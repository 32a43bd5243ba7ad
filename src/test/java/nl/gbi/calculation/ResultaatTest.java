package nl.gbi.calculation;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.util.List;
import nl.gbi.domain.Money;
import org.junit.jupiter.api.Test;
import nl.gbi.domain.BetalingSoort;

/** A Resultaat cannot exist when its money does not add up: the invariant is asserted in code, not only in tests. */
class ResultaatTest {

    private static final Norm NORM = new Norm(Money.ofCents(136906), "Pw art. 21 onderdeel a", 1);
    private static final Betaling CLIENT = new Betaling(BetalingSoort.UITKERING, Money.ofCents(130061), TestBerekening.CLIENT_IBAN,
            "A Test", null);

    @Test
    void refusesPaymentsThatDoNotAddUpToTheUitkering() {
        assertThrows(IllegalStateException.class, () -> resultaat(List.of(CLIENT), 6844, 0));
        assertThrows(IllegalStateException.class, () -> resultaat(List.of(CLIENT), 6845, 1));
    }

    @Test
    void refusesAZeroPayment() {
        Betaling zero = new Betaling(BetalingSoort.DERDENBETALING, Money.ZERO, TestBerekening.VERHUURDER_IBAN, "x", "k");
        assertThrows(IllegalStateException.class, () -> resultaat(List.of(CLIENT, zero), 6845, 0));
    }

    @Test
    void acceptsPaymentsThatAddUp() {
        resultaat(List.of(CLIENT), 6845, 0);
    }

    private static Resultaat resultaat(List<Betaling> betalingen, long vakantiegeld, long verrekening) {
        return new Resultaat("D-1", YearMonth.of(2025, 7), NORM, Money.ZERO, Money.ZERO, Money.ZERO, Money.ofCents(136906),
                Money.ofCents(vakantiegeld), Money.ofCents(136906 - vakantiegeld), betalingen, List.of(), Money.ofCents(verrekening));
    }
}
