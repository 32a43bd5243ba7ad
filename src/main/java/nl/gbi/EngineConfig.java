package nl.gbi;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import nl.gbi.runs.BetaalrunSettings;

/**
 * How an engine runs: from {@code serve} flags and {@code GBI_*} environment variables.
 *
 * @param databaseUrl {@code GBI_DATABASE_URL}: the owner role's URL of an external server (with {@code sslmode});
 *                    null starts the embedded PostgreSQL in {@code <dataDir>/pg}
 * @param appDatabasePassword {@code GBI_APP_DB_PASSWORD}: the password a DBA gave {@code gbi_app} on that server
 *                            (the engine uses it, never sets it)
 * @param maxBodyBytes {@code GBI_MAX_BODY_BYTES}: the largest intake request body
 * @param betaalrun chunk size, lease and poll interval of the betaalrun worker ({@code GBI_BETAALRUN_*})
 */
public record EngineConfig(String host, int port, Path dataDir, Path tenantsDir, String databaseUrl,
                           String appDatabasePassword, long maxBodyBytes, int poolSizeMax, BetaalrunSettings betaalrun) {

    public static final long MAX_BODY_BYTES_DEFAULT = 256L * 1024 * 1024;
    public static final int POOL_SIZE_DEFAULT = 16;

    public static EngineConfig defaults(Map<String, String> env) {
        return new EngineConfig("127.0.0.1", 8080, Path.of("data"), Path.of("tenants"),
                blankToNull(env.get("GBI_DATABASE_URL")), blankToNull(env.get("GBI_APP_DB_PASSWORD")),
                longOr(env.get("GBI_MAX_BODY_BYTES"), MAX_BODY_BYTES_DEFAULT),
                (int) longOr(env.get("GBI_DB_POOL_SIZE"), POOL_SIZE_DEFAULT), betaalrun(env));
    }

    private static BetaalrunSettings betaalrun(Map<String, String> env) {
        return new BetaalrunSettings(
                (int) longOr(env.get("GBI_BETAALRUN_CHUNK_SIZE"), BetaalrunSettings.CHUNK_SIZE_DEFAULT),
                Duration.ofSeconds(longOr(env.get("GBI_BETAALRUN_LEASE_SECONDS"), BetaalrunSettings.LEASE_SECONDS_DEFAULT)),
                longOr(env.get("GBI_BETAALRUN_POLL_MS"), BetaalrunSettings.POLL_MS_DEFAULT),
                (int) longOr(env.get("GBI_BETAALRUN_LOOPS"), BetaalrunSettings.LOOPS_DEFAULT));
    }

    public EngineConfig withHost(String value) {
        return new EngineConfig(value, port, dataDir, tenantsDir, databaseUrl, appDatabasePassword, maxBodyBytes, poolSizeMax, betaalrun);
    }

    public EngineConfig withPort(int value) {
        return new EngineConfig(host, value, dataDir, tenantsDir, databaseUrl, appDatabasePassword, maxBodyBytes, poolSizeMax, betaalrun);
    }

    public EngineConfig withDataDir(Path value) {
        return new EngineConfig(host, port, value, tenantsDir, databaseUrl, appDatabasePassword, maxBodyBytes, poolSizeMax, betaalrun);
    }

    public EngineConfig withTenantsDir(Path value) {
        return new EngineConfig(host, port, dataDir, value, databaseUrl, appDatabasePassword, maxBodyBytes, poolSizeMax, betaalrun);
    }

    public EngineConfig withDatabaseUrl(String value) {
        return new EngineConfig(host, port, dataDir, tenantsDir, value, appDatabasePassword, maxBodyBytes, poolSizeMax, betaalrun);
    }

    public EngineConfig withAppDatabasePassword(String value) {
        return new EngineConfig(host, port, dataDir, tenantsDir, databaseUrl, value, maxBodyBytes, poolSizeMax, betaalrun);
    }

    public EngineConfig withMaxBodyBytes(long value) {
        return new EngineConfig(host, port, dataDir, tenantsDir, databaseUrl, appDatabasePassword, value, poolSizeMax, betaalrun);
    }

    public EngineConfig withBetaalrun(BetaalrunSettings value) {
        return new EngineConfig(host, port, dataDir, tenantsDir, databaseUrl, appDatabasePassword, maxBodyBytes, poolSizeMax,
                value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static long longOr(String value, long fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a whole number: " + value, e);
        }
    }
}
