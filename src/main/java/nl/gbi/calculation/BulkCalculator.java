package nl.gbi.calculation;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import nl.gbi.domain.Berekening;

/**
 * Calculates many berekeningen on worker threads: the list is cut into chunks of at most {@code chunkSize},
 * each chunk runs as one task on the given {@link Executor} (a worker pool, never an event loop). Either all
 * outcomes come back in input order ({@link #calculateAll}), or each chunk is handed to a sink as soon as it is
 * done ({@link #calculateInChunks}), so a betaalrun can store and drop results without holding them all.
 * A bug that breaks an invariant fails the whole future: a betaalrun must not continue on a partial result.
 */
public final class BulkCalculator {

    public static final int CHUNK_SIZE_DEFAULT = 4096;
    public static final int CHUNK_SIZE_MAX = 65_536;

    /** Receives one chunk's outcomes, on the worker thread that calculated them; {@code offset} is the first index. */
    @FunctionalInterface
    public interface ChunkSink {
        void accept(int offset, List<Outcome> outcomes);
    }

    private final Calculator calculator;
    private final Executor executor;
    private final int chunkSize;

    public BulkCalculator(Calculator calculator, Executor executor, int chunkSize) {
        if (chunkSize < 1 || chunkSize > CHUNK_SIZE_MAX) {
            throw new IllegalArgumentException("chunkSize must be 1.." + CHUNK_SIZE_MAX + ", got " + chunkSize);
        }
        this.calculator = calculator;
        this.executor = executor;
        this.chunkSize = chunkSize;
    }

    public BulkCalculator(Calculator calculator, Executor executor) {
        this(calculator, executor, CHUNK_SIZE_DEFAULT);
    }

    /** All outcomes, in input order. */
    public CompletableFuture<List<Outcome>> calculateAll(List<Berekening> berekeningen) {
        Outcome[] outcomes = new Outcome[berekeningen.size()];
        ChunkSink intoArray = (offset, chunk) -> {
            for (int i = 0; i < chunk.size(); i++) {
                outcomes[offset + i] = chunk.get(i);
            }
        };
        // allOf happens-before thenApply, so every slot written by a chunk is visible here.
        return calculateInChunks(berekeningen, intoArray).thenApply(done -> List.copyOf(Arrays.asList(outcomes)));
    }

    /** Each chunk's outcomes to {@code sink}; completes when every chunk has been calculated and accepted. */
    public CompletableFuture<Void> calculateInChunks(List<Berekening> berekeningen, ChunkSink sink) {
        List<Berekening> input = List.copyOf(berekeningen);
        int chunks = (input.size() + chunkSize - 1) / chunkSize;
        CompletableFuture<?>[] tasks = new CompletableFuture<?>[chunks];
        for (int c = 0; c < chunks; c++) {
            int from = c * chunkSize;
            int to = Math.min(from + chunkSize, input.size());
            tasks[c] = CompletableFuture.runAsync(() -> sink.accept(from, calculateChunk(input, from, to)), executor);
        }
        return CompletableFuture.allOf(tasks);
    }

    private List<Outcome> calculateChunk(List<Berekening> input, int from, int to) {
        Outcome[] outcomes = new Outcome[to - from];
        for (int i = from; i < to; i++) {
            outcomes[i - from] = calculator.calculate(input.get(i));
        }
        return Arrays.asList(outcomes);
    }
}
