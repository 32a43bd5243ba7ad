package nl.gbi.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.gbi.json.BerekeningReader;
import nl.gbi.json.JsonRecordStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The engine's CPU work per submitted record, without HTTP and database: split an NDJSON body of 10.000
 * records and validate each with every contract rule. One thread, i.e. one event loop.
 *
 * <pre>mvn -B -q test-compile exec:exec@jmh -Djmh.args="BerekeningReaderBenchmark"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BerekeningReaderBenchmark {

    private static final int RECORDS = 10_000;

    private byte[] body;

    @Setup
    public void generate() {
        body = IntakeLoadHarness.bodies(RECORDS, RECORDS).get(0).getBytes(StandardCharsets.UTF_8);
    }

    /** One operation is a body of 10.000 records: multiply ops/s by 10.000 for records/s. */
    @Benchmark
    public void splitAndValidate10k(Blackhole sink) throws IOException {
        JsonRecordStream stream = new JsonRecordStream(JsonRecordStream.Framing.NDJSON);
        BerekeningReader reader = new BerekeningReader();
        List<JsonNode> records = stream.feed(body);
        for (JsonNode record : records) {
            sink.consume(reader.read(record));
        }
        sink.consume(stream.end());
    }
}
