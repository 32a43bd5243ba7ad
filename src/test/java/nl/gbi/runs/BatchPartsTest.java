package nl.gbi.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nl.gbi.batches.PaymentLine;
import nl.gbi.domain.BetalingSoort;
import nl.gbi.domain.Iban;
import nl.gbi.domain.Money;
import org.junit.jupiter.api.Test;

class BatchPartsTest {

    private static PaymentLine line(String dossier, int no) {
        return new PaymentLine(dossier, YearMonth.of(2026, 3), BetalingSoort.DERDENBETALING, Money.ofCents(100 + no),
                new Iban("NL91ABNA0417164300"), "J. de Vries", "r", no);
    }

    private static List<PaymentLine> lines(int... perDossier) {
        List<PaymentLine> lines = new ArrayList<>();
        for (int d = 0; d < perDossier.length; d++) {
            for (int n = 0; n < perDossier[d]; n++) {
                lines.add(line("D" + d, n));
            }
        }
        return lines;
    }

    @Test
    void aDossierNeverSpansTwoPartsAndNoPartIsLargerThanTheBound() {
        List<List<PaymentLine>> parts = BatchParts.split(lines(2, 2, 3, 1, 2), 4);
        assertEquals(List.of(4, 4, 2), parts.stream().map(List::size).toList());
        assertEquals(List.of("D0", "D0", "D1", "D1"), parts.get(0).stream().map(PaymentLine::dossierId).toList());
        assertEquals(List.of("D2", "D2", "D2", "D3"), parts.get(1).stream().map(PaymentLine::dossierId).toList());
    }

    @Test
    void everyLineIsInExactlyOnePartInItsOrder() {
        List<PaymentLine> all = lines(3, 1, 4, 1, 5, 9, 2, 6);
        List<List<PaymentLine>> parts = BatchParts.split(all, 7);
        assertEquals(all, parts.stream().flatMap(List::stream).toList());
        parts.forEach(part -> assertEquals(true, part.size() <= 7 || part.stream().map(PaymentLine::dossierId).distinct().count() == 1));
    }

    @Test
    void aDossierLargerThanTheBoundGetsAPartOfItsOwnAndNothingIsLost() {
        assertEquals(List.of(1, 5, 1), BatchParts.split(lines(1, 5, 1), 3).stream().map(List::size).toList());
        assertEquals(List.of(), BatchParts.split(List.of(), 3));
        assertThrows(IllegalArgumentException.class, () -> BatchParts.split(lines(1), 0));
    }
}
