package nl.gbi;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import nl.gbi.persistence.EmbeddedDatabase;

/**
 * An embedded PostgreSQL of the test's own, so that a test can look at (or break) the database behind an
 * engine that uses it as its external server. Queries here run as the owner, outside row-level security.
 */
public final class TestDatabase implements AutoCloseable {

    private final EmbeddedDatabase server;
    private final Vertx vertx = Vertx.vertx();

    private TestDatabase(EmbeddedDatabase server) {
        this.server = server;
    }

    public static TestDatabase start(Path dir) {
        return new TestDatabase(EmbeddedDatabase.start(dir));
    }

    public String url() {
        return server.url();
    }

    /** The password of {@code gbi_app}, as {@code GBI_APP_DB_PASSWORD}. */
    public String appPassword() {
        return server.appPassword();
    }

    public EngineConfig engineConfig(Path dataDir) {
        return EngineConfig.defaults(Map.of()).withPort(0).withDataDir(dataDir).withDatabaseUrl(url())
                .withAppDatabasePassword(appPassword()).withBetaalrun(TestEngine.COLD);
    }

    public List<Row> query(String sql, Object... params) {
        return as(PgConnectOptions.fromUri(url()), conn -> conn.preparedQuery(sql).execute(Tuple.from(params)));
    }

    /** Runs {@code work} on a new connection with {@code options} and waits for its rows. */
    public List<Row> as(PgConnectOptions options, Function<SqlConnection, Future<? extends Iterable<Row>>> work) {
        try {
            return PgConnection.connect(vertx, options)
                    .compose(conn -> work.apply(conn).<List<Row>>map(rows -> {
                        List<Row> list = new ArrayList<>();
                        rows.forEach(list::add);
                        return list;
                    }).eventually(conn::close))
                    .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public long count(String sql, Object... params) {
        return query(sql, params).get(0).getLong(0);
    }

    @Override
    public void close() {
        vertx.close();
        server.close();
    }
}
