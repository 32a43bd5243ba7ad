package nl.gbi.batches;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import nl.gbi.domain.Iban;
import nl.gbi.domain.Money;
import nl.gbi.domain.Tenant;
import nl.gbi.domain.VerlagingBase;
import nl.gbi.payments.PaymentState;
import nl.gbi.sepa.pain001.Pain001Check;
import org.junit.jupiter.api.Test;
import nl.gbi.domain.BetalingSoort;

/** Batch creation without a database: numbering, file split, checks, hashes; and the pure batch rules. */
class BatchCreationTest {

    static final Tenant SMALL_FILES = new Tenant("GM0014", "Gemeente Groningen", new Iban("NL91ABNA0417164300"),
            "BNGHNL2G", 24, false, Month.JUNE, Set.of(5, 30, 100), VerlagingBase.NORM_INCL_VAKANTIEGELD, 2, Money.ofCents(50_000));

    static BatchStore.Reservation reservation(int payments, int files) {
        return new BatchStore.Reservation(7, LongStream.rangeClosed(100, 99 + payments).boxed().toList(),
                LongStream.rangeClosed(40, 39 + files).boxed().toList());
    }

    @Test
    void linesAreSplitIntoCheckedFilesOfAtMostTheTenantsLimit() {
        NewBatch request = BatchFixtures.batch("GM0014", "tok", BatchFixtures.lines("SPLIT", 5, 10_000));
        PreparedBatch batch = BatchCreation.prepare(SMALL_FILES, request, reservation(5, 3));
        assertEquals(3, batch.files().size());
        assertEquals(List.of(2, 2, 1), batch.files().stream().map(PreparedBatch.WrittenFile::nbOfTxs).toList());
        assertEquals(Arrays.asList(0, 0, 1, 1, 2), batch.fileIndexes());
        assertEquals("GM0014/20250724/14", batch.files().get(0).msgId());
        assertEquals("GM0014/2507/2S/SPLIT-0", batch.endToEndIds().get(0));
        for (PreparedBatch.WrittenFile file : batch.files()) {
            assertTrue(Pain001Check.check(file.content()).offerable());
            assertArrayEquals(ContentHash.sha256(file.content()), file.sha256());
        }
        assertEquals(Money.ofCents(50_000), batch.ctrlSum());
        assertEquals(2, batch.approvalsNeeded(), "at the threshold two officers approve");
        assertTrue(batch.offerable());
    }

    @Test
    void aLineThatCannotBeSentStopsTheFilesAndIsAFinding() {
        List<PaymentLine> lines = new ArrayList<>(BatchFixtures.lines("BAD", 1, 10_000));
        lines.add(new PaymentLine("BAD-2", lines.get(0).periode(), BetalingSoort.BESLAG, Money.ofCents(100),
                new Iban("NL91ABNA0417164300"), "???", "beslag"));
        PreparedBatch batch = BatchCreation.prepare(SMALL_FILES, BatchFixtures.batch("GM0014", "tok", lines),
                reservation(2, 1));
        assertTrue(batch.files().isEmpty());
        assertEquals("NAME_MEANINGLESS", batch.findings().get(0).code());
        assertFalse(batch.offerable());
        assertEquals(1, batch.approvalsNeeded());
    }

    @Test
    void theApprovedHashOfSeveralFilesCoversEveryFile() {
        byte[] a = ContentHash.sha256(new byte[] {1});
        byte[] b = ContentHash.sha256(new byte[] {2});
        assertArrayEquals(a, ContentHash.ofFiles(List.of(a)));
        assertFalse(Arrays.equals(ContentHash.ofFiles(List.of(a, b)), ContentHash.ofFiles(List.of(b, a))));
    }

    @Test
    void theBankDecidesWhereAnExportedBatchEnds() {
        assertEquals(BatchState.ACCEPTED, BankOutcome.after(BatchState.EXPORTED, Map.of(PaymentState.ACCEPTED, 3L)));
        assertEquals(BatchState.EXPORTED, BankOutcome.after(BatchState.EXPORTED,
                Map.of(PaymentState.ACCEPTED, 2L, PaymentState.SENT, 1L)));
        assertEquals(BatchState.PARTLY_REJECTED, BankOutcome.after(BatchState.EXPORTED,
                Map.of(PaymentState.ACCEPTED, 2L, PaymentState.REJECTED, 1L)));
        assertEquals(BatchState.REJECTED, BankOutcome.after(BatchState.EXPORTED, Map.of(PaymentState.REJECTED, 3L)));
        assertEquals(BatchState.PARTLY_REJECTED, BankOutcome.after(BatchState.ACCEPTED, Map.of(PaymentState.REJECTED, 3L)));
        assertEquals(BatchState.RETURNED, BankOutcome.after(BatchState.ACCEPTED,
                Map.of(PaymentState.ACCEPTED, 2L, PaymentState.RETURNED, 1L)));
        assertEquals(BatchState.AWAITING_APPROVAL, BankOutcome.after(BatchState.AWAITING_APPROVAL,
                Map.of(PaymentState.REJECTED, 3L)));
    }
}
