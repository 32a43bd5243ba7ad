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

    private final Pool pool;
    private final int poolSizeMax;
    private final AtomicInteger inUse = new AtomicInteger();
    private final Vertx vertx;
    private final PgConnectOptions owner;

    private Database(Pool pool, int poolSizeMax, Vertx vertx, PgConnectOptions owner) {
        this.pool = pool;
        this.poolSizeMax = poolSizeMax;
        this.vertx = vertx;
        this.owner = owner;
    }

    /** Migrates the schema as the owner, then opens the application pool. */
    public static Future<Database> open(Vertx vertx, DatabaseConfig config) {
        return PgConnection.connect(vertx, config.owner())
                .compose(owner -> Migrations.apply(owner)
                        .compose(applied -> setAppPassword(owner, config))
                        .eventually(owner::close))
                .map(migrated -> new Database(PgBuilder.pool()
                        .with(new PoolOptions().setMaxSize(config.poolSizeMax()).setMaxWaitQueueSize(1024)
                                .setName("gbi-app").setShared(false))
                        .connectingTo(config.app())
                        .using(vertx)
                        .build(), config.poolSizeMax(), vertx, config.owner()));
    }

    private static Future<Void> setAppPassword(SqlConnection owner, DatabaseConfig config) {
        String password = config.app().getPassword();
        if (password == null || password.isEmpty()) {
            return Future.succeededFuture();
        }
        // ALTER ROLE takes no parameters; quote_literal makes the password a safe literal.
        return owner.preparedQuery("SELECT quote_literal($1) AS literal").execute(Tuple.of(password))
                .compose(rows -> owner.query("ALTER ROLE " + DatabaseConfig.APP_ROLE + " PASSWORD "
                        + rows.iterator().next().getString("literal")).execute())
                .mapEmpty();
    }

    /**
     * Runs {@code work} on a connection of its own as the schema owner, outside the pool: for the few statements
     * that need ownership, such as ANALYZE (PostgreSQL 15 has no MAINTAIN privilege to grant the application role).
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
