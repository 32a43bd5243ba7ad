package nl.gbi;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import nl.gbi.access.JwtClientSettings;
import nl.gbi.http.HttpLimits;
import nl.gbi.batches.NewBatch;
import nl.gbi.runs.BetaalrunSettings;
import nl.gbi.runs.BetaalrunWarmup;

/**
 * How an engine runs: from {@code serve} flags and {@code GBI_*} environment variables.
 *
 * @param databaseUrl {@code GBI_DATABASE_URL}: the owner role's URL of an external server (with {@code sslmode});
 *                    null starts the embedded PostgreSQL in {@code <dataDir>/pg}
 * @param appDatabasePassword {@code GBI_APP_DB_PASSWORD}: the password a DBA gave {@code gbi_app} on that server
 *                            (the engine uses it, never sets it)
 * @param maxBodyBytes {@code GBI_MAX_BODY_BYTES}: the largest intake request body
 * @param betaalrun chunk size, lease and poll interval of the betaalrun worker ({@code GBI_BETAALRUN_*})
 * @param httpLimits upload idle timeout and concurrent requests per token and per municipality
 *                   ({@code GBI_UPLOAD_IDLE_SECONDS}, {@code GBI_REQUESTS_PER_TOKEN_MAX}, {@code GBI_REQUESTS_PER_TENANT_MAX})
 * @param clock what "now" is for execution dates and file creation times (the system clock; tests set another)
 * @param publicUrl {@code GBI_PUBLIC_URL}: the page's origin as browsers reach it through the proxy (redirect URI of
 *                  the officers' sign-in, Secure cookies when https); null: {@code http://<host>:<port>}
 * @param oidcSecrets every {@code GBI_OIDC_SECRET_<gemeentecode>}: the client secret of that municipality's sign-in
 */
public record EngineConfig(String host, int port, Path dataDir, Path tenantsDir, String databaseUrl,
                           String appDatabasePassword, long maxBodyBytes, int poolSizeMax, BetaalrunSettings betaalrun,
                           HttpLimits httpLimits, Clock clock, JwtClientSettings jwtClients, String publicUrl,
                           Map<String, String> oidcSecrets) {

    public EngineConfig {
        oidcSecrets = Map.copyOf(oidcSecrets);
        if (publicUrl != null && !publicUrl.matches("https?://[^/?#\\s]+")) {
            throw new IllegalArgumentException("GBI_PUBLIC_URL is the page's origin, e.g. https://betaalmotor.gbi.nl: "
                    + publicUrl);
        }
    }

    public static final long MAX_BODY_BYTES_DEFAULT = 256L * 1024 * 1024;
    public static final int POOL_SIZE_DEFAULT = 16;

    public static EngineConfig defaults(Map<String, String> env) {
        return new EngineConfig("127.0.0.1", 8080, Path.of("data"), Path.of("tenants"),
                blankToNull(env.get("GBI_DATABASE_URL")), blankToNull(env.get("GBI_APP_DB_PASSWORD")),
                longOr(env.get("GBI_MAX_BODY_BYTES"), MAX_BODY_BYTES_DEFAULT),
                (int) longOr(env.get("GBI_DB_POOL_SIZE"), POOL_SIZE_DEFAULT), betaalrun(env), httpLimits(env),
                Clock.systemUTC(), JwtClientSettings.fromEnv(env), blankToNull(env.get("GBI_PUBLIC_URL")),
                oidcSecrets(env));
    }

    /** The client secrets of the municipalities' sign-in: every {@code GBI_OIDC_SECRET_<gemeentecode>}. */
    private static Map<String, String> oidcSecrets(Map<String, String> env) {
        Map<String, String> secrets = new java.util.TreeMap<>();
        env.forEach((name, value) -> {
            if (name.startsWith("GBI_OIDC_SECRET_") && value != null && !value.isBlank()) {
                secrets.put(name, value);
            }
        });
        return secrets;
    }

    // --- HTTP limits (issue 10, point 3) ---
    private static HttpLimits httpLimits(Map<String, String> env) {
        return new HttpLimits(
                (int) longOr(env.get("GBI_UPLOAD_IDLE_SECONDS"), HttpLimits.UPLOAD_IDLE_SECONDS_DEFAULT),
                (int) longOr(env.get("GBI_REQUESTS_PER_TOKEN_MAX"), HttpLimits.REQUESTS_PER_TOKEN_MAX_DEFAULT),
                (int) longOr(env.get("GBI_REQUESTS_PER_TENANT_MAX"), HttpLimits.REQUESTS_PER_TENANT_MAX_DEFAULT));
    }

    public EngineConfig withHttpLimits(HttpLimits value) {
        return new EngineConfig(host, port, dataDir, tenantsDir, databaseUrl, appDatabasePassword, maxBodyBytes, poolSizeMax,
                betaalrun, value, clock, jwtClients, publicUrl, oidcSecrets);
    }

    /** Where intake bodies are spooled while they arrive: {@code <data-dir>/spool}. */
    public Path spoolDir() {
        return dataDir.resolve("spool");
    }
    // --- end of HTTP limits ---

    private static BetaalrunSettings betaalrun(Map<String, String> env) {
        return new BetaalrunSettings(
                (int) longOr(env.get("GBI_BETAALRUN_CHUNK_SIZE"), BetaalrunSettings.CHUNK_SIZE_DEFAULT),
                Duration.ofSeconds(longOr(env.get("GBI_BETAALRUN_LEASE_SECONDS"), BetaalrunSettings.LEASE_SECONDS_DEFAULT)),
                longOr(env.get("GBI_BETAALRUN_POLL_MS"), BetaalrunSettings.POLL_MS_DEFAULT),
                (int) longOr(env.get("GBI_BETAALRUN_LOOPS"), BetaalrunSettings.LOOPS_DEFAULT),
                (int) longOr(env.get("GBI_BETAALRUN_LINES_PER_BATCH"), NewBatch.LINES_MAX),
                (int) longOr(env.get("GBI_BETAALRUN_WARMUP_DOSSIERS"), BetaalrunWarmup.DOSSIERS_DEFAULT));
    }

    public EngineConfig withHost(String value) {
        return new EngineConfig(value, port, dataDir, tenantsDir, databaseUrl, appDatabasePassword, maxBodyBytes, poolSizeMax, betaalrun, httpLimits, clock, jwtClients, publicUrl, oidcSecrets);
    }

    public EngineConfig withPort(int value) {
        return new EngineConfig(host, value, dataDir, tenantsDir, databaseUrl, appDatabasePassword, maxBodyBytes, poolSizeMax, betaalrun, httpLimits, clock, jwtClients, publicUrl, oidcSecrets);
    }

    public EngineConfig withDataDir(Path value) {
        return new EngineConfig(host, port, value, tenantsDir, databaseUrl, appDatabasePassword, maxBodyBytes, poolSizeMax, betaalrun, httpLimits, clock, jwtClients, publicUrl, oidcSecrets);
    }

    public EngineConfig withTenantsDir(Path value) {
        return new EngineConfig(host, port, dataDir, value, databaseUrl, appDatabasePassword, maxBodyBytes, poolSizeMax, betaalrun, httpLimits, clock, jwtClients, publicUrl, oidcSecrets);
    }

    public EngineConfig withDatabaseUrl(String value) {
        return new EngineConfig(host, port, dataDir, tenantsDir, value, appDatabasePassword, maxBodyBytes, poolSizeMax, betaalrun, httpLimits, clock, jwtClients, publicUrl, oidcSecrets);
    }

    public EngineConfig withAppDatabasePassword(String value) {
        return new EngineConfig(host, port, dataDir, tenantsDir, databaseUrl, value, maxBodyBytes, poolSizeMax, betaalrun,
                httpLimits, clock, jwtClients, publicUrl, oidcSecrets);
    }

    public EngineConfig withMaxBodyBytes(long value) {
        return new EngineConfig(host, port, dataDir, tenantsDir, databaseUrl, appDatabasePassword, value, poolSizeMax, betaalrun, httpLimits, clock, jwtClients, publicUrl, oidcSecrets);
    }

    public EngineConfig withClock(Clock value) {
        return new EngineConfig(host, port, dataDir, tenantsDir, databaseUrl, appDatabasePassword, maxBodyBytes, poolSizeMax,
                betaalrun, httpLimits, value, jwtClients, publicUrl, oidcSecrets);
    }

    public EngineConfig withJwtClients(JwtClientSettings value) {
        return new EngineConfig(host, port, dataDir, tenantsDir, databaseUrl, appDatabasePassword, maxBodyBytes, poolSizeMax,
                betaalrun, httpLimits, clock, value, publicUrl, oidcSecrets);
    }

    /** The page's origin as browsers see it (for the sign-in's redirect URI and Secure cookies); null: http://host:port. */
    public EngineConfig withPublicUrl(String value) {
        return new EngineConfig(host, port, dataDir, tenantsDir, databaseUrl, appDatabasePassword, maxBodyBytes, poolSizeMax,
                betaalrun, httpLimits, clock, jwtClients, value, oidcSecrets);
    }

    public EngineConfig withOidcSecrets(Map<String, String> value) {
        return new EngineConfig(host, port, dataDir, tenantsDir, databaseUrl, appDatabasePassword, maxBodyBytes, poolSizeMax,
                betaalrun, httpLimits, clock, jwtClients, publicUrl, value);
    }

    public EngineConfig withBetaalrun(BetaalrunSettings value) {
        return new EngineConfig(host, port, dataDir, tenantsDir, databaseUrl, appDatabasePassword, maxBodyBytes, poolSizeMax,
                value, httpLimits, clock, jwtClients, publicUrl, oidcSecrets);
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
