package nl.gbi.cli;

import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import nl.gbi.EngineConfig;
import nl.gbi.StartFailure;
import nl.gbi.tenants.TenantConfigException;

/**
 * Turns a failed start into its exit code and one line for ops: what failed, why, and what to do. The step
 * ({@link StartFailure.Stage}) and the cause's type decide, never the wording of a message; the message is only
 * quoted as the "why". No line quotes GBI_DATABASE_URL: it may hold a password.
 */
public final class StartupFailures {

    /** The code and the line to print on stderr. */
    public record Verdict(ExitCode exit, String line) {
    }

    private StartupFailures() {
    }

    public static Verdict classify(String command, EngineConfig config, Throwable failure) {
        Throwable cause = unwrap(failure);
        String where = database(config);
        if (find(cause, TenantConfigException.class).isPresent()) {
            return verdict(command, ExitCode.CONFIGURATION, "tenant configuration: " + why(cause),
                    "correct the file named in " + config.tenantsDir() + " and start again");
        }
        if (!(cause instanceof StartFailure start)) {
            if (cause instanceof IllegalArgumentException) {
                return verdict(command, ExitCode.CONFIGURATION, "configuration: " + why(cause),
                        "correct the setting (docs/operations.md, Configuration) and start again");
            }
            return verdict(command, ExitCode.INTERNAL, "unexpected error: " + why(cause), "the stack trace follows");
        }
        Throwable inner = start.getCause();
        return switch (start.stage()) {
            case EMBEDDED_DATABASE -> DataDirectory.inUse(config.dataDir())
                    ? dataDirInUse(command, config.dataDir())
                    : verdict(command, ExitCode.DATABASE_START_FAILED, "the embedded PostgreSQL in "
                            + config.dataDir().resolve("pg") + " did not start: " + why(inner),
                            "see " + config.dataDir().resolve("postgres.log"));
            case DATABASE_CONNECT, MIGRATIONS -> database(command, start.stage(), where, inner);
            case LISTEN -> verdict(command, ExitCode.PORT_UNAVAILABLE, "cannot listen on " + config.host() + ":"
                    + config.port() + ": " + why(find(inner, BindException.class).map(Throwable.class::cast).orElse(inner)),
                    "stop the process that holds the port (ss -ltnp 'sport = :" + config.port()
                            + "') or choose another with --port");
        };
    }

    /** Before a start: another engine holds the data directory. */
    public static Verdict dataDirInUse(String command, java.nio.file.Path dataDir) {
        return verdict(command, ExitCode.DATA_DIR_IN_USE, "the data directory " + dataDir + " is in use by a running"
                + " engine (its embedded PostgreSQL is locked)", "stop that engine first, or use another --data-dir");
    }

    public static Verdict timedOut(String command, long seconds) {
        return verdict(command, ExitCode.START_TIMEOUT, "the engine did not finish starting within " + seconds
                + " s (waiting for the database or a migration)", "see the log above; raise GBI_START_TIMEOUT_SECONDS"
                + " if a long migration is expected");
    }

    private static Verdict database(String command, StartFailure.Stage stage, String where, Throwable inner) {
        if (unreachable(inner) || (stage == StartFailure.Stage.DATABASE_CONNECT && find(inner, PgException.class).isEmpty())) {
            return verdict(command, ExitCode.DATABASE_UNREACHABLE, "cannot reach " + where + ": " + why(inner),
                    "check host and port in GBI_DATABASE_URL, and that PostgreSQL runs and accepts TCP connections "
                            + "from this host");
        }
        Optional<PgException> refusal = find(inner, PgException.class).filter(StartupFailures::refusal);
        if (refusal.isPresent() || stage == StartFailure.Stage.DATABASE_CONNECT) {
            return verdict(command, ExitCode.DATABASE_REFUSED, where + " refused the engine: "
                    + why(refusal.map(Throwable.class::cast).orElse(inner)),
                    "check the user, password and database of GBI_DATABASE_URL and GBI_APP_DB_PASSWORD "
                            + "(docs/operations.md, An external PostgreSQL)");
        }
        return verdict(command, ExitCode.MIGRATION_FAILED, "the schema in " + where + " was not migrated: " + why(inner),
                "nothing of the failed step was kept; restore the migration files this engine shipped with, or "
                        + "prepare the database as docs/operations.md says, and start again");
    }

    /** Authentication (class 28), no such database (3D000), too many connections (53300), not allowed to connect (42501). */
    private static boolean refusal(PgException e) {
        String state = e.getSqlState() == null ? "" : e.getSqlState();
        return state.startsWith("28") || state.equals("3D000") || state.equals("53300") || state.equals("42501");
    }

    private static boolean unreachable(Throwable failure) {
        return find(failure, ConnectException.class).isPresent() || find(failure, UnknownHostException.class).isPresent()
                || find(failure, NoRouteToHostException.class).isPresent();
    }

    private static String database(EngineConfig config) {
        if (config.databaseUrl() == null) {
            return "the embedded PostgreSQL in " + config.dataDir().resolve("pg");
        }
        try {
            PgConnectOptions options = PgConnectOptions.fromUri(config.databaseUrl());
            return "PostgreSQL at " + options.getHost() + ":" + options.getPort() + "/" + options.getDatabase();
        } catch (RuntimeException e) {
            return "PostgreSQL of GBI_DATABASE_URL";
        }
    }

    private static Verdict verdict(String command, ExitCode exit, String what, String todo) {
        return new Verdict(exit, "gbi " + command + ": " + what + "; " + todo + " (exit " + exit.code() + ", "
                + exit.name() + ")");
    }

    /** The message on one line: a multi-line message would break "one line". */
    private static String why(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while (current.getCause() != null && (current instanceof CompletionException || current instanceof ExecutionException)) {
            current = current.getCause();
        }
        return current;
    }

    private static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
