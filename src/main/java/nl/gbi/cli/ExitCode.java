package nl.gbi.cli;

/**
 * Every exit code of {@code gbi.jar}, in one place: {@code --help} prints this table and docs/operations.md
 * ("Exit codes") lists the same. A start-up failure has a code of its own per cause, so that a supervisor or an
 * ops script can tell "fix the configuration" from "wait for the database" without reading the log. Codes are
 * stable: add new ones, never renumber.
 */
public enum ExitCode {

    OK(0, "done (for serve and demo without --exit: stopped by SIGTERM is 143, the JVM's own code)"),
    PROBLEM_FOUND(1, "the command ran and found a problem: an audit chain is broken (audit verify), "
            + "a pain.001 file is not valid (demo --exit), a parameter set would be refused (parameters check)"),
    USAGE(2, "bad arguments: an unknown command or option, a missing or malformed value; the usage is on stderr. "
            + "calc also exits 2 when any berekening was refused (the contract's code)"),
    CONFIGURATION(3, "the configuration is wrong: a tenant file, a GBI_* variable, GBI_DATABASE_URL's syntax"),
    PORT_UNAVAILABLE(4, "cannot listen on --host/--port: the port is taken by another process or not allowed"),
    DATABASE_UNREACHABLE(5, "no PostgreSQL answers at GBI_DATABASE_URL (refused, unknown host, connect timeout)"),
    DATABASE_REFUSED(6, "PostgreSQL answers but refuses: wrong password, unknown user or database, no permission"),
    MIGRATION_FAILED(7, "the schema could not be migrated: an applied migration was changed (checksum), the database "
            + "is newer than this engine, or a migration's SQL failed (rolled back)"),
    DATA_DIR_IN_USE(8, "the embedded database in --data-dir is in use by a running engine; stop it or use another "
            + "--data-dir (audit verify: stop serve first, or verify against GBI_DATABASE_URL)"),
    DATABASE_START_FAILED(9, "the embedded PostgreSQL in --data-dir did not start (see <data-dir>/postgres.log)"),
    START_TIMEOUT(10, "the start did not finish within GBI_START_TIMEOUT_SECONDS (default 600)"),
    INTERNAL(70, "an unexpected error: a bug or an environment problem; the stack trace follows on stderr");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /** The table for {@code --help}: one line per code. */
    public static String table() {
        StringBuilder text = new StringBuilder("Exit codes:\n");
        for (ExitCode exit : values()) {
            text.append(String.format("  %3d  %-22s %s%n", exit.code, exit.name(), exit.meaning));
        }
        return text.toString();
    }
}
