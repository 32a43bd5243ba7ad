package nl.gbi.runs;

import java.time.Duration;
import java.util.Map;

/**
 * How the betaalrun worker runs, from {@code GBI_BETAALRUN_*} environment variables.
 *
 * @param chunkSize dossiers per chunk: one tenant transaction each ({@code GBI_BETAALRUN_CHUNK_SIZE})
 * @param lease how long a claimed chunk or batch step is an instance's own; after that another instance takes
 *              it over ({@code GBI_BETAALRUN_LEASE_SECONDS})
 * @param pollMillis how long an idle worker waits before it looks for work again ({@code GBI_BETAALRUN_POLL_MS})
 */
public record BetaalrunSettings(int chunkSize, Duration lease, long pollMillis) {

    public static final int CHUNK_SIZE_MAX = 10_000;
    /** A chunk or batch step that failed this often is not tried again; the run becomes FAILED. */
    public static final int ATTEMPTS_MAX = 5;

    public BetaalrunSettings {
        if (chunkSize < 1 || chunkSize > CHUNK_SIZE_MAX) {
            throw new IllegalArgumentException("chunk size 1 to " + CHUNK_SIZE_MAX + ", not " + chunkSize);
        }
        if (lease.toSeconds() < 1 || pollMillis < 10) {
            throw new IllegalArgumentException("lease at least 1 s, poll at least 10 ms");
        }
    }

    public static BetaalrunSettings fromEnv(Map<String, String> env) {
        return new BetaalrunSettings(intOr(env.get("GBI_BETAALRUN_CHUNK_SIZE"), 1_000),
                Duration.ofSeconds(intOr(env.get("GBI_BETAALRUN_LEASE_SECONDS"), 60)),
                intOr(env.get("GBI_BETAALRUN_POLL_MS"), 1_000));
    }

    private static int intOr(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a whole number: " + value, e);
        }
    }
}
