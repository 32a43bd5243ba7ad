package nl.gbi.persistence;

import io.vertx.pgclient.PgConnectOptions;

/**
 * Where the database is and who connects. {@code owner} runs the migrations (and owns the tables);
 * {@code app} is the role the engine's requests use: it owns nothing and cannot bypass row-level security.
 */
public record DatabaseConfig(PgConnectOptions owner, PgConnectOptions app, int poolSizeMax) {

    public static final String APP_ROLE = "gbi_app";

    /**
     * From {@code GBI_DATABASE_URL} ({@code postgresql://user:pw@host:5432/db}). The app role connects to the
     * same server and database as {@value #APP_ROLE} with {@code appPassword} (null where the server
     * trusts local connections).
     */
    public static DatabaseConfig fromUrl(String url, String appPassword, int poolSizeMax) {
        PgConnectOptions owner = PgConnectOptions.fromUri(url);
        return new DatabaseConfig(owner, appOptions(owner, appPassword), poolSizeMax);
    }

    static DatabaseConfig embedded(int port, int poolSizeMax) {
        PgConnectOptions owner = new PgConnectOptions().setHost("127.0.0.1").setPort(port)
                .setDatabase("postgres").setUser("postgres");
        return new DatabaseConfig(owner, appOptions(owner, null), poolSizeMax);
    }

    private static PgConnectOptions appOptions(PgConnectOptions owner, String appPassword) {
        PgConnectOptions app = new PgConnectOptions(owner).setUser(APP_ROLE).setPassword(appPassword == null ? "" : appPassword);
        return app.setCachePreparedStatements(true).setPipeliningLimit(16);
    }
}
