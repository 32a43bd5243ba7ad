package nl.gbi.persistence;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Transaction;
import io.vertx.sqlclient.Tuple;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The engine's connection to PostgreSQL. Requests use the pool of the application role; a tenant's work
 * always runs in a transaction whose first statement is {@code set_config('gbi.tenant', tenant, true)}, so
 * row-level security limits every statement in it to that tenant.
 */
public final class Database {

    private static final String SET_TENANT = "SELECT set_config('gbi.tenant', $1, true)";

    private final Vertx vertx;
    private final PgConnectOptions owner;
    private final Pool pool;
    private final int poolSizeMax;
    private final AtomicInteger inUse = new AtomicInteger();

    private Database(Vertx vertx, PgConnectOptions owner, Pool pool, int poolSizeMax) {
        this.vertx = vertx;
        this.owner = owner;
        this.pool = pool;
        this.poolSizeMax = poolSizeMax;
    }

    /**
     * Migrates the schema as the owner, checks that the application role is confined and that the server
     * logs no personal data in its sessions, then opens the application pool. The engine creates no role
     * and sets no password on an external server: a DBA prepares both roles (docs/operations.md).
     */
    public static Future<Database> open(Vertx vertx, DatabaseConfig config) {
        return connect(vertx, config.owner(), "the owner role '" + config.owner().getUser() + "' of GBI_DATABASE_URL")
                .compose(owner -> DatabaseChecks.appRoleExists(owner)
                        .compose(exists -> Migrations.apply(owner))
                        .compose(applied -> DatabaseChecks.appRoleIsConfined(owner))
                        .eventually(owner::close))
                .compose(checked -> connect(vertx, config.app(), "the application role gbi_app (password: GBI_APP_DB_PASSWORD)"))
                .compose(app -> DatabaseChecks.logsNoPersonalData(app).eventually(app::close))
                .map(checked -> new Database(vertx, config.owner(), PgBuilder.pool()
                        .with(new PoolOptions().setMaxSize(config.poolSizeMax()).setMaxWaitQueueSize(1024)
                                .setName("gbi-app").setShared(false))
                        .connectingTo(config.app())
                        .using(vertx)
                        .build(), config.poolSizeMax()));
    }

    private static Future<PgConnection> connect(Vertx vertx, PgConnectOptions options, String who) {
        return PgConnection.connect(vertx, options).recover(failure -> Future.failedFuture(new IllegalStateException(
                "cannot connect to PostgreSQL at " + options.getHost() + ":" + options.getPort() + "/" + options.getDatabase()
                        + " as " + who + ": " + failure.getMessage(), failure)));
    }

    /**
     * Runs {@code work} on a connection of its own as the owner role, outside row-level security: for
     * maintenance the application role may not do (ANALYZE of the tables a betaalrun plans on). Keep it short;
     * it never serves a request.
     */
    public <T> Future<T> asOwner(Function<SqlConnection, Future<T>> work) {
        return PgConnection.connect(vertx, owner).compose(conn -> work.apply(conn).eventually(conn::close));
    }

    /** Runs {@code work} in one transaction limited to {@code tenantId}; commits when it succeeds. */
    public <T> Future<T> inTenant(String tenantId, Function<SqlConnection, Future<T>> work) {
        return tracked(pool.withTransaction(conn -> setTenant(conn, tenantId).compose(set -> work.apply(conn))));
    }

    /** Runs {@code work} in one transaction on tables that are not tenant-owned (tokens). */
    public <T> Future<T> inPlatform(Function<SqlConnection, Future<T>> work) {
        return tracked(pool.withTransaction(work));
    }

    /**
     * Opens a transaction for {@code tenantId} that the caller ends: for work that lasts as long as a
     * streamed request body. The caller must end it with {@link TenantTransaction#commit()} or
     * {@link TenantTransaction#rollback()}.
     */
    public Future<TenantTransaction> begin(String tenantId) {
        inUse.incrementAndGet();
        return pool.getConnection()
                .compose(conn -> conn.begin()
                        .compose(tx -> setTenant(conn, tenantId).map(set -> new TenantTransaction(conn, tx, inUse)))
                        .recover(failure -> conn.close().transform(closed -> Future.failedFuture(failure))))
                .onFailure(failure -> inUse.decrementAndGet());
    }

    private static Future<Void> setTenant(SqlConnection conn, String tenantId) {
        return conn.preparedQuery(SET_TENANT).execute(Tuple.of(tenantId)).mapEmpty();
    }

    private <T> Future<T> tracked(Future<T> work) {
        inUse.incrementAndGet();
        return work.andThen(done -> inUse.decrementAndGet());
    }

    public Future<Void> ping() {
        return pool.query("SELECT 1").execute().mapEmpty();
    }

    /** Transactions in progress, counting those waiting for a connection. */
    public int inUse() {
        return inUse.get();
    }

    public int poolSizeMax() {
        return poolSizeMax;
    }

    public Future<Void> close() {
        return pool.close();
    }

    /** A transaction limited to one tenant that lasts until its owner ends it. */
    public static final class TenantTransaction {
        private final SqlConnection conn;
        private final Transaction tx;
        private final AtomicInteger inUse;

        TenantTransaction(SqlConnection conn, Transaction tx, AtomicInteger inUse) {
            this.conn = conn;
            this.tx = tx;
            this.inUse = inUse;
        }

        public SqlConnection connection() {
            return conn;
        }

        public Future<Void> commit() {
            return tx.commit().eventually(this::release);
        }

        public Future<Void> rollback() {
            return tx.rollback().eventually(this::release);
        }

        private Future<Void> release() {
            inUse.decrementAndGet();
            return conn.close();
        }
    }
}
