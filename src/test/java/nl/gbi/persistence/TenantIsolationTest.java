package nl.gbi.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import nl.gbi.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Row-level security holds even for a query that forgets its tenant filter. */
class TenantIsolationTest {

    @TempDir
    static Path dir;
    static TestDatabase db;
    static Vertx vertx;
    static PgConnectOptions app;

    @BeforeAll
    static void start() throws Exception {
        db = TestDatabase.start(dir);
        vertx = Vertx.vertx();
        DatabaseConfig config = DatabaseConfig.fromUrl(db.url(), db.appPassword(), 4);
        app = config.app();
        Database database = Database.open(vertx, config).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
        database.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        db.query("INSERT INTO tokens (id, role, naam, secret_sha256) VALUES ('t', 'admin', 'test', decode(repeat('00', 32), 'hex'))");
        for (String tenant : List.of("GM0014", "GM0014", "GM0363")) {
            db.query("INSERT INTO berekeningen (tenant_id, dossier_id, periode, versie, input, token_id) "
                    + "VALUES ($1, 'D-' || (SELECT count(*) FROM berekeningen), '2025-07-01', 1, '{}', 't')", tenant);
            db.query("INSERT INTO latest_berekeningen (tenant_id, dossier_id, periode, versie) "
                    + "VALUES ($1, 'D-' || (SELECT count(*) FROM latest_berekeningen), '2025-07-01', 1)", tenant);
        }
    }

    @AfterAll
    static void stop() {
        vertx.close();
        db.close();
    }

    @Test
    void aQueryWithoutTenantFilterSeesOnlyItsOwnTenant() {
        assertEquals(List.of("GM0014", "GM0014"), tenantsSeenAs("GM0014"));
        assertEquals(List.of("GM0363"), tenantsSeenAs("GM0363"));
        assertEquals(List.of(), tenantsSeenAs("GM0772"));
    }

    @Test
    void withoutATenantNothingIsSeen() {
        List<Row> rows = db.as(app, conn -> conn.query("SELECT tenant_id FROM berekeningen").execute());
        assertEquals(0, rows.size());
    }

    @Test
    void aRowOfAnotherTenantCannotBeWrittenOrChanged() {
        IllegalStateException insert = assertThrows(IllegalStateException.class, () -> db.as(app, conn -> conn.begin()
                .compose(tx -> setTenant(conn, "GM0014"))
                .compose(set -> conn.query("INSERT INTO berekeningen (tenant_id, dossier_id, periode, versie, input, token_id) "
                        + "VALUES ('GM0363', 'X', '2025-07-01', 1, '{}', 't')").execute())));
        assertTrue(insert.getMessage().contains("row-level security"), insert.getMessage());
        List<Row> updated = db.as(app, conn -> conn.begin()
                .compose(tx -> setTenant(conn, "GM0014"))
                .compose(set -> conn.query("UPDATE latest_berekeningen SET versie = versie + 1 WHERE tenant_id = 'GM0363' RETURNING 1").execute()));
        assertEquals(0, updated.size());
        assertEquals(1, db.count("SELECT max(versie) FROM latest_berekeningen"));
    }

    /** Only the platform tables (tokens, the betaalrun's queue with its tenant codes) may go without forced RLS. */
    @Test
    void everyTableWithATenantForcesRowLevelSecurityExceptThePlatformTables() {
        List<String> open = db.query("""
                SELECT c.relname FROM pg_class c
                JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
                JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id'
                WHERE c.relkind = 'r' AND NOT (c.relrowsecurity AND c.relforcerowsecurity)
                ORDER BY 1""").stream().map(row -> row.getString(0)).toList();
        assertEquals(List.of("betaalrun_chunks", "betaalrun_tenants", "tokens"), open);
    }

    @Test
    void theApplicationRoleOwnsNothingAndCannotBypassRls() {
        Row role = db.query("SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = 'gbi_app'").get(0);
        assertFalse(role.getBoolean("rolsuper"));
        assertFalse(role.getBoolean("rolbypassrls"));
        assertEquals(0, db.count("SELECT count(*) FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = 'gbi_app'"));
        assertEquals(3, db.count("SELECT count(*) FROM pg_class WHERE relname IN ('berekeningen', 'latest_berekeningen', 'idempotency_keys') "
                + "AND relrowsecurity AND relforcerowsecurity"));
        assertThrows(IllegalStateException.class, () -> db.as(app, conn -> conn.query(
                "ALTER TABLE berekeningen DISABLE ROW LEVEL SECURITY").execute()));
        assertThrows(IllegalStateException.class, () -> db.as(app, conn -> conn.query(
                "UPDATE berekeningen SET input = '{\"x\":1}'").execute()));
    }

    @Test
    void anEditedMigrationStopsTheStart() throws Exception {
        String recorded = db.query("SELECT checksum FROM schema_migrations WHERE version = 1").get(0).getString("checksum");
        db.query("UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1");
        try {
            ExecutionException e = assertThrows(ExecutionException.class, () -> Database.open(vertx,
                    DatabaseConfig.fromUrl(db.url(), db.appPassword(), 2)).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS));
            assertTrue(e.getCause().getMessage().contains("migration V001 was edited after it was applied"), e.getCause().getMessage());
        } finally {
            db.query("UPDATE schema_migrations SET checksum = $1 WHERE version = 1", recorded);
        }
        assertEquals(Migrations.load().get(0).checksum(), recorded);
    }

    private static List<String> tenantsSeenAs(String tenant) {
        return db.as(app, conn -> conn.begin()
                        .compose(tx -> setTenant(conn, tenant))
                        .compose(set -> conn.query("SELECT tenant_id FROM berekeningen ORDER BY tenant_id").execute()))
                .stream().map(row -> row.getString("tenant_id")).toList();
    }

    private static Future<RowSet<Row>> setTenant(SqlConnection conn, String tenant) {
        return conn.preparedQuery("SELECT set_config('gbi.tenant', $1, true)").execute(Tuple.of(tenant));
    }
}
