package nl.gbi.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;
import java.io.IOException;
import nl.gbi.domain.EngineError;
import nl.gbi.json.Json;

/** Reads a small JSON request body (a command, not a data upload) with a hard size limit. */
final class SmallBody {

    static final int MAX_BYTES = 64 * 1024;

    private SmallBody() {
    }

    static Future<JsonNode> readObject(HttpServerRequest request) {
        return UploadBody.read(request, MAX_BYTES, "Ten hoogste " + MAX_BYTES + " bytes").compose(body -> {
            try {
                JsonNode node = Json.MAPPER.readTree(body);
                if (node == null || !node.isObject()) {
                    return Future.failedFuture(new EngineError(EngineError.Kind.MALFORMED, "Verwacht een JSON-object"));
                }
                return Future.succeededFuture(node);
            } catch (JacksonException e) {
                return Future.failedFuture(new EngineError(EngineError.Kind.MALFORMED,
                        "Geen geldige JSON: " + e.getOriginalMessage()));
            } catch (IOException e) {
                return Future.failedFuture(e);
            }
        });
    }
}
