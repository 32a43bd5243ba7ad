package nl.gbi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.ext.web.Router;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.gbi.TestDatabase;
import nl.gbi.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTP hygiene (issue 10, point 8): the headers on every answer, errors included, and one body length only. */
class HttpHygieneTest {

    @TempDir
    static Path dir;
    static TestDatabase db;
    static TestEngine engine;

    @BeforeAll
    static void start() {
        db = TestDatabase.start(dir.resolve("db"));
        engine = TestEngine.start(db.engineConfig(dir.resolve("engine")));
    }

    @AfterAll
    static void stop() {
        engine.close();
        db.close();
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws java.io.IOException {
        String officer = engine.token("GM0014", "finance-officer");
        String submitter = engine.token("GM0014", "submitter");
        List<HttpResponse<String>> answers = List.of(
                engine.get("/", null),
                engine.get("/app.js", null),
                engine.get("/health", null),
                engine.get("/api/v1/batches", officer),
                engine.get("/api/v1/batches", null),
                engine.get("/api/v1/nothing-here", officer),
                engine.get("/nothing-here", null),
                engine.submit(submitter, "application/json", "[{", null),
                engine.submit(officer, "application/json", "[]", null));
        assertEquals(List.of(200, 200, 200, 200, 401, 404, 404, 400, 403), answers.stream().map(HttpResponse::statusCode).toList());
        for (HttpResponse<String> answer : answers) {
            String what = answer.request().uri() + " " + answer.statusCode();
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""), what);
            assertEquals("no-referrer", answer.headers().firstValue("Referrer-Policy").orElse(""), what);
            assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""), what);
            assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY,
                    answer.headers().firstValue("Content-Security-Policy").orElse(""), what);
            assertEquals(HttpApi.API_VERSION, answer.headers().firstValue("API-Version").orElse(""), what);
        }
        // the header and the published contract say the same version (NL API Design Rules, API-57)
        String spec = java.nio.file.Files.readString(java.nio.file.Path.of("docs/openapi.yaml"));
        assertTrue(spec.contains("\n  version: \"" + HttpApi.API_VERSION + "\"\n"), "docs/openapi.yaml info.version");
        String csp = answers.get(0).headers().firstValue("Content-Security-Policy").orElseThrow();
        for (String directive : List.of("default-src 'none'", "script-src 'self'", "object-src 'none'", "base-uri 'none'",
                "form-action 'self'", "frame-ancestors 'none'")) {
            assertTrue(csp.contains(directive), csp);
        }
    }

    /** RFC 9112 §6.1: Netty alone would drop the Content-Length, read the body as chunked and keep the connection. */
    @Test
    void aRequestWithBothContentLengthAndTransferEncodingIsRefusedAndItsConnectionClosed() throws Exception {
        String submitter = engine.token("GM0014", "submitter");
        for (String encoding : List.of("chunked", "identity")) {
            try (Socket socket = new Socket("127.0.0.1", engine.port())) {
                socket.setSoTimeout(20_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/v1/berekeningen HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + submitter
                        + "\r\nContent-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: " + encoding
                        + "\r\n\r\n2\r\n[]\r\n0\r\n\r\nGET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(answer.startsWith("HTTP/1.1 400"), encoding + ": " + answer);
                assertTrue(answer.contains("application/problem+json") && answer.contains("Content-Length als Transfer-Encoding"),
                        answer);
                assertTrue(answer.contains("nosniff"), answer);
                assertEquals(1, answer.split("HTTP/1.1 ", -1).length - 1, "the smuggled second request is never answered: "
                        + answer);
            }
        }
        assertEquals(200, engine.get("/health", null).statusCode(), "other connections are not affected");
    }

    /** A full pool (wait queue bound in persistence/Database) or a pool wait timeout is saturation: 503, never 500. */
    @Test
    void aFullDatabasePoolIsA503WithRetryAfter() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            Router router = Router.router(vertx);
            router.get("/busy").handler(ctx -> ctx.fail(new ConnectionPoolTooBusyException(
                    "Connection pool reached max wait queue size of 1024")));
            router.get("/timeout").handler(ctx -> ctx.fail(new NoStackTraceThrowable("Timeout")));
            router.route().failureHandler(new FailureHandler());
            // HTTP/1.1 as the engine serves it (no h2c upgrade, which this bare server would otherwise accept)
            HttpServer server = vertx.createHttpServer(new HttpServerOptions().setHttp2ClearTextEnabled(false))
                    .requestHandler(router).listen(0, "127.0.0.1")
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            for (String path : List.of("/busy", "/timeout")) {
                HttpResponse<String> answer = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.actualPort() + path)).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
                IntakeApiTest.assertProblem(answer, 503);
                assertEquals(String.valueOf(FailureHandler.RETRY_AFTER_SECONDS),
                        answer.headers().firstValue("Retry-After").orElse(""), path);
            }
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }
}
