package nl.gbi.sepa;

import java.io.OutputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import nl.gbi.domain.Iban;
import nl.gbi.domain.Money;
import nl.gbi.sepa.pain001.CreditTransfer;
import nl.gbi.sepa.pain001.PaymentFileHeader;

/**
 * Deterministic transactions for the benchmark and the heap harness, generated one at a time (as a database
 * cursor would give them) so the writer's own memory use can be seen.
 */
public final class BenchmarkData {

    private static final List<String> NAMES = List.of("R de Vries", "Renee de Vries", "Jurgen Gross",
            "Cagla Yilmaz", "Lukasz Walesa", "Bjorn AEroskobing", "Francois Lefevre", "Woonstichting De Key",
            "D'Hondt + Zonen", "IJsbrand van 't Hek");
    private static final List<Iban> IBANS = SepaFixtures.IBANS.stream().map(Iban::new).toList();
    private static final YearMonth PERIOD = YearMonth.of(2025, 7);

    private BenchmarkData() {
    }

    public static long cents(long seq) {
        return 1 + (seq * 7_919L) % 250_000;
    }

    public static CreditTransfer transfer(long seq) {
        String dossier = "GM0014-" + (1_000_000 + seq % 9_000_000);
        return new CreditTransfer(EndToEndId.of("GM0014", PERIOD, seq, dossier).value(), Money.ofCents(cents(seq)),
                NAMES.get((int) (seq % NAMES.size())), IBANS.get((int) (seq % IBANS.size())),
                "Uitkering Participatiewet juli 2025 dossier " + dossier, seq % 3 != 0);
    }

    /** Transactions 1..count, made as they are consumed. */
    public static Iterator<CreditTransfer> stream(long count) {
        return new Iterator<>() {
            private long next = 1;

            @Override
            public boolean hasNext() {
                return next <= count;
            }

            @Override
            public CreditTransfer next() {
                if (next > count) {
                    throw new NoSuchElementException();
                }
                return transfer(next++);
            }
        };
    }

    public static List<CreditTransfer> list(int count) {
        List<CreditTransfer> list = new ArrayList<>(count);
        stream(count).forEachRemaining(list::add);
        return list;
    }

    public static PaymentFileHeader header(long count) {
        long sum = 0;
        for (long seq = 1; seq <= count; seq++) {
            sum += cents(seq);
        }
        return PaymentFileHeader.forTenant(SepaFixtures.tenant(), SepaFixtures.fileId(1), SepaFixtures.CREATED, count,
                Money.ofCents(sum));
    }

    /** Counts bytes and throws them away: the writer's cost without the disk's. */
    public static final class CountingSink extends OutputStream {
        private long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }

        public long bytes() {
            return bytes;
        }
    }
}
