package nl.gbi.sepa;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of transliterating one creditor name, since the writer does it for every payment of a run: a
 * Dutch name (the common case, untouched by the Cyrillic and Greek tables), a Cyrillic and a Greek name.
 *
 * <p>Run: {@code mvn -B -o -q test-compile exec:exec@jmh -Djmh.args="TransliteratorBenchmark -f 1 -wi 2 -i 3"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class TransliteratorBenchmark {

    @Param({"Renée de Vries-Çelik", "Олександр Гнатюк-Білик", "Ελένη Παπαδοπούλου"})
    public String name;

    @Benchmark
    public Transliteration transliterate() {
        return Transliterator.transliterate(name, 70);
    }
}
