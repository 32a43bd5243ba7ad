package nl.gbi.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentTransitionsTest {

    private static final BankVerdict ACCP = new BankVerdict.Accepted("ACCP");
    private static final BankVerdict RJCT_AC04 = new BankVerdict.Rejected("AC04");
    private static final BankVerdict RTRN_MD07 = new BankVerdict.Returned("MD07", 130_061);

    @Test
    void aSentPaymentMovesToWhatTheBankSays() {
        assertEquals(new Transition.Changed(PaymentState.ACCEPTED, null, null),
                PaymentTransitions.apply(PaymentState.SENT, null, ACCP));
        assertEquals(new Transition.Changed(PaymentState.REJECTED, "AC04", ReasonAction.BLOCK_IBAN_AWAIT_NEW),
                PaymentTransitions.apply(PaymentState.SENT, null, RJCT_AC04));
        assertEquals(new Transition.Changed(PaymentState.RETURNED, "MD07", ReasonAction.STOP_DOSSIER),
                PaymentTransitions.apply(PaymentState.SENT, null, RTRN_MD07));
    }

    @Test
    void anAcceptedPaymentCanStillBeRejectedLaterOrReturned() {
        assertEquals(PaymentState.REJECTED, changed(PaymentTransitions.apply(PaymentState.ACCEPTED, null, RJCT_AC04)));
        assertEquals(PaymentState.RETURNED, changed(PaymentTransitions.apply(PaymentState.ACCEPTED, null, RTRN_MD07)));
    }

    @Test
    void applyingTheSameVerdictTwiceChangesNothingTheSecondTime() {
        for (BankVerdict verdict : List.of(ACCP, RJCT_AC04, RTRN_MD07, new BankVerdict.Rejected(null))) {
            Transition first = PaymentTransitions.apply(PaymentState.SENT, null, verdict);
            Transition.Changed changed = (Transition.Changed) first;
            Transition second = PaymentTransitions.apply(changed.next(), changed.reasonCode(), verdict);
            assertInstanceOf(Transition.NoChange.class, second, verdict::toString);
        }
    }

    @Test
    void contradictionsGoToAPersonAndChangeNothing() {
        assertInstanceOf(Transition.Conflict.class, PaymentTransitions.apply(PaymentState.REJECTED, "AC04", RTRN_MD07));
        assertInstanceOf(Transition.Conflict.class, PaymentTransitions.apply(PaymentState.REJECTED, "AC04", ACCP));
        assertInstanceOf(Transition.Conflict.class,
                PaymentTransitions.apply(PaymentState.REJECTED, "AC04", new BankVerdict.Rejected("MS03")));
        assertInstanceOf(Transition.Conflict.class, PaymentTransitions.apply(PaymentState.RETURNED, "MD07", RJCT_AC04));
        assertInstanceOf(Transition.Conflict.class,
                PaymentTransitions.apply(PaymentState.RETURNED, "MD07", new BankVerdict.Returned("AC04", 1)));
        assertInstanceOf(Transition.NoChange.class, PaymentTransitions.apply(PaymentState.RETURNED, "MD07", ACCP));
    }

    private static PaymentState changed(Transition transition) {
        return ((Transition.Changed) transition).next();
    }
}
