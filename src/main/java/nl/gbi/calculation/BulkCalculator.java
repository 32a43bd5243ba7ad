package nl.gbi.calculation;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import nl.gbi.domain.Berekening;

/**
 * Calculates many berekeningen on worker threads: the list is cut into chunks of at most {@code chunkSize},
 * each chunk runs as one task on the given {@link Executor} (a worker pool, never an event loop), and the
 * outcomes come back in input order. A bug that breaks an invariant fails the whole future: a betaalrun must
 * not continue on a partial result.
 */
public final class BulkCalculator {

    public static final int CHUNK_SIZE_DEFAULT = 4096;
    public static final int CHUNK_SIZE_MAX = 65_536;

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

    public CompletableFuture<List<Outcome>> calculateAll(List<Berekening> berekeningen) {
        List<Berekening> input = List.copyOf(berekeningen);
        Outcome[] outcomes = new Outcome[input.size()];
        int chunks = (input.size() + chunkSize - 1) / chunkSize;
        CompletableFuture<?>[] tasks = new CompletableFuture<?>[chunks];
        for (int c = 0; c < chunks; c++) {
            int from = c * chunkSize;
            int to = Math.min(from + chunkSize, input.size());
            tasks[c] = CompletableFuture.runAsync(() -> calculateChunk(input, outcomes, from, to), executor);
        }
        // allOf happens-before thenApply, so every slot written by a chunk is visible here.
        return CompletableFuture.allOf(tasks).thenApply(done -> List.copyOf(Arrays.asList(outcomes)));
    }

    private void calculateChunk(List<Berekening> input, Outcome[] outcomes, int from, int to) {
        for (int i = from; i < to; i++) {
            outcomes[i] = calculator.calculate(input.get(i));
        }
    }
}
