package nl.gbi.sepa.pain001;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.gbi.domain.Money;
import nl.gbi.sepa.FileId;
import nl.gbi.sepa.SepaFixtures;
import org.junit.jupiter.api.Test;

class FilePlannerTest {

    @Test
    void splitsAtTheTenantsMaximumAndEveryFileIsOfferable() {
        List<CreditTransfer> all = SepaFixtures.randomBatch(new Random(7), 2_501);
        List<FileSlice> slices = FilePlanner.plan(all.stream().map(CreditTransfer::amount).iterator(), 1_000);
        assertEquals(List.of(1_000, 1_000, 501), slices.stream().map(FileSlice::nbOfTxs).toList());
        Set<String> msgIds = new HashSet<>();
        long total = 0;
        for (FileSlice slice : slices) {
            List<CreditTransfer> part = all.subList((int) slice.firstOrdinal(),
                    (int) slice.firstOrdinal() + slice.nbOfTxs());
            FileId fileId = SepaFixtures.fileId(100 + slice.fileIndex());
            PaymentFileHeader header = PaymentFileHeader.forTenant(SepaFixtures.tenant(), fileId,
                    SepaFixtures.CREATED, slice.nbOfTxs(), slice.ctrlSum());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            WriteSummary summary = Pain001Writer.write(header, part.iterator(), out);
            assertEquals(slice.ctrlSum(), summary.ctrlSum());
            assertEquals(List.of(), Pain001Check.check(out.toByteArray()).findings());
            ProwideReadBack.assertReadsBack(header, part, out.toByteArray());
            msgIds.add(header.msgId());
            total += summary.ctrlSum().cents();
        }
        assertEquals(3, msgIds.size());
        assertEquals(all.stream().mapToLong(t -> t.amount().cents()).sum(), total);
    }

    @Test
    void anExactMultipleMakesNoEmptyFile() {
        List<Money> amounts = List.of(Money.ofCents(1), Money.ofCents(2), Money.ofCents(3), Money.ofCents(4));
        List<FileSlice> slices = FilePlanner.plan(amounts.iterator(), 2);
        assertEquals(List.of(new FileSlice(0, 0, 2, Money.ofCents(3)), new FileSlice(1, 2, 2, Money.ofCents(7))),
                slices);
        assertEquals(List.of(), FilePlanner.plan(List.<Money>of().iterator(), 2));
    }

    @Test
    void refusesANonPositiveMaximum() {
        assertThrows(IllegalArgumentException.class, () -> FilePlanner.plan(List.<Money>of().iterator(), 0));
    }
}
