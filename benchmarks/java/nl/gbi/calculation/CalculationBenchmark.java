package nl.gbi.calculation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import nl.gbi.domain.Berekening;
import nl.gbi.parameters.ParameterResource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the Participatiewet calculation on a realistic, seeded mix (HouseholdGenerator: kostendelers,
 * income with vrijlatingen, verlagingen, huur, beslag, aflossing, day-splitting). Three measures:
 * {@code calculateOne} (berekeningen per second on one thread), {@code millionOnOneCore} (1.000.000 in a row on
 * one thread), {@code millionBulkAllCoresStreamed} (1.000.000 through BulkCalculator on one worker per core, each
 * chunk consumed and dropped) and {@code millionBulkAllCores} (the same, all outcomes kept in one list).
 * Run: mvn -B -o -q test-compile exec:exec@jmh -Djmh.args="CalculationBenchmark -f 1 -wi 3 -i 5"
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
@Threads(1)
public class CalculationBenchmark {

    private static final int DISTINCT = 100_000;
    private static final int MILLION = 1_000_000;

    private Calculator calculator;
    private Berekening[] distinct;
    private List<Berekening> million;
    private ExecutorService workers;
    private BulkCalculator bulk;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        calculator = new Calculator(ParameterResource.load(), CalculationSettings.DEFAULTS);
        distinct = new HouseholdGenerator(42).generate(DISTINCT).toArray(new Berekening[0]);
        million = new ArrayList<>(MILLION);
        for (int i = 0; i < MILLION; i++) {
            million.add(distinct[i % DISTINCT]);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        workers = Executors.newFixedThreadPool(cores);
        bulk = new BulkCalculator(calculator, workers);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws InterruptedException {
        workers.shutdown();
        workers.awaitTermination(1, TimeUnit.MINUTES);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Outcome calculateOne() {
        Berekening berekening = distinct[next];
        next = next + 1 == DISTINCT ? 0 : next + 1;
        return calculator.calculate(berekening);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void millionOnOneCore(Blackhole blackhole) {
        for (int i = 0; i < MILLION; i++) {
            blackhole.consume(calculator.calculate(million.get(i)));
        }
    }

    /** 1.000.000 on all cores, each chunk consumed and dropped as a betaalrun that stores per chunk would. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long millionBulkAllCoresStreamed() throws Exception {
        LongAdder total = new LongAdder();
        bulk.calculateInChunks(million, (offset, outcomes) -> {
            long sum = 0;
            for (Outcome outcome : outcomes) {
                sum += outcome instanceof Outcome.Success s ? s.resultaat().uitkeringInclVakantiegeld().cents() : 0;
            }
            total.add(sum);
        }).get(5, TimeUnit.MINUTES);
        return total.sum();
    }

    /** 1.000.000 on all cores, all outcomes kept in one list (calculateAll): includes the GC cost of holding them. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<Outcome> millionBulkAllCores() throws Exception {
        return bulk.calculateAll(million).get(5, TimeUnit.MINUTES);
    }
}
