package nl.gbi.http;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import nl.gbi.domain.EngineError;

/** Reads an uploaded XML file (a bank file) whole, with a hard size limit and the right media type. */
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
        Promise<byte[]> promise = Promise.promise();
        Buffer body = Buffer.buffer();
        request.handler(piece -> {
            if (body.length() + piece.length() > maxBytes) {
                promise.tryFail(new EngineError(EngineError.Kind.TOO_LARGE, "Een bankbestand is ten hoogste "
                        + maxBytes + " bytes"));
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
