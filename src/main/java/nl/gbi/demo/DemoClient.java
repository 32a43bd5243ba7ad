package nl.gbi.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import nl.gbi.json.Json;

/** The demo talks to the engine as its users do: over HTTP with bearer tokens. Blocking; for the demo's main thread. */
final class DemoClient {

    /** A downloaded file and the hash the engine announced for it. */
    record Download(byte[] bytes, String announcedSha256) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    DemoClient(String base) {
        this.base = base;
    }

    JsonNode post(String path, String token, String contentType, String body, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path, token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return json(path, http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    JsonNode get(String path, String token) throws IOException, InterruptedException {
        return json(path, http.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString()));
    }

    Download download(String path, String token) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException(path + " answered " + response.statusCode());
        }
        return new Download(response.body(), response.headers().firstValue("X-Content-SHA256").orElse(""));
    }

    private HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token);
    }

    private static JsonNode json(String path, HttpResponse<String> response) throws IOException {
        if (response.statusCode() / 100 != 2) {
            throw new IOException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return Json.MAPPER.readTree(response.body());
    }
}
