package nl.gbi.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.gbi.Blocking;
import nl.gbi.Engine;
import nl.gbi.EngineConfig;
import nl.gbi.domain.Tenant;
import nl.gbi.json.Json;
import nl.gbi.tenants.TenantLoader;
import nl.gbi.tenants.TenantRegistry;

/**
 * {@code demo [--dossiers 1000] [--periode YYYY-MM] [--seed 2026] [--port 8080] [--data-dir ./data] [--exit]}:
 * starts the engine on the embedded PostgreSQL, makes demo tokens, generates synthetic dossiers for all 13
 * tenants and submits them through the real HTTP API, prints what each tenant's intake accepted, then keeps
 * serving (or stops with {@code --exit}). Submissions carry an Idempotency-Key per tenant, period and part,
 * so running the demo twice stores nothing twice. The betaalrun, approval and export follow with issue 6.
 */
public final class DemoCommand {

    private static final int RECORDS_PER_REQUEST = 5_000;

    private final DemoOptions options;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private String base;
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
        base = "http://127.0.0.1:" + engine.port();
        adminToken = Files.readString(options.dataDir().resolve("admin-token")).trim();
        List<String[]> rows = new ArrayList<>();
        List<String> officerTokens = new ArrayList<>();
        for (Tenant tenant : tenants.all()) {
            String submitter = token(tenant.gemeentecode(), "submitter", "demo case system");
            officerTokens.add(tenant.gemeentecode() + "  " + token(tenant.gemeentecode(), "finance-officer", "demo officer 1")
                    + "  " + token(tenant.gemeentecode(), "finance-officer", "demo officer 2"));
            rows.add(submit(tenant, submitter));
        }
        printTable(rows);
        if (options.exit()) {
            engine.stop();
            return 0;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(engine::stop, "gbi-shutdown"));
        out.println();
        out.println("The engine keeps serving on " + base + " (Ctrl-C stops it). Admin token: " + options.dataDir().resolve("admin-token"));
        out.println("Demo finance officers' tokens per tenant:");
        officerTokens.forEach(line -> out.println("  " + line));
        return -1;
    }

    private String[] submit(Tenant tenant, String token) throws IOException, InterruptedException {
        SyntheticDossiers generator = new SyntheticDossiers(options.seed() ^ tenant.gemeentecode().hashCode());
        int accepted = 0;
        int refused = 0;
        int sent = 0;
        int part = 0;
        while (sent < options.dossiers()) {
            int size = Math.min(RECORDS_PER_REQUEST, options.dossiers() - sent);
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < size; i++) {
                String dossierId = String.format("%s-%07d", tenant.gemeentecode(), sent + i + 1);
                body.append(generator.berekening(tenant, options.periode(), dossierId)).append('\n');
            }
            JsonNode answer = post("/api/v1/berekeningen", token, "application/x-ndjson", body.toString(),
                    "demo-" + tenant.gemeentecode() + "-" + options.periode() + "-" + options.seed() + "-" + part++);
            accepted += answer.get("geaccepteerd").intValue();
            refused += answer.get("afgewezen").size();
            sent += size;
            progress(tenant, sent);
        }
        out.println();
        return new String[] {tenant.gemeentecode(), tenant.naam(), Integer.toString(sent), Integer.toString(accepted),
                Integer.toString(refused)};
    }

    private void progress(Tenant tenant, int sent) {
        int width = 30;
        int filled = (int) ((long) width * sent / options.dossiers());
        out.printf("\r  %s %-26s [%s%s] %,d/%,d", tenant.gemeentecode(), tenant.naam(), "#".repeat(filled),
                " ".repeat(width - filled), sent, options.dossiers());
        out.flush();
    }

    private void printTable(List<String[]> rows) {
        out.println();
        out.printf("%-7s %-28s %10s %12s %10s%n", "tenant", "naam", "submitted", "accepted", "refused");
        for (String[] row : rows) {
            out.printf("%-7s %-28s %10s %12s %10s%n", (Object[]) row);
        }
    }

    private String token(String tenant, String role, String naam) throws IOException, InterruptedException {
        String body = Json.MAPPER.createObjectNode().put("tenant", tenant).put("role", role).put("naam", naam).toString();
        return post("/api/v1/tokens", adminToken, "application/json", body, null).get("token").textValue();
    }

    private JsonNode post(String path, String token, String contentType, String body, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return Json.MAPPER.readTree(response.body());
    }

    /** The demo's options. */
    record DemoOptions(int dossiers, YearMonth periode, long seed, int port, Path dataDir, Path tenantsDir, boolean exit) {

        static DemoOptions parse(String[] args) {
            DemoOptions options = new DemoOptions(1_000, YearMonth.now(), 2026, 8080, Path.of("data"), Path.of("tenants"), false);
            for (int i = 0; i < args.length; i++) {
                String flag = args[i];
                if (flag.equals("--exit")) {
                    options = options.with(null, null, null, null, null, null, true);
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value for " + flag);
                }
                String value = args[++i];
                options = switch (flag) {
                    case "--dossiers" -> options.with(positive(value), null, null, null, null, null, null);
                    case "--periode" -> options.with(null, YearMonth.parse(value), null, null, null, null, null);
                    case "--seed" -> options.with(null, null, Long.parseLong(value), null, null, null, null);
                    case "--port" -> options.with(null, null, null, Integer.parseInt(value), null, null, null);
                    case "--data-dir" -> options.with(null, null, null, null, Path.of(value), null, null);
                    case "--tenants" -> options.with(null, null, null, null, null, Path.of(value), null);
                    default -> throw new IllegalArgumentException("unknown option " + flag);
                };
            }
            return options;
        }

        private DemoOptions with(Integer d, YearMonth p, Long s, Integer po, Path dd, Path td, Boolean e) {
            return new DemoOptions(d != null ? d : dossiers, p != null ? p : periode, s != null ? s : seed,
                    po != null ? po : port, dd != null ? dd : dataDir, td != null ? td : tenantsDir, e != null ? e : exit);
        }

        private static int positive(String value) {
            int number = Integer.parseInt(value);
            if (number < 1 || number > 1_000_000) {
                throw new IllegalArgumentException("--dossiers must be 1 to 1.000.000");
            }
            return number;
        }
    }
}
