package nl.gbi;

/**
 * A start of the engine that failed, with the step it failed in. The step is what the cause's type alone
 * cannot tell: a failed SQL statement while migrating is a migration failure, the same exception while
 * connecting is the database refusing. The commands turn it into an exit code and one line for ops.
 */
public final class StartFailure extends RuntimeException {

    /** The steps of a start, in order. */
    public enum Stage {
        /** starting the embedded PostgreSQL in {@code <data-dir>/pg} */
        EMBEDDED_DATABASE,
        /** the first connection, as the owner, and the application role's first connection */
        DATABASE_CONNECT,
        /** migrating the schema and preparing the application role, as the owner */
        MIGRATIONS,
        /** binding the HTTP port */
        LISTEN
    }

    private final Stage stage;

    public StartFailure(Stage stage, Throwable cause) {
        super(cause.getMessage(), cause);
        this.stage = stage;
    }

    public Stage stage() {
        return stage;
    }
}
