package nl.gbi.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import nl.gbi.batches.PaymentLine;
import nl.gbi.domain.BetalingSoort;
import nl.gbi.domain.Iban;
import nl.gbi.domain.Money;
import org.junit.jupiter.api.Test;

/** The batch step refuses a dossier whose line no file can carry and keeps every other line payable. */
class BatchLinesTest {

    private static final YearMonth JULY = YearMonth.of(2025, 7);
    private static final Iban OLD = new Iban("NL91ABNA0417164300");
    private static final Iban NEW = new Iban("NL20INGB0001234567");

    @Test
    void aRepaymentToANameWithoutLettersRefusesItsDossierOnly() {
        RunLine good = new RunLine(line("D-1", "R de Vries", Money.ofCents(100_00)), null, null);
        RunLine other = new RunLine(line("D-2", "J Jansen", Money.ofCents(50_00)), null, null);
        ReturnedPayment returned = new ReturnedPayment(7, "D-2", JULY, BetalingSoort.UITKERING, Money.ofCents(50_00),
                OLD, "J Jansen", "Participatiewet 2025-07 dossier D-2", "GM0014/2507/7/D-2", "AC04", true, null,
                NEW.value(), "\u2605\u2605\u2605", false);

        BatchLines lines = BatchLines.of("GM0014", List.of(good, other), List.of(returned));

        assertEquals(List.of(good.line()), lines.payable(), "D-2's own line waits with its repayment");
        assertEquals(1, lines.refusals().size());
        assertEquals("D-2", lines.refusals().get(0).dossierId());
        assertTrue(lines.refusals().get(0).foutenJson().contains("NAME_MEANINGLESS"), lines.refusals().toString());
        assertTrue(!lines.refusals().get(0).foutenJson().contains("\u2605"), "the reason never quotes the name");
    }

    @Test
    void aLineAboveTheFileLimitOrWithAControlCharacterIsRefused() {
        RunLine huge = new RunLine(line("D-3", "R de Vries", Money.ofCents(100_000_000_000L)), null, null);
        RunLine control = new RunLine(line("D-4", "R de\u0000Vries", Money.ofCents(1_00)), null, null);
        RunLine skipped = new RunLine(line("D-5", "\u2605", Money.ofCents(1_00)), SkipReason.ALREADY_PAID, null);

        BatchLines lines = BatchLines.of("GM0014", List.of(huge, control, skipped), List.of());

        assertEquals(List.of(), lines.payable());
        assertEquals(List.of("D-3", "D-4"), lines.refusals().stream().map(ChunkResult.Refusal::dossierId).toList(),
                "a skipped line is not checked: it is not paid anyway");
        assertTrue(lines.refusals().get(0).foutenJson().contains("AMOUNT"));
        assertTrue(lines.refusals().get(1).foutenJson().contains("CONTROL_CHARACTER"));
    }

    private static PaymentLine line(String dossierId, String name, Money amount) {
        return new PaymentLine(dossierId, JULY, BetalingSoort.UITKERING, amount, OLD, name,
                "Participatiewet 2025-07 dossier " + dossierId, 0);
    }
}
