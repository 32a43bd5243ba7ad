package nl.gbi.sepa;

import com.prowidesoftware.swift.model.mx.MxPain00100109;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.gbi.sepa.pain001.CreditTransfer;
import nl.gbi.sepa.pain001.Pain001Writer;
import nl.gbi.sepa.pain001.PaymentFileHeader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine's streaming pain.001 writer against prowide's own {@code message()} (default namespace) on the
 * same transactions in the same run. prowide's model is built in the setup, so only {@code message()} is
 * timed: the comparison favours prowide. The engine writes to a byte-counting sink; prowide to a String.
 *
 * <p>Run: {@code mvn -B -o -q test-compile exec:exec@jmh -Djmh.args="Pain001WriterBenchmark -f 1 -wi 1 -i 3"}
 * (add {@code -prof gc} for allocation). The fork gets 12 GB because prowide needs several GB at 1,000,000.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms12g", "-Xmx12g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class Pain001WriterBenchmark {

    @Param({"100000", "1000000"})
    public int transactions;

    private List<CreditTransfer> transfers;
    private PaymentFileHeader header;
    private MxPain00100109 model;

    @Setup(Level.Trial)
    public void setUp() {
        ProwidePain001.init();
        transfers = BenchmarkData.list(transactions);
        header = BenchmarkData.header(transactions);
        model = ProwidePain001.model(header, transfers);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        transfers = null;
        model = null;
    }

    @Benchmark
    public long engineWriter() {
        BenchmarkData.CountingSink sink = new BenchmarkData.CountingSink();
        Pain001Writer.write(header, transfers.iterator(), sink);
        return sink.bytes();
    }

    @Benchmark
    public int prowideMessage() {
        return ProwidePain001.message(model).length();
    }
}
