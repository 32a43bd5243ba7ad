package nl.gbi.http;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import nl.gbi.domain.EngineError;

/**
 * Reads a request body whole with a hard size limit and an idle timeout: an uploaded XML bank file, or a small
 * JSON command.
 */
final class UploadBody {

    private UploadBody() {
    }

    static Future<byte[]> readXml(HttpServerRequest request, int maxBytes) {
        String type = request.getHeader("Content-Type");
        String mediaType = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase();
        if (!mediaType.equals("application/xml") && !mediaType.equals("text/xml")) {
            return Future.failedFuture(new EngineError(EngineError.Kind.UNSUPPORTED_MEDIA_TYPE,
                    "Stuur het bankbestand als application/xml"));
        }
        return read(request, maxBytes, "Een bankbestand is ten hoogste " + maxBytes + " bytes");
    }

    /**
     * The whole body, or TOO_LARGE with {@code tooLarge} as soon as it passes {@code maxBytes}, or
     * {@link UploadIdleTimeout.Stalled} when the client stops sending.
     */
    static Future<byte[]> read(HttpServerRequest request, int maxBytes, String tooLarge) {
        Promise<byte[]> promise = Promise.promise();
        Buffer body = Buffer.buffer();
        UploadIdleTimeout idle = UploadIdleTimeout.start(request, stalled -> {
            request.pause();
            promise.tryFail(stalled);
        });
        promise.future().onComplete(done -> idle.stop());
        request.handler(piece -> {
            idle.touch();
            if (promise.future().isComplete()) {
                return;
            }
            if (body.length() + piece.length() > maxBytes) {
                promise.tryFail(new EngineError(EngineError.Kind.TOO_LARGE, tooLarge));
                request.pause();
            } else {
                body.appendBuffer(piece);
            }
        });
        request.exceptionHandler(promise::tryFail);
        request.endHandler(ended -> promise.tryComplete(body.getBytes()));
        request.resume();
        return promise.future();
    }
}
