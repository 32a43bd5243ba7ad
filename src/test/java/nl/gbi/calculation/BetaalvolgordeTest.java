package nl.gbi.calculation;

import static nl.gbi.domain.InhoudingSoort.AFLOSSING;
import static nl.gbi.domain.InhoudingSoort.BESLAG;
import static nl.gbi.domain.InhoudingSoort.HUUR;
import static nl.gbi.domain.InhoudingSoort.ZORGVERZEKERING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.gbi.domain.InhoudingSoort;
import nl.gbi.domain.InkomstSoort;
import org.junit.jupiter.api.Test;

/**
 * Who gets what (engine rule E7) and the beslagvrije voet (Rv art. 475da). Norm 2025-07 1.369,06: VT 68,45,
 * excl. 1.300,61, beslagruimte 68,45. Every test also checks the invariant
 * sum(betalingen) + VT + verrekening == uitkering incl. (asserted by Resultaat itself too).
 */
class BetaalvolgordeTest {

    @Test
    void beslagvrijeVoetIs95PercentOfTheUitkeringInclVakantiegeld() {
        // VNG/KBvG (NOS 2021): 1.022 + 53 VT = 1.075; 95% = 1.021; "at most 54 a month" in whole euros.
        assertEquals(102125, BeslagvrijeVoet.calculateBeslagvrijeVoet(107500));
        assertEquals(5375, BeslagvrijeVoet.calculateBeslagruimte(107500));
        assertEquals(6845, BeslagvrijeVoet.calculateBeslagruimte(136906));
        assertEquals(0, BeslagvrijeVoet.calculateBeslagruimte(0));
    }

    @Test
    void capsBeslagAtTheBeslagruimteOfTheVngExampleAndReportsTheRest() {
        Resultaat resultaat = Calculations.success(TestBerekening.alleenstaande().inkomst(InkomstSoort.UITKERING, 29406, null, null)
                .inhouding(BESLAG, 10000));
        assertEquals(107500, resultaat.uitkeringInclVakantiegeld().cents());
        assertEquals(5375, resultaat.vakantiegeldReservering().cents());
        assertEquals(5375, Calculations.regel(resultaat, "BESLAGRUIMTE"));
        assertPayments(resultaat, "BESLAG 5375", "UITKERING 96750");
        assertEquals(4625, Calculations.regel(resultaat, "NIET_BETAALD"));
        assertInvariant(resultaat);
    }

    @Test
    void sharesTheBeslagruimteBetweenBeslagAndAflossingInInputOrder() {
        Resultaat beslagFirst = Calculations.success(TestBerekening.alleenstaande().inhouding(BESLAG, 3000).inhouding(AFLOSSING, 5000));
        assertPayments(beslagFirst, "BESLAG 3000", "UITKERING 123216");
        assertEquals(3845, beslagFirst.verrekening().cents());
        assertEquals(3845, Calculations.regel(beslagFirst, "AFLOSSING"));
        assertEquals(1155, Calculations.regel(beslagFirst, "NIET_BETAALD"));
        assertInvariant(beslagFirst);

        Resultaat aflossingFirst = Calculations.success(TestBerekening.alleenstaande().inhouding(AFLOSSING, 5000).inhouding(BESLAG, 3000));
        assertPayments(aflossingFirst, "BESLAG 1845", "UITKERING 123216");
        assertEquals(5000, aflossingFirst.verrekening().cents());
        assertEquals(1155, Calculations.regel(aflossingFirst, "NIET_BETAALD"));
        assertInvariant(aflossingFirst);
    }

    @Test
    void paysBeslagFirstThenDerdenbetalingenThenTheClient() {
        Resultaat resultaat = Calculations.success(TestBerekening.alleenstaande().inhouding(HUUR, 55000).inhouding(BESLAG, 10000)
                .inhouding(ZORGVERZEKERING, 15000));
        assertPayments(resultaat, "BESLAG 6845", "DERDENBETALING 55000", "DERDENBETALING 15000", "UITKERING 53216");
        assertEquals(3155, Calculations.regel(resultaat, "NIET_BETAALD"));
        assertEquals("HUUR test", resultaat.betalingen().get(1).kenmerk());
        assertEquals(TestBerekening.VERHUURDER_IBAN, resultaat.betalingen().get(1).iban());
        assertInvariant(resultaat);
    }

    @Test
    void paysDerdenbetalingenPartlyWhenMoneyRunsShortAndTheClientNothing() {
        Resultaat resultaat = Calculations.success(TestBerekening.alleenstaande().inhouding(HUUR, 120000).inhouding(ZORGVERZEKERING, 15000)
                .inhouding(HUUR, 5000));
        assertPayments(resultaat, "DERDENBETALING 120000", "DERDENBETALING 10061");
        assertEquals(List.of(4939L, 5000L), resultaat.regels().stream().filter(r -> r.code().equals("NIET_BETAALD"))
                .map(r -> r.bedrag().cents()).toList());
        assertEquals(0, Calculations.regel(resultaat, "UITKERING"));
        assertInvariant(resultaat);
    }

    @Test
    void reportsEveryInhoudingAsNotPaidWhenThereIsNoUitkering() {
        Resultaat resultaat = Calculations.success(TestBerekening.alleenstaande().inkomst(InkomstSoort.UITKERING, 200000, null, null)
                .inhouding(HUUR, 55000).inhouding(AFLOSSING, 2000));
        assertEquals(0, resultaat.uitkeringInclVakantiegeld().cents());
        assertEquals(List.of(), resultaat.betalingen());
        assertEquals(57000, Calculations.regel(resultaat, "NIET_BETAALD"));
        assertEquals(63094, Calculations.regel(resultaat, "MIDDELEN_BOVEN_NORM"));
        assertInvariant(resultaat);
    }

    @Test
    void paysEveryKindOfDerdenbetalingToItsBegunstigde() {
        Resultaat resultaat = Calculations.success(TestBerekening.alleenstaande().inhouding(InhoudingSoort.ENERGIE, 12000)
                .inhouding(InhoudingSoort.BEWINDVOERING, 9900).inhouding(ZORGVERZEKERING, 14000));
        assertPayments(resultaat, "DERDENBETALING 12000", "DERDENBETALING 9900", "DERDENBETALING 14000", "UITKERING 94161");
        assertEquals(List.of("ENERGIE", "BEWINDVOERING", "ZORGVERZEKERING"), resultaat.regels().stream().map(Regel::code)
                .filter(c -> c.equals("ENERGIE") || c.equals("BEWINDVOERING") || c.equals("ZORGVERZEKERING")).toList());
        assertInvariant(resultaat);
    }

    @Test
    void neverTouchesTheVakantiegeldReservation() {
        Resultaat resultaat = Calculations.success(TestBerekening.alleenstaande().inhouding(HUUR, 500000));
        assertEquals(6845, resultaat.vakantiegeldReservering().cents());
        assertPayments(resultaat, "DERDENBETALING 130061");
        assertInvariant(resultaat);
    }

    @Test
    void explainsEveryAmountWithItsSource() {
        Resultaat resultaat = Calculations.success(TestBerekening.alleenstaande().inhouding(BESLAG, 1000).inhouding(HUUR, 55000));
        assertEquals(List.of("NORM", "UITKERING_INCL_VAKANTIEGELD", "VAKANTIEGELD_RESERVERING", "UITKERING_EXCL_VAKANTIEGELD",
                "BESLAGRUIMTE", "BESLAG", "HUUR", "UITKERING"), resultaat.regels().stream().map(Regel::code).toList());
        resultaat.regels().forEach(r -> assertEquals(true, r.bron().length() > 5, r.toString()));
    }

    static void assertPayments(Resultaat resultaat, String... expected) {
        assertEquals(List.of(expected), resultaat.betalingen().stream().map(b -> b.soort() + " " + b.bedrag().cents()).toList());
    }

    static void assertInvariant(Resultaat resultaat) {
        long paid = resultaat.betalingen().stream().mapToLong(b -> b.bedrag().cents()).sum();
        assertEquals(resultaat.uitkeringInclVakantiegeld().cents(),
                paid + resultaat.vakantiegeldReservering().cents() + resultaat.verrekening().cents());
    }
}
