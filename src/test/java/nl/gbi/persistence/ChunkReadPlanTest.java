package nl.gbi.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.gbi.TestDatabase;
import nl.gbi.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chunk read of a betaalrun keeps its shape when the statistics are stale, as they are right after intake: the
 * last municipality's rows were loaded after the last ANALYZE (autovacuum off on the two tables, so nothing
 * refreshes them during the test), so the planner estimates about one row for its chunk. Whatever it estimates,
 * every berekening must be found through an index on the join key, never by scanning all of the tenant's
 * berekeningen per dossier (63-79 s per chunk of 1.000 at 100.000 dossiers, issue 10). Checked with EXPLAIN of the
 * real statement as the application role under row-level security, as a custom plan and as a generic plan.
 */
class ChunkReadPlanTest {

    private static final LocalDate PERIODE = LocalDate.of(2025, 7, 1);

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
        db.query("ALTER TABLE berekeningen SET (autovacuum_enabled = false)");
        db.query("ALTER TABLE latest_berekeningen SET (autovacuum_enabled = false)");
        load("GM0014", 20_000);
        db.query("ANALYZE berekeningen");
        db.query("ANALYZE latest_berekeningen");
        load("GM0363", 5_000);
    }

    /** {@code count} dossiers of {@code tenant} with one version each, ids prefixed with the tenant as case systems do. */
    private static void load(String tenant, int count) {
        db.query("INSERT INTO berekeningen (tenant_id, dossier_id, periode, versie, input, token_id) "
                + "SELECT $1, $1 || '-' || lpad(n::text, 7, '0'), $2, 1, '{}', 't' FROM generate_series(1, $3) n",
                tenant, PERIODE, count);
        db.query("INSERT INTO latest_berekeningen (tenant_id, dossier_id, periode, versie) "
                + "SELECT $1, $1 || '-' || lpad(n::text, 7, '0'), $2, 1 FROM generate_series(1, $3) n", tenant, PERIODE, count);
    }

    @AfterAll
    static void stop() {
        vertx.close();
        db.close();
    }

    @Test
    void theStatisticsAreStaleForTheLastTenant() {
        assertEquals(0, db.count("SELECT count(*) FROM pg_stats WHERE tablename = 'latest_berekeningen'"
                + " AND attname IN ('tenant_id', 'dossier_id')"
                + " AND coalesce(most_common_vals::text, '') || coalesce(histogram_bounds::text, '') LIKE '%GM0363%'"),
                "only GM0014 was analysed");
        JsonNode plan = customPlan("GM0363", "GM0363-0001001", "GM0363-0002001");
        assertTrue(rowsEstimated(plan.get("Plan")) <= 10, "the planner estimates a handful of rows: " + plan);
    }

    @Test
    void aCustomPlanFindsEachBerekeningByItsKey() {
        assertKeyed(customPlan("GM0363", "GM0363-0001001", "GM0363-0002001"));
        assertKeyed(customPlan("GM0363", "", "GM0363-0001001"));
        assertKeyed(customPlan("GM0363", "GM0363-0004001", null));
    }

    @Test
    void aGenericPlanFindsEachBerekeningByItsKey() {
        assertKeyed(genericPlan("GM0363", "GM0363-0001001", "GM0363-0002001"));
    }

    /** Every scan of berekeningen is an index scan whose condition holds the join key; latest_berekeningen's too. */
    private static void assertKeyed(JsonNode plan) {
        List<JsonNode> scans = new ArrayList<>();
        collect(plan.get("Plan"), scans);
        List<JsonNode> berekeningen = scans.stream().filter(s -> "berekeningen".equals(text(s, "Relation Name"))).toList();
        List<JsonNode> latest = scans.stream().filter(s -> "latest_berekeningen".equals(text(s, "Relation Name"))).toList();
        assertFalse(berekeningen.isEmpty(), plan.toString());
        for (JsonNode scan : berekeningen) {
            assertTrue(text(scan, "Node Type").startsWith("Index"), "berekeningen by an index: " + plan);
            assertTrue(text(scan, "Index Cond").contains("dossier_id") && text(scan, "Index Cond").contains("versie"),
                    "the join key in the index condition of berekeningen: " + plan);
        }
        for (JsonNode scan : latest) {
            assertTrue(text(scan, "Node Type").startsWith("Index"), "latest_berekeningen by an index: " + plan);
            assertTrue(text(scan, "Index Cond").contains("dossier_id") && text(scan, "Index Cond").contains("periode"),
                    "the chunk's range and period in the index condition of latest_berekeningen: " + plan);
        }
    }

    private static void collect(JsonNode node, List<JsonNode> scans) {
        if (node.has("Relation Name")) {
            scans.add(node);
        }
        if (node.has("Plans")) {
            node.get("Plans").forEach(child -> collect(child, scans));
        }
    }

    private static double rowsEstimated(JsonNode node) {
        return node.get("Plan Rows").asDouble();
    }

    private static String text(JsonNode node, String field) {
        return node.has(field) ? node.get(field).asText() : "";
    }

    private static JsonNode customPlan(String tenant, String from, String until) {
        return explain(tenant, conn -> until == null
                ? conn.preparedQuery("EXPLAIN (FORMAT JSON) " + BetaalrunSql.LAST_CHUNK.months()).execute(Tuple.of(PERIODE, from))
                : conn.preparedQuery("EXPLAIN (FORMAT JSON) " + BetaalrunSql.CHUNK.months())
                        .execute(Tuple.of(PERIODE, from, until)));
    }

    private static JsonNode genericPlan(String tenant, String from, String until) {
        return explain(tenant, conn -> conn.query("SET LOCAL plan_cache_mode = force_generic_plan").execute()
                .compose(set -> conn.query("PREPARE chunk_read(date, text, text) AS " + BetaalrunSql.CHUNK.months()).execute())
                .compose(prepared -> conn.query("EXPLAIN (FORMAT JSON) EXECUTE chunk_read('" + PERIODE + "', '" + from
                        + "', '" + until + "')").execute()));
    }

    private static JsonNode explain(String tenant, java.util.function.Function<io.vertx.sqlclient.SqlConnection,
            Future<RowSet<Row>>> explain) {
        List<Row> rows = db.as(app, conn -> conn.begin()
                .compose(tx -> conn.preparedQuery("SELECT set_config('gbi.tenant', $1, true)").execute(Tuple.of(tenant)))
                .compose(set -> explain.apply(conn)));
        try {
            JsonNode plan = Json.MAPPER.readTree(rows.get(0).getValue(0).toString()).get(0);
            return plan;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
