package nl.gbi.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import nl.gbi.domain.BetalingSoort;
import nl.gbi.domain.Iban;
import nl.gbi.domain.Money;
import org.junit.jupiter.api.Test;

/** Which returned payments a run repays: only a blocked IBAN that was replaced, for the client's own payment. */
class RepaymentTest {

    static final String OLD = "NL91ABNA0417164300";
    static final String NEW = "NL20INGB0001234567";

    static ReturnedPayment returned(String code, BetalingSoort soort, boolean lifted, String stopped, String current,
            boolean currentBlocked) {
        return new ReturnedPayment(42, "D-1", YearMonth.of(2025, 7), soort, Money.ofCents(123_45), new Iban(OLD),
                "J. Jansen", "Participatiewet 2025-07 dossier D-1", "GM0014-E2E-42", code, lifted, stopped, current,
                "J. Jansen-de Vries", currentBlocked);
    }

    @Test
    void aBlockedIbanReplacedByAnotherIsRepaidToTheNewOneAsACorrection() {
        RunLine line = Repayment.of(returned("AC04", BetalingSoort.UITKERING, true, null, NEW, false)).orElseThrow();
        assertNull(line.skip());
        assertEquals(new Iban(NEW), line.line().creditorIban());
        assertEquals("J. Jansen-de Vries", line.line().creditorName());
        assertEquals(42L, line.line().correctsSeq());
        assertNull(line.line().lineNo());
        assertEquals(Money.ofCents(123_45), line.line().amount());
        assertEquals(BetalingSoort.UITKERING, line.line().soort());
        assertEquals(YearMonth.of(2025, 7), line.line().periode());
        assertEquals("Herbetaling GM0014-E2E-42 / Participatiewet 2025-07 dossier D-1", line.line().remittance());
    }

    @Test
    void withoutAnUsableNewIbanTheReturnIsReportedNotRepaid() {
        for (ReturnedPayment waiting : new ReturnedPayment[] {
                returned("AC04", BetalingSoort.UITKERING, false, null, OLD, false),
                returned("AC01", BetalingSoort.UITKERING, false, null, NEW, false),
                returned("AG01", BetalingSoort.UITKERING, true, null, NEW, true),
                returned("AC04", BetalingSoort.UITKERING, true, null, OLD, false),
                returned("AC04", BetalingSoort.UITKERING, true, null, null, false),
                returned("AC04", BetalingSoort.DERDENBETALING, true, null, NEW, false)}) {
            RunLine line = Repayment.of(waiting).orElseThrow();
            assertEquals(SkipReason.RETURNED_NOT_REPAID, line.skip(), waiting.toString());
            assertEquals(waiting.reasonCode(), line.reasonCode());
            assertEquals(42L, line.line().correctsSeq());
        }
    }

    @Test
    void aStoppedDossierIsNotRepaid() {
        RunLine line = Repayment.of(returned("AC04", BetalingSoort.UITKERING, true, "MD07", NEW, false)).orElseThrow();
        assertEquals(SkipReason.STOPPED_DOSSIER, line.skip());
        assertEquals("MD07", line.reasonCode());
    }

    @Test
    void otherReasonCodesAreNeverRepaidByTheRunEvenAfterANewIban() {
        for (String code : new String[] {"RR01", "RR02", "RR03", "RR04", "MD07", "AC06", "AM05", "MS03", "XX99", null}) {
            assertTrue(Repayment.of(returned(code, BetalingSoort.UITKERING, true, null, NEW, false)).isEmpty(), code);
        }
    }

    @Test
    void theRemittanceIsCutAtTheSepaMaximum() {
        ReturnedPayment longText = new ReturnedPayment(42, "D-1", YearMonth.of(2025, 7), BetalingSoort.UITKERING,
                Money.ofCents(1), new Iban(OLD), "J", "x".repeat(140), "E2E", "AC04", true, null, NEW, "J", false);
        assertEquals(ChunkCalculation.REMITTANCE_MAX, Repayment.remittance(longText).length());
    }
}
