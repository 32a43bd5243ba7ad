package nl.gbi.sepa.pain001;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nl.gbi.domain.Fout;
import nl.gbi.domain.Iban;
import nl.gbi.domain.Money;
import nl.gbi.sepa.Finding;
import nl.gbi.sepa.FindingCode;
import org.junit.jupiter.api.Test;

class CreditTransferPreparationTest {

    private static final String E2E = "GM0014/2507/1/GM0014-0000001";
    private static final Iban NL = new Iban("NL91ABNA0417164300");

    @Test
    void transliteratesIntoAWritableTransfer() {
        CreditTransferPreparation.Result result = CreditTransferPreparation.prepare(E2E, Money.ofCents(130_061),
                "Renée de Vries", NL, "Uitkering juli 2025 — dossier GM0014-0000001", true);
        assertEquals(new CreditTransferPreparation.Result.Ready(new CreditTransfer(E2E, Money.ofCents(130_061),
                "Renee de Vries", NL, "Uitkering juli 2025 dossier GM0014-0000001", true)), result);
    }

    @Test
    void aCyrillicNameIsPaidAsItsPassportSpelling() {
        CreditTransferPreparation.Result result = CreditTransferPreparation.prepare(E2E, Money.ofCents(100),
                "Иван Петров", NL, "Uitkering", true);
        assertEquals("Ivan Petrov", ((CreditTransferPreparation.Result.Ready) result).transfer().creditorName());
    }

    @Test
    void aNameThatWouldBecomeMeaninglessReachesTheFinanceOfficerWithEveryOtherProblem() {
        CreditTransferPreparation.Result result = CreditTransferPreparation.prepare(E2E, Money.ZERO, "王小明",
                new Iban("CH9300762011623852957"), "Uitkering", true);
        List<Finding> findings = ((CreditTransferPreparation.Result.Refused) result).findings();
        assertEquals(List.of(FindingCode.AMOUNT, FindingCode.NAME_MEANINGLESS, FindingCode.ADDRESS),
                findings.stream().map(Finding::code).toList());
        Finding name = findings.get(1);
        assertEquals(E2E, name.transaction());
        assertEquals("Cdtr/Nm", name.field());
        Fout fout = name.toFout();
        assertEquals(E2E + ":Cdtr/Nm", fout.veld());
        assertEquals("NAME_MEANINGLESS", fout.code());
    }

    @Test
    void theTransferItselfRefusesUntransliteratedText() {
        assertThrows(IllegalArgumentException.class,
                () -> new CreditTransfer(E2E, Money.ofCents(1), "Renée", NL, "x", false));
        assertThrows(IllegalArgumentException.class,
                () -> new CreditTransfer(E2E, Money.ofCents(100_000_000_000L), "Renee", NL, "x", false));
        assertThrows(IllegalArgumentException.class,
                () -> new CreditTransfer("A//B", Money.ofCents(1), "Renee", NL, "x", false));
    }
}
