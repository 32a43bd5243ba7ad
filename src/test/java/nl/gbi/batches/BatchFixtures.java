package nl.gbi.batches;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nl.gbi.domain.Iban;
import nl.gbi.domain.Money;
import nl.gbi.domain.BetalingSoort;

/** Payment lines and batches for tests, until the betaalrun (issue 6) makes them. */
public final class BatchFixtures {

    private static final String[] IBANS = {"NL91ABNA0417164300", "NL39RABO0300065264", "NL20INGB0001234567",
        "DE89370400440532013000", "BE68539007547034"};

    private BatchFixtures() {
    }

    /** {@code count} lines of {@code each} cents, alternating kinds and creditors. */
    public static List<PaymentLine> lines(String prefix, int count, long eachCents) {
        List<PaymentLine> lines = new ArrayList<>();
        BetalingSoort[] kinds = {BetalingSoort.UITKERING, BetalingSoort.DERDENBETALING, BetalingSoort.VAKANTIEGELD};
        for (int i = 0; i < count; i++) {
            lines.add(new PaymentLine(prefix + "-" + i, YearMonth.of(2025, 7), kinds[i % kinds.length],
                    Money.ofCents(eachCents), new Iban(IBANS[i % IBANS.length]), "Renée de Vries " + i,
                    "Uitkering juli 2025 dossier " + prefix + "-" + i));
        }
        return lines;
    }

    public static NewBatch batch(String tenant, String startedBy, List<PaymentLine> lines) {
        return new NewBatch(tenant, null, startedBy, "starter van de run", LocalDate.of(2025, 7, 24), lines);
    }
}
