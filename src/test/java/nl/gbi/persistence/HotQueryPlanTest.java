package nl.gbi.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Row;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.gbi.TestDatabase;
import nl.gbi.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hot query of the betaalrun keeps its plan shape whatever the statistics and however long the history
 * (issue 12 point 4): each big table is reached through an index whose condition holds what the query bounds (the
 * chunk's dossier range, the run), never by a sequential scan. GM0014 has 24 months of history and fresh statistics;
 * GM0363 the same history loaded after the last ANALYZE (autovacuum off), so the planner knows nothing of it. Checked
 * as {@code gbi_app} under row-level security, as a custom plan and as a generic plan (what a prepared statement
 * settles on after five executions).
 */
class HotQueryPlanTest {

    static final String RUN_MONTH = "2026-12-01";
    static final int DOSSIERS = 2_000;
    static final int MONTHS = 24;
    /** Tables that grow with every month and dossier: never scanned whole. */
    static final Set<String> GROWING = Set.of("berekeningen", "latest_berekeningen", "payments", "resultaten",
            "ledger_bookings", "herberekeningen", "betaalrun_lines");

    @TempDir
    static Path dir;
    static TestDatabase db;
    static PgConnectOptions app;

    /**
     * A hot statement, its parameter types and values for PREPARE, and per growing table what bounds each of its scans:
     * a column of the index condition or the name of a partial index (any of them).
     */
    record Hot(String name, String sql, String types, String values, Map<String, List<String>> boundBy) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final Map<String, List<String>> MONTHS_BOUNDS = Map.of("latest_berekeningen", List.of("dossier_id"),
            "berekeningen", List.of("versie"), "resultaten", List.of("dossier_id"));
    /** The payments of a chunk by dossier; whether a returned one was repaid by the correction index. */
    static final Map<String, List<String>> PAYMENTS_BOUNDS = Map.of("payments", List.of("dossier_id", "corrects_seq"));

    static Stream<Arguments> hotQueries() {
        String range = "'" + RUN_MONTH + "', 'X-0000501', 'X-0001001'";
        String rangeToEnd = "'" + RUN_MONTH + "', 'X-0001501'";
        // the months a chunk's months read found: the run's month and an earlier one of two dossiers
        String months = "'" + RUN_MONTH + "', ARRAY['X-0000501', 'X-0000501', 'X-0000502']::text[], ARRAY['" + RUN_MONTH
                + "', '2026-09-01', '" + RUN_MONTH + "']::date[]";
        List<Hot> hot = List.of(
                new Hot("chunk months", BetaalrunSql.CHUNK.months(), "date, text, text", range,
                        MONTHS_BOUNDS),
                new Hot("last chunk months", BetaalrunSql.LAST_CHUNK.months(), "date, text", rangeToEnd,
                        MONTHS_BOUNDS),
                new Hot("chunk payments", BetaalrunSql.CHUNK.payments(), "date, text[], date[], text, text", months
                        + ", 'X-0000501', 'X-0001001'", PAYMENTS_BOUNDS),
                new Hot("last chunk payments", BetaalrunSql.LAST_CHUNK.payments(), "date, text[], date[], text", months
                        + ", 'X-0001501'", PAYMENTS_BOUNDS),
                new Hot("chunk bookings", BetaalrunSql.CHUNK.bookings(), "date, text, text", range,
                        Map.of("ledger_bookings", List.of("dossier_id"))),
                new Hot("chunk corrections", BetaalrunSql.CHUNK.corrections(), "date, text, text", range,
                        Map.of("herberekeningen", List.of("dossier_id"))),
                new Hot("batch step lines", BetaalrunSql.LINES, "text", "'run-now'",
                        Map.of("betaalrun_lines", List.of("run_id"), "payments", List.of("dossier_id"))),
                new Hot("returned payments", BetaalrunSql.RETURNED, "", "",
                        Map.of("payments", List.of("payments_returned", "corrects_seq"))),
                new Hot("settle months", BetaalrunSql.SETTLE_MONTHS, "text[], date[], int[]",
                        "ARRAY['X-0000600'], ARRAY['" + RUN_MONTH + "'::date], ARRAY[1]",
                        Map.of("latest_berekeningen", List.of("dossier_id"))),
                // the werkvoorraad (issue 14): read by people during the day, as the history grows
                new Hot("werkvoorraad returned", PgWerkvoorraadStore.RETURNED, "text, int", "'TENANT', 501",
                        Map.of("payments", List.of("payments_returned", "corrects_seq"))),
                new Hot("werkvoorraad vorderingen", PgWerkvoorraadStore.VORDERINGEN, "text, int", "'TENANT', 501",
                        Map.of("ledger_bookings", List.of("ledger_bookings_vorderingen", "dossier_id"))),
                new Hot("werkvoorraad refusals", PgWerkvoorraadStore.REFUSALS, "text, int", "'TENANT', 501",
                        Map.of()),
                new Hot("werkvoorraad waiting corrections", PgWerkvoorraadStore.WAITING, "text, int", "'TENANT', 501",
                        Map.of()),
                new Hot("write-off bookings", PgKwijtscheldingStore.BOOKINGS, "text, text", "'TENANT', 'X-0000600'",
                        Map.of("ledger_bookings", List.of("dossier_id"))));
        List<Arguments> cases = new ArrayList<>();
        for (Hot query : hot) {
            for (String tenant : List.of("GM0014", "GM0363")) {
                for (boolean generic : List.of(false, true)) {
                    cases.add(Arguments.of(query, tenant, generic));
                }
            }
        }
        return cases.stream();
    }

    @BeforeAll
    static void start() throws Exception {
        db = TestDatabase.start(dir);
        Vertx vertx = Vertx.vertx();
        DatabaseConfig config = DatabaseConfig.fromUrl(db.url(), db.appPassword(), 4);
        app = config.app();
        Database database = Database.open(vertx, config).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
        database.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        vertx.close();
        db.query("INSERT INTO tokens (id, role, naam, secret_sha256) VALUES ('t', 'admin', 'test', decode(repeat('00', 32), 'hex'))");
        for (String table : GROWING) {
            db.query("ALTER TABLE " + table + " SET (autovacuum_enabled = false)");
        }
        history("GM0014");
        db.query("ANALYZE");
        history("GM0363");
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    /**
     * 24 settled months and the run's month for {@value #DOSSIERS} dossiers: berekeningen, results, two payments and a
     * reservation per settled month, a correction for one dossier in fifty, and the run's lines.
     */
    private static void history(String tenant) {
        String months = "(SELECT d::date AS m FROM generate_series(date '" + RUN_MONTH + "' - interval '" + MONTHS
                + " months', date '" + RUN_MONTH + "', interval '1 month') d) AS mm";
        String dossiers = "'" + tenant + "-' || lpad(n::text, 7, '0')";
        String each = " FROM generate_series(1, " + DOSSIERS + ") n CROSS JOIN " + months;
        String settled = " WHERE m < date '" + RUN_MONTH + "'";
        db.query("INSERT INTO berekeningen (tenant_id, dossier_id, periode, versie, input, token_id) SELECT '" + tenant
                + "', " + dossiers + ", m, 1, '{}', 't'" + each);
        db.query("INSERT INTO latest_berekeningen (tenant_id, dossier_id, periode, versie, settled_versie) SELECT '" + tenant
                + "', " + dossiers + ", m, 1, CASE WHEN m < date '" + RUN_MONTH + "' THEN 1 END" + each);
        db.query("INSERT INTO resultaten (tenant_id, dossier_id, periode, versie, run_id, resultaat, due_cents,"
                + " reservering_cents, verrekening_cents) SELECT '" + tenant + "', " + dossiers
                + ", m, 1, 'run-' || m, '{}', 100000, 8000, 0" + each + settled);
        db.query("INSERT INTO payments (tenant_id, seq, dossier_id, periode, soort, amount_cents, creditor_iban, creditor_name,"
                + " remittance, end_to_end_id, state, line_no) SELECT '" + tenant + "', row_number() OVER (), " + dossiers
                + ", m, s, 46000, 'NL91ABNA0417164300', 'J Jansen', 'Uitkering', md5(n || '-' || m || s), 'PLANNED', 0"
                + each + " CROSS JOIN (VALUES ('UITKERING'), ('DERDENBETALING')) AS k(s)" + settled);
        db.query("INSERT INTO ledger_bookings (tenant_id, dossier_id, periode, kind, cents, versie, run_id) SELECT '" + tenant
                + "', " + dossiers + ", m, 'RESERVERING', 8000, 1, 'run-' || m" + each + settled);
        db.query("INSERT INTO berekeningen (tenant_id, dossier_id, periode, versie, input, token_id) SELECT '" + tenant
                + "', " + dossiers + ", m, 2, '{}', 't'" + each + settled + " AND n % 50 = 0");
        db.query("INSERT INTO herberekeningen (tenant_id, dossier_id, periode, versie, previous_versie, run_id, run_periode,"
                + " settled_cents, due_cents, difference_cents, creditor_iban, creditor_name) SELECT '" + tenant + "', "
                + dossiers + ", m, 2, 1, 'run-' || m, m + interval '1 month', 100000, 101000, 1000, 'NL91ABNA0417164300',"
                + " 'J Jansen'" + each + settled + " AND n % 50 = 0");
        db.query("INSERT INTO betaalrun_lines (tenant_id, run_id, dossier_id, line_no, periode, soort, amount_cents,"
                + " creditor_iban, creditor_name, remittance) SELECT '" + tenant + "', 'run-' || m, " + dossiers
                + ", 0, m, 'UITKERING', 46000, 'NL91ABNA0417164300', 'J Jansen', 'Uitkering'" + each + settled);
        db.query("INSERT INTO betaalrun_lines (tenant_id, run_id, dossier_id, line_no, periode, soort, amount_cents,"
                + " creditor_iban, creditor_name, remittance) SELECT '" + tenant + "', 'run-now', " + dossiers
                + ", 0, date '" + RUN_MONTH + "', 'UITKERING', 46000, 'NL91ABNA0417164300', 'J Jansen', 'Uitkering'"
                + " FROM generate_series(1, " + DOSSIERS + ") n");
    }

    @Test
    void gm0363sHistoryIsUnknownToThePlanner() {
        assertEquals(0, db.count("SELECT count(*) FROM pg_stats WHERE tablename = 'payments' AND attname = 'dossier_id'"
                + " AND coalesce(histogram_bounds::text, '') || coalesce(most_common_vals::text, '') LIKE '%GM0363%'"));
        assertTrue(db.count("SELECT count(*) FROM payments WHERE tenant_id = 'GM0363'") >= 2L * DOSSIERS * MONTHS);
    }

    @ParameterizedTest(name = "{0} for {1}, generic plan {2}")
    @MethodSource("hotQueries")
    void eachGrowingTableIsReachedThroughAnIndexOnWhatTheQueryBounds(Hot query, String tenant, boolean generic) {
        String values = query.values().replace("X-", tenant + "-").replace("TENANT", tenant);
        JsonNode plan = explain(tenant, query, values, generic);
        List<JsonNode> scans = new ArrayList<>();
        collect(plan.get("Plan"), scans);
        for (String table : query.boundBy().keySet()) {
            assertTrue(scans.stream().anyMatch(s -> table.equals(text(s, "Relation Name"))), table + " in " + plan);
        }
        for (JsonNode scan : scans) {
            String table = text(scan, "Relation Name");
            if (!GROWING.contains(table)) {
                continue;
            }
            String type = text(scan, "Node Type");
            assertFalse(type.equals("Seq Scan"), table + " scanned whole: " + plan);
            String condition = condition(scan) + " " + text(scan, "Index Name");
            List<String> bounds = query.boundBy().get(table);
            if (bounds != null) {
                assertTrue(bounds.stream().anyMatch(condition::contains), table + " by an index on one of " + bounds
                        + ", not " + type + " on " + condition + ": " + plan);
            }
        }
    }

    /** The index condition of a scan: its own, or its bitmap index scans'. */
    private static String condition(JsonNode scan) {
        StringBuilder condition = new StringBuilder(text(scan, "Index Cond"));
        if (scan.has("Plans")) {
            scan.get("Plans").forEach(child -> condition.append(' ').append(condition(child)));
        }
        return condition.toString();
    }

    private static void collect(JsonNode node, List<JsonNode> scans) {
        if (node.has("Relation Name") && text(node, "Node Type").contains("Scan")) {
            scans.add(node);
        }
        if (node.has("Plans")) {
            node.get("Plans").forEach(child -> collect(child, scans));
        }
    }

    private static String text(JsonNode node, String field) {
        return node.has(field) ? node.get(field).asText() : "";
    }

    private static JsonNode explain(String tenant, Hot query, String values, boolean generic) {
        String types = query.types().isEmpty() ? "" : "(" + query.types() + ")";
        String arguments = query.values().isEmpty() ? "" : "(" + values + ")";
        List<Row> rows = db.as(app, conn -> conn.begin()
                .compose(tx -> conn.query("SELECT set_config('gbi.tenant', '" + tenant + "', true)").execute())
                .compose(set -> conn.query("SET LOCAL plan_cache_mode = " + (generic ? "force_generic_plan"
                        : "force_custom_plan")).execute())
                .compose(set -> conn.query("PREPARE hot" + types + " AS " + query.sql()).execute())
                .compose(prepared -> conn.query("EXPLAIN (FORMAT JSON) EXECUTE hot" + arguments).execute()));
        try {
            return Json.MAPPER.readTree(rows.get(0).getValue(0).toString()).get(0);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
