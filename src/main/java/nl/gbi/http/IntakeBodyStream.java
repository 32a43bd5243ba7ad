package nl.gbi.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.util.List;
import nl.gbi.domain.EngineError;
import nl.gbi.intake.IntakeRequest;
import nl.gbi.json.JsonRecordStream;

/**
 * Feeds an intake request body, piece by piece as it arrives, to the intake: records are split off as they
 * complete, and the body is paused while the store catches up. The first failure (malformed JSON, too
 * large, store error, lost connection) ends it: the transaction is rolled back and one problem answered.
 */
final class IntakeBodyStream {

    private final RoutingContext ctx;
    private final HttpServerRequest request;
    private final IntakeRequest intake;
    private final JsonRecordStream records;
    private final long maxBytes;
    private long bytes;
    private boolean ended;

    IntakeBodyStream(RoutingContext ctx, IntakeRequest intake, JsonRecordStream.Framing framing, long maxBytes) {
        this.ctx = ctx;
        this.request = ctx.request();
        this.intake = intake;
        this.records = new JsonRecordStream(framing);
        this.maxBytes = maxBytes;
    }

    void start() {
        request.handler(this::onPiece);
        request.endHandler(end -> onEnd());
        request.exceptionHandler(this::fail);
        request.resume();
    }

    private void onPiece(Buffer piece) {
        if (ended) {
            return;
        }
        bytes += piece.length();
        if (bytes > maxBytes) {
            fail(tooLarge(maxBytes));
            return;
        }
        byte[] data = piece.getBytes();
        intake.bodyBytes(data);
        if (intake.isRepeat()) {
            return;
        }
        try {
            accept(records.feed(data));
        } catch (IOException e) {
            fail(malformed(e));
            return;
        }
        if (intake.backlogged()) {
            request.pause();
            intake.drained().onComplete(stored -> {
                if (stored.failed()) {
                    fail(stored.cause());
                } else if (!ended) {
                    request.resume();
                }
            });
        }
    }

    private void onEnd() {
        if (ended) {
            return;
        }
        try {
            if (!intake.isRepeat()) {
                accept(records.end());
            }
        } catch (IOException e) {
            fail(malformed(e));
            return;
        }
        ended = true;
        intake.finish()
                .onSuccess(answer -> {
                    ctx.response().setStatusCode(answer.status()).putHeader("Content-Type", "application/json");
                    if (answer.replayed()) {
                        ctx.response().putHeader("Idempotent-Replayed", "true");
                    }
                    ctx.response().end(answer.json());
                })
                .onFailure(ctx::fail);
    }

    private void accept(List<JsonNode> complete) {
        for (JsonNode record : complete) {
            intake.accept(record);
        }
    }

    private void fail(Throwable failure) {
        if (ended) {
            return;
        }
        ended = true;
        if (!request.isEnded()) {
            request.pause();
        }
        intake.abort().onComplete(rolledBack -> ctx.fail(failure));
    }

    static EngineError tooLarge(long maxBytes) {
        return new EngineError(EngineError.Kind.TOO_LARGE,
                "Het verzoek is groter dan " + maxBytes + " bytes; verdeel de berekeningen over meer verzoeken. Er is niets opgeslagen");
    }

    private static EngineError malformed(IOException e) {
        String message = e instanceof JacksonException json ? json.getOriginalMessage() : e.getMessage();
        int location = message.indexOf(" (start marker");
        message = location > 0 ? message.substring(0, location) : message;
        message = message.replaceAll("\\s*at \\[Source:.*$", "").replaceAll("\\s*\\[Source:.*$", "");
        return new EngineError(EngineError.Kind.MALFORMED, "Geen geldige JSON: " + message + ". Er is niets opgeslagen");
    }
}
