package nl.gbi.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.gbi.Blocking;
import nl.gbi.Engine;
import nl.gbi.EngineConfig;
import nl.gbi.domain.Tenant;
import nl.gbi.json.Json;
import nl.gbi.tenants.TenantLoader;
import nl.gbi.tenants.TenantRegistry;

/**
 * {@code demo [--dossiers 1000] [--periode YYYY-MM] [--seed 2026] [--port 8080] [--data-dir ./data] [--out ./out] [--exit]}:
 * the monthly job end to end on synthetic data, through the real HTTP API: start the engine (embedded
 * PostgreSQL), make demo tokens, submit realistic dossiers for all 13 tenants, run the betaalrun with a
 * progress bar, have two demo finance officers per tenant approve its batch, export the pain.001 files to
 * {@code --out}, validate them again (XSD and SEPA rules), print a table per tenant, then keep serving (or stop
 * with {@code --exit}). Submissions carry Idempotency-Keys and the run pays nothing twice, so a second demo
 * of the same period stores and pays nothing new.
 */
public final class DemoCommand {

    private static final int RECORDS_PER_REQUEST = 5_000;
    private static final int BAR_WIDTH = 30;

    private final DemoOptions options;
    private final PrintStream out;
    private DemoClient client;
    private String adminToken;

    private DemoCommand(DemoOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        DemoOptions options;
        try {
            options = DemoOptions.parse(args);
        } catch (RuntimeException e) {
            err.println("demo: " + e.getMessage());
            return 64;
        }
        try {
            return new DemoCommand(options, out).run();
        } catch (Exception e) {
            err.println("demo failed: " + e.getMessage());
            return 70;
        }
    }

    private int run() throws Exception {
        TenantRegistry tenants = TenantLoader.load(options.tenantsDir());
        EngineConfig config = EngineConfig.defaults(Map.of()).withPort(options.port()).withDataDir(options.dataDir())
                .withTenantsDir(options.tenantsDir());
        out.println("Starting the engine with the embedded PostgreSQL in " + options.dataDir().resolve("pg") + " ...");
        Engine engine = Blocking.await(Engine.start(config), 300);
        String base = "http://127.0.0.1:" + engine.port();
        client = new DemoClient(base);
        adminToken = Files.readString(options.dataDir().resolve("admin-token")).trim();
        Map<String, List<String>> officers = new TreeMap<>();
        out.println("Submitting " + options.dossiers() + " dossiers per municipality for " + options.periode() + ":");
        for (Tenant tenant : tenants.all()) {
            officers.put(tenant.gemeentecode(), List.of(token(tenant.gemeentecode(), "finance-officer", "demo officer 1"),
                    token(tenant.gemeentecode(), "finance-officer", "demo officer 2")));
            submit(tenant, token(tenant.gemeentecode(), "submitter", "demo case system"));
        }
        JsonNode run = betaalrun(token(null, "ops", "demo ops"));
        List<DemoExport.Row> rows = exportBatches(run, officers);
        printTable(rows);
        if (options.exit()) {
            engine.stop();
            return rows.stream().allMatch(DemoExport.Row::valid) ? 0 : 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(engine::stop, "gbi-shutdown"));
        out.println();
        out.println("The engine keeps serving on " + base + "/ (Ctrl-C stops it). Admin token: "
                + options.dataDir().resolve("admin-token"));
        out.println("Sign in on the web page with a demo finance officer's token:");
        officers.forEach((tenant, tokens) -> out.println("  " + tenant + "  " + String.join("  ", tokens)));
        return -1;
    }

    private void submit(Tenant tenant, String token) throws IOException, InterruptedException {
        SyntheticDossiers generator = new SyntheticDossiers(options.seed() ^ tenant.gemeentecode().hashCode());
        int sent = 0;
        for (int part = 0; sent < options.dossiers(); part++) {
            int size = Math.min(RECORDS_PER_REQUEST, options.dossiers() - sent);
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < size; i++) {
                String dossierId = String.format("%s-%07d", tenant.gemeentecode(), sent + i + 1);
                body.append(generator.berekening(tenant, options.periode(), dossierId)).append('\n');
            }
            client.post("/api/v1/berekeningen", token, "application/x-ndjson", body.toString(),
                    "demo-" + tenant.gemeentecode() + "-" + options.periode() + "-" + options.seed() + "-" + part);
            sent += size;
            bar(String.format("%s %-26s", tenant.gemeentecode(), tenant.naam()), sent, options.dossiers());
        }
        out.println();
    }

    /** Starts the betaalrun and shows its progress until it is no longer RUNNING. */
    private JsonNode betaalrun(String ops) throws IOException, InterruptedException {
        String body = Json.MAPPER.createObjectNode().put("periode", options.periode().toString()).toString();
        String id = client.post("/api/v1/betaalruns", ops, "application/json", body, null).get("id").asText();
        out.println("Betaalrun " + id + " for " + options.periode() + ":");
        while (true) {
            JsonNode run = client.get("/api/v1/betaalruns/" + id, ops);
            int done = 0;
            int total = 0;
            for (JsonNode tenant : run.get("gemeenten")) {
                done += tenant.get("chunksKlaar").intValue();
                total += tenant.get("chunksTotaal").intValue();
            }
            bar("chunks", done, Math.max(total, 1));
            if (!"RUNNING".equals(run.get("status").textValue())) {
                out.println("  " + run.get("status").textValue());
                return run;
            }
            // The demo's own main thread waits between polls; no event loop is involved.
            CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS)).join();
        }
    }

    private List<DemoExport.Row> exportBatches(JsonNode run, Map<String, List<String>> officers)
            throws IOException, InterruptedException {
        DemoExport export = new DemoExport(client, options.outDir());
        List<DemoExport.Row> rows = new ArrayList<>();
        for (JsonNode tenant : run.get("gemeenten")) {
            String code = tenant.get("gemeente").textValue();
            if (tenant.get("batchId").isNull()) {
                rows.add(new DemoExport.Row(code, 0, "0.00", 0, "(nothing new to pay)", true));
            } else {
                rows.add(export.approveAndExport(code, tenant.get("batchId").asLong(), officers.get(code)));
            }
        }
        return rows;
    }

    private void bar(String label, int done, int total) {
        int filled = (int) ((long) BAR_WIDTH * done / total);
        out.printf("\r  %s [%s%s] %,d/%,d", label, "#".repeat(filled), " ".repeat(BAR_WIDTH - filled), done, total);
        out.flush();
    }

    private void printTable(List<DemoExport.Row> rows) {
        out.println();
        out.println("pain.001 files approved by two demo officers and exported to " + options.outDir().toAbsolutePath() + ":");
        out.printf("%-7s %9s %16s %6s %-6s %s%n", "tenant", "payments", "total (EUR)", "files", "valid", "SHA-256");
        for (DemoExport.Row row : rows) {
            out.printf("%-7s %9d %16s %6d %-6s %s%n", row.tenant(), row.payments(), row.total(), row.files(),
                    row.valid() ? "yes" : "NO", row.sha256());
        }
    }

    private String token(String tenant, String role, String naam) throws IOException, InterruptedException {
        String body = Json.MAPPER.createObjectNode().put("tenant", tenant).put("role", role).put("naam", naam).toString();
        return client.post("/api/v1/tokens", adminToken, "application/json", body, null).get("token").textValue();
    }
}
