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
import nl.gbi.Engine;
import nl.gbi.EngineConfig;
import nl.gbi.Main;
import nl.gbi.cli.EngineStart;
import nl.gbi.cli.ExitCode;
import nl.gbi.cli.StartupFailures;
import nl.gbi.cli.Usage;
import nl.gbi.domain.Tenant;
import nl.gbi.json.Json;
import nl.gbi.tenants.TenantLoader;
import nl.gbi.tenants.TenantRegistry;

/**
 * {@code demo [--dossiers 1000] [--periode YYYY-MM] [--seed 2026] [--port 8080] [--data-dir ./data] [--out ./out] [--exit]}:
 * the monthly job end to end on synthetic data, through the real HTTP API: start the engine (embedded
 * PostgreSQL), make demo tokens, submit realistic dossiers for all 13 tenants, run the betaalrun with a
 * progress bar, have two demo finance officers per tenant approve its batch (all but the first tenant's, which is
 * left awaiting approval for the web page), export the pain.001 files to {@code --out}, validate them again (XSD
 * and SEPA rules), print a table per tenant and the tokens (ops and officers), then keep serving (or stop with
 * {@code --exit}). Submissions carry Idempotency-Keys and the run pays nothing twice, so a second demo
 * of the same period stores and pays nothing new.
 */
public final class DemoCommand {

    private static final int RECORDS_PER_REQUEST = 5_000;
    private static final int BAR_WIDTH = 30;
    private static final long START_TIMEOUT_SECONDS = 600;

    private final DemoOptions options;
    private final PrintStream out;
    private DemoClient client;
    private String adminToken;

    private DemoCommand(DemoOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (Usage.wantsHelp(args)) {
            return Usage.help(Usage.DEMO, out);
        }
        DemoOptions options;
        try {
            options = DemoOptions.parse(args);
        } catch (RuntimeException e) {
            return Usage.error("demo", e.getMessage(), Usage.DEMO, err);
        }
        try {
            return new DemoCommand(options, out).run(err);
        } catch (Exception e) {
            err.println("gbi demo: failed: " + e.getMessage() + " (exit " + ExitCode.INTERNAL.code() + ", INTERNAL)");
            return ExitCode.INTERNAL.code();
        }
    }

    private int run(PrintStream err) throws Exception {
        EngineConfig config = EngineConfig.defaults(Map.of()).withPort(options.port()).withDataDir(options.dataDir())
                .withTenantsDir(options.tenantsDir());
        TenantRegistry tenants;
        try {
            tenants = TenantLoader.load(options.tenantsDir());
        } catch (RuntimeException e) {
            err.println(StartupFailures.classify("demo", config, e).line());
            return ExitCode.CONFIGURATION.code();
        }
        out.println("Starting the engine with the embedded PostgreSQL in " + options.dataDir().resolve("pg") + " ...");
        EngineStart.Outcome started = EngineStart.start("demo", config, START_TIMEOUT_SECONDS, err);
        if (!started.started()) {
            return started.exit();
        }
        Engine engine = started.engine();
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
        String ops = token(null, "ops", "demo ops");
        JsonNode run = betaalrun(ops);
        List<DemoExport.Row> rows = exportBatches(run, officers, pendingTenant(tenants));
        printTable(rows);
        printTokens(ops, officers, rows, tenants);
        if (options.exit()) {
            engine.stop();
            out.println("Stopped. Serve this data directory again with: java -jar target/gbi.jar serve --data-dir "
                    + options.dataDir() + " --port " + options.port());
            return rows.stream().allMatch(DemoExport.Row::valid) ? ExitCode.OK.code() : ExitCode.PROBLEM_FOUND.code();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(engine::stop, "gbi-shutdown"));
        out.println();
        out.println("The engine keeps serving on " + base + "/ (Ctrl-C stops it). Admin token: "
                + options.dataDir().resolve("admin-token"));
        return Main.RUNNING;
    }

    /** The municipality whose batch the demo leaves for an officer to approve on the page: the first by code. */
    static String pendingTenant(TenantRegistry tenants) {
        return tenants.all().stream().map(Tenant::gemeentecode).sorted().findFirst().orElse("");
    }

    private void printTokens(String ops, Map<String, List<String>> officers, List<DemoExport.Row> rows,
            TenantRegistry tenants) {
        out.println();
        out.println("Demo tokens (stored in " + options.dataDir() + "; valid whenever an engine serves it):");
        out.println("  ops     " + ops + "  (betaalruns on the web page, POST /api/v1/betaalruns)");
        out.println("  finance officers, two per municipality:");
        officers.forEach((tenant, tokens) -> out.println("  " + tenant + "  " + String.join("  ", tokens)));
        for (DemoExport.Row row : rows) {
            if (row.awaiting() != null) {
                String naam = tenants.find(row.tenant()).map(Tenant::naam).orElse(row.tenant());
                out.println();
                out.println("Awaiting approval: " + row.tenant() + " " + naam + ", batch " + row.awaiting() + " ("
                        + row.payments() + " payments, EUR " + row.total() + "). Open the web page, sign in with a "
                        + row.tenant() + " officer's token above and approve it; a second approval, if needed, comes "
                        + "from the other officer.");
            }
        }
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

    private List<DemoExport.Row> exportBatches(JsonNode run, Map<String, List<String>> officers, String pending)
            throws IOException, InterruptedException {
        DemoExport export = new DemoExport(client, options.outDir());
        List<DemoExport.Row> rows = new ArrayList<>();
        for (JsonNode tenant : run.get("gemeenten")) {
            String code = tenant.get("gemeente").textValue();
            if (tenant.get("batchId").isNull()) {
                rows.add(DemoExport.Row.exported(code, 0, "0.00", 0, "(nothing new to pay)", true));
                continue;
            }
            // More lines than GBI_BETAALRUN_LINES_PER_BATCH make several batches: each is decided on its own.
            for (JsonNode batch : tenant.get("batches")) {
                long batchId = batch.get("batchId").asLong();
                rows.add(code.equals(pending) ? export.leaveAwaitingApproval(code, batchId, officers.get(code).get(0))
                        : export.approveAndExport(code, batchId, officers.get(code)));
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
                    row.awaiting() != null ? "-" : row.valid() ? "yes" : "NO", row.sha256());
        }
    }

    private String token(String tenant, String role, String naam) throws IOException, InterruptedException {
        String body = Json.MAPPER.createObjectNode().put("tenant", tenant).put("role", role).put("naam", naam).toString();
        return client.post("/api/v1/tokens", adminToken, "application/json", body, null).get("token").textValue();
    }
}
