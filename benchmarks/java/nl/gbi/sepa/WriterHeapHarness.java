package nl.gbi.sepa;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.gbi.sepa.pain001.CreditTransfer;
import nl.gbi.sepa.pain001.Pain001Check;
import nl.gbi.sepa.pain001.Pain001Writer;
import nl.gbi.sepa.pain001.PaymentFileHeader;
import nl.gbi.sepa.pain001.WriteSummary;

/**
 * Writes N transactions and reports time and peak heap, to show what fits in how much memory.
 * {@code engine N}: the engine's writer, transactions generated one at a time, written to a temporary file,
 * which is then checked (XSD + SEPA rules) and deleted. {@code prowide N}: the same data as a list, prowide's
 * model and {@code message()}.
 *
 * <p>Run: {@code mvn -B -o -q test-compile exec:exec@harness
 * -Dharness.args="-Xmx256m nl.gbi.sepa.WriterHeapHarness engine 1000000"}
 */
public final class WriterHeapHarness {

    private WriterHeapHarness() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int count = Integer.parseInt(args[1]);
        long maxHeap = Runtime.getRuntime().maxMemory();
        if ("engine".equals(mode)) {
            engine(count);
        } else {
            prowide(count);
        }
        System.out.printf("max heap %d MB, peak heap used %d MB%n", maxHeap >> 20, peakHeapBytes() >> 20);
    }

    private static void engine(int count) throws Exception {
        PaymentFileHeader header = BenchmarkData.header(count);
        Path file = Files.createTempFile("pain001-", ".xml");
        try {
            long start = System.nanoTime();
            WriteSummary summary;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                summary = Pain001Writer.write(header, BenchmarkData.stream(count), out);
            }
            long written = System.nanoTime();
            Pain001Check.Report report = Pain001Check.check(file);
            long checked = System.nanoTime();
            System.out.printf("engine: %d transactions, %d MB file, written in %d ms, checked (XSD + rules) in %d ms,"
                    + " findings %d%n", summary.nbOfTxs(), Files.size(file) >> 20, (written - start) / 1_000_000,
                    (checked - written) / 1_000_000, report.findings().size());
        } finally {
            Files.delete(file);
        }
    }

    private static void prowide(int count) {
        ProwidePain001.init();
        List<CreditTransfer> transfers = BenchmarkData.list(count);
        PaymentFileHeader header = BenchmarkData.header(count);
        long start = System.nanoTime();
        String xml = ProwidePain001.message(ProwidePain001.model(header, transfers));
        System.out.printf("prowide: %d transactions, %d MB of chars, model + message() in %d ms%n", count,
                xml.length() >> 20, (System.nanoTime() - start) / 1_000_000);
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
