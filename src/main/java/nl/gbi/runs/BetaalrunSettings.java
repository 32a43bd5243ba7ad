package nl.gbi.runs;

import java.time.Duration;
import nl.gbi.batches.NewBatch;

/**
 * How the betaalrun worker runs; {@code EngineConfig} reads it from {@code GBI_BETAALRUN_*} environment variables.
 *
 * @param chunkSize dossiers per chunk: one tenant transaction each ({@code GBI_BETAALRUN_CHUNK_SIZE})
 * @param lease how long a claimed chunk or batch step is an instance's own; after that another instance takes
 *              it over ({@code GBI_BETAALRUN_LEASE_SECONDS})
 * @param pollMillis how long an idle worker waits before it looks for work again ({@code GBI_BETAALRUN_POLL_MS})
 * @param loops steps one instance works on at once ({@code GBI_BETAALRUN_LOOPS}); each holds a connection
 * @param linesPerBatch the most payment lines of one tenant's run in one batch ({@code GBI_BETAALRUN_LINES_PER_BATCH},
 *                      at most {@link NewBatch#LINES_MAX}); more make several batches ({@link BatchParts})
 * @param warmUpDossiers made-up dossiers the engine puts through the run's CPU work when it starts, 0 for none
 *                       ({@code GBI_BETAALRUN_WARMUP_DOSSIERS}, at most {@link BetaalrunWarmup#DOSSIERS_MAX})
 */
public record BetaalrunSettings(int chunkSize, Duration lease, long pollMillis, int loops, int linesPerBatch,
                                int warmUpDossiers) {

    /** Batches as large as a batch may be, and no warm-up. */
    public BetaalrunSettings(int chunkSize, Duration lease, long pollMillis, int loops) {
        this(chunkSize, lease, pollMillis, loops, NewBatch.LINES_MAX, 0);
    }

    /** No warm-up. */
    public BetaalrunSettings(int chunkSize, Duration lease, long pollMillis, int loops, int linesPerBatch) {
        this(chunkSize, lease, pollMillis, loops, linesPerBatch, 0);
    }

    /** The same settings with {@code dossiers} made-up dossiers warmed up at start (0: none). */
    public BetaalrunSettings withWarmUpDossiers(int dossiers) {
        return new BetaalrunSettings(chunkSize, lease, pollMillis, loops, linesPerBatch, dossiers);
    }

    public static final int CHUNK_SIZE_MAX = 10_000;
    public static final int CHUNK_SIZE_DEFAULT = 1_000;
    public static final int LEASE_SECONDS_DEFAULT = 60;
    public static final int POLL_MS_DEFAULT = 1_000;
    public static final int LOOPS_DEFAULT = 2;
    public static final int LOOPS_MAX = 8;
    /** A chunk or batch step that failed this often is not tried again; the run becomes FAILED. */
    public static final int ATTEMPTS_MAX = 5;

    public BetaalrunSettings {
        if (chunkSize < 1 || chunkSize > CHUNK_SIZE_MAX) {
            throw new IllegalArgumentException("chunk size 1 to " + CHUNK_SIZE_MAX + ", not " + chunkSize);
        }
        if (linesPerBatch < 1 || linesPerBatch > NewBatch.LINES_MAX) {
            throw new IllegalArgumentException("lines per batch 1 to " + NewBatch.LINES_MAX + ", not " + linesPerBatch);
        }
        if (warmUpDossiers < 0 || warmUpDossiers > BetaalrunWarmup.DOSSIERS_MAX) {
            throw new IllegalArgumentException("warm-up 0 to " + BetaalrunWarmup.DOSSIERS_MAX + " dossiers, not "
                    + warmUpDossiers);
        }
        if (lease.toSeconds() < 1 || pollMillis < 10 || loops < 1 || loops > LOOPS_MAX) {
            throw new IllegalArgumentException("lease at least 1 s, poll at least 10 ms, 1 to " + LOOPS_MAX + " loops");
        }
    }
}
