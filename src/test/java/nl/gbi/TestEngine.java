package nl.gbi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.gbi.batches.Batch;
import nl.gbi.batches.NewBatch;
import nl.gbi.json.Json;
import nl.gbi.runs.BetaalrunSettings;
import nl.gbi.runs.BetaalrunWarmup;

/** A real engine for a test: embedded PostgreSQL in a temporary data directory, HTTP on 127.0.0.1. */
public final class TestEngine implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Engine engine;
    private final Path dataDir;
    private final String base;

    private TestEngine(Engine engine, Path dataDir) {
        this.engine = engine;
        this.dataDir = dataDir;
        this.base = "http://127.0.0.1:" + engine.port();
    }

    /**
     * The default betaalrun settings without the start's warm-up: each test's engine would otherwise put 20.000
     * made-up dossiers through the run's CPU work (BetaalrunWarmupTest and EngineWarmupTest test it).
     */
    public static final BetaalrunSettings COLD = EngineConfig.defaults(Map.of()).betaalrun().withWarmUpDossiers(0);

    public static TestEngine start(Path dataDir) {
        return start(EngineConfig.defaults(Map.of()).withPort(0).withDataDir(dataDir).withBetaalrun(COLD));
    }

    public static TestEngine start(EngineConfig config) {
        try {
            Engine engine = Engine.start(config).toCompletionStage().toCompletableFuture().get(120, TimeUnit.SECONDS);
            return new TestEngine(engine, config.dataDir());
        } catch (Exception e) {
            throw new IllegalStateException("engine did not start", e);
        }
    }

    public String adminToken() {
        try {
            return Files.readString(dataDir.resolve("admin-token")).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates a token with the admin token and returns it. */
    public String token(String tenant, String role) {
        return issue(tenant, role, "test " + role).get("token").textValue();
    }

    /** Creates a token with the admin token: {@code {id, token, tenant, role, naam}}. */
    public JsonNode issue(String tenant, String role, String naam) {
        String body = Json.MAPPER.createObjectNode().put("tenant", tenant).put("role", role).put("naam", naam).toString();
        HttpResponse<String> response = send(request("/api/v1/tokens", adminToken())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("token not created: " + response.body());
        }
        return json(response);
    }

    /** Creates a batch as the betaalrun will (issue 6), through the engine's own service. */
    public Batch createBatch(NewBatch batch) {
        try {
            return engine.batchCreation().create(batch).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("batch not created", e);
        }
    }

    /**
     * {@code body} (an approval) with every finding of the batch's safety rails that can be acknowledged acknowledged
     * ("test: gezien"): for tests that are not about the rails (RailsApiTest is).
     */
    public String acknowledgingFindings(long batchId, String token, String body) {
        ObjectNode approval;
        try {
            approval = (ObjectNode) Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectNode reasons = Json.MAPPER.createObjectNode();
        JsonNode batch = json(get("/api/v1/batches/" + batchId, token));
        for (JsonNode finding : batch.path("vangrails").path("bevindingen")) {
            if (!finding.path("blokkerend").booleanValue()) {
                reasons.put(finding.get("code").textValue(), "test: gezien");
            }
        }
        if (!reasons.isEmpty()) {
            approval.set("bevindingen", reasons);
        }
        return approval.toString();
    }

    /** Approves batch {@code batchId} as {@code token}, acknowledging the rails' findings; the answer. */
    public HttpResponse<String> approve(long batchId, String token) {
        return approve(batchId, token, "{}");
    }

    /** Approves with {@code body} (sha256, aantal, totaal), acknowledging the rails' findings; the answer. */
    public HttpResponse<String> approve(long batchId, String token, String body) {
        return postJson("/api/v1/batches/" + batchId + "/approvals", token, acknowledgingFindings(batchId, token, body));
    }

    public HttpResponse<String> postJson(String path, String token, String body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    public HttpResponse<String> get(String path, String token) {
        return send(request(path, token).GET());
    }

    public HttpResponse<String> submit(String token, String contentType, String body, String idempotencyKey) {
        HttpRequest.Builder builder = request("/api/v1/berekeningen", token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        return send(builder);
    }

    public static HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String base() {
        return base;
    }

    public int port() {
        return engine.port();
    }

    /** The start's warm-up once it has ended (null when there was none). */
    public BetaalrunWarmup.Done warmedUp() {
        return Blocking.await(engine.warmedUp(), 120);
    }

    @Override
    public void close() {
        engine.stop();
    }
}
