package nl.gbi.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.YearMonth;
import nl.gbi.domain.BetalingSoort;
import org.junit.jupiter.api.Test;

class VoorschotDenialTest {

    private static final YearMonth JAN = YearMonth.of(2026, 1);

    private static BookedPayment payment(boolean counts, boolean undecided) {
        return new BookedPayment(JAN, BetalingSoort.VOORSCHOT, 150_000, counts, undecided);
    }

    @Test
    void aPaidVoorschotBecomesAVorderingOfWhatWasPaid() {
        VoorschotDenial.Decision decision = VoorschotDenial.decide(payment(true, false), false);
        assertFalse(decision.refused());
        assertEquals(150_000, decision.vorderingCents());
    }

    @Test
    void aReleasedReturnedOrRejectedPaymentGivesNoVordering() {
        VoorschotDenial.Decision decision = VoorschotDenial.decide(payment(false, false), false);
        assertFalse(decision.refused());
        assertEquals(0, decision.vorderingCents());
    }

    @Test
    void noPaymentAtAllGivesNoVordering() {
        assertEquals(new VoorschotDenial.Decision(null, 0), VoorschotDenial.decide(null, false));
    }

    @Test
    void anUndecidedBatchRefusesTheDenial() {
        assertEquals(VoorschotDenial.Refusal.BATCH_UNDECIDED, VoorschotDenial.decide(payment(true, true), false).refusal());
    }

    @Test
    void aSettledMonthRefusesTheDenialWhateverThePayment() {
        assertEquals(VoorschotDenial.Refusal.MONTH_SETTLED, VoorschotDenial.decide(payment(true, false), true).refusal());
        assertEquals(VoorschotDenial.Refusal.MONTH_SETTLED, VoorschotDenial.decide(null, true).refusal());
    }
}
