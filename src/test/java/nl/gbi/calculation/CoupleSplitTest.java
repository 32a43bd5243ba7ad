package nl.gbi.calculation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import nl.gbi.domain.Betaalwijze;
import nl.gbi.domain.Iban;
import nl.gbi.domain.InhoudingSoort;
import org.junit.jupiter.api.Test;

/** Couples (Pw art. 45 lid 4, E18): gehuwden 2025-07, norm 1.955,80, VT 97,79, excl. 1.858,01 (odd). */
class CoupleSplitTest {

    static final Iban PARTNER_IBAN = new Iban("NL02ABNA0123456789");

    private static TestBerekening couple() {
        return TestBerekening.gehuwden(LocalDate.of(1980, 5, 1), LocalDate.of(1982, 3, 1));
    }

    @Test
    void oddCentGoesToTheAanvrager() {
        assertEquals(1, CoupleSplit.aanvragerCents(1));
        assertEquals(0, CoupleSplit.partnerCents(1));
        assertEquals(92901, CoupleSplit.aanvragerCents(185801));
        assertEquals(92900, CoupleSplit.partnerCents(185801));
        assertEquals(50000, CoupleSplit.aanvragerCents(100000));
    }

    @Test
    void eachSpouseGetsHalfOfTheClientsPayment() {
        Resultaat r = Calculations.success(couple().partnerRekening(PARTNER_IBAN, "P Test", null));
        BetaalvolgordeTest.assertPayments(r, "UITKERING " + CoupleSplit.aanvragerCents(r.uitkeringExclVakantiegeld().cents()),
                "UITKERING " + CoupleSplit.partnerCents(r.uitkeringExclVakantiegeld().cents()));
        assertEquals(PARTNER_IBAN, r.betalingen().get(1).iban());
        BetaalvolgordeTest.assertInvariant(r);
    }

    @Test
    void halvesComeAfterBeslagAndDerdenbetaling() {
        Resultaat r = Calculations.success(couple().partnerRekening(PARTNER_IBAN, "P Test", Betaalwijze.HELFT)
                .inhouding(InhoudingSoort.HUUR, 55000).inhouding(InhoudingSoort.BESLAG, 3000));
        long client = r.uitkeringExclVakantiegeld().cents() - 55000 - 3000;
        assertEquals(client, Calculations.regel(r, "UITKERING"));
        assertEquals(CoupleSplit.partnerCents(client), Calculations.regel(r, "UITKERING_PARTNER"));
        BetaalvolgordeTest.assertInvariant(r);
    }

    @Test
    void aanvragerChoiceKeepsOneLine() {
        Resultaat r = Calculations.success(couple().partnerRekening(PARTNER_IBAN, "P Test", Betaalwijze.AANVRAGER));
        BetaalvolgordeTest.assertPayments(r, "UITKERING " + r.uitkeringExclVakantiegeld().cents());
        BetaalvolgordeTest.assertInvariant(r);
    }
}
