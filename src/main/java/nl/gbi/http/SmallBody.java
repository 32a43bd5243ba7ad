package nl.gbi.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import java.io.IOException;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import nl.gbi.domain.EngineError;
import nl.gbi.json.Json;

/** Reads a small JSON request body (a command, not a data upload) with a hard size limit. */
final class SmallBody {

    static final int MAX_BYTES = 64 * 1024;

    private SmallBody() {
    }

    static Future<JsonNode> readObject(HttpServerRequest request) {
        Promise<JsonNode> promise = Promise.promise();
        Buffer body = Buffer.buffer();
        request.handler(piece -> {
            if (body.length() + piece.length() > MAX_BYTES) {
                promise.tryFail(new EngineError(EngineError.Kind.TOO_LARGE, "Ten hoogste " + MAX_BYTES + " bytes"));
                request.pause();
            } else {
                body.appendBuffer(piece);
            }
        });
        request.exceptionHandler(promise::tryFail);
        request.endHandler(ended -> {
            try {
                JsonNode node = Json.MAPPER.readTree(body.getBytes());
                if (node == null || !node.isObject()) {
                    promise.tryFail(new EngineError(EngineError.Kind.MALFORMED, "Verwacht een JSON-object"));
                } else {
                    promise.tryComplete(node);
                }
            } catch (JacksonException e) {
                promise.tryFail(new EngineError(EngineError.Kind.MALFORMED, "Geen geldige JSON: " + e.getOriginalMessage()));
            } catch (IOException e) {
                promise.tryFail(e);
            }
        });
        request.resume();
        return promise.future();
    }
}
