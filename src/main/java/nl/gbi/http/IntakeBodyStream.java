package nl.gbi.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.AsyncFile;
import java.io.IOException;
import java.util.List;
import nl.gbi.domain.EngineError;
import nl.gbi.intake.IntakeRequest;
import nl.gbi.json.JsonRecordStream;

/**
 * Feeds a spooled intake body, piece by piece from its file, to the intake: records are split off as they
 * complete, and the file is paused while the store catches up. The first failure (malformed JSON, a store
 * or disk error) ends it: the transaction is rolled back and that failure is the outcome.
 */
final class IntakeBodyStream {

    private static final int READ_BUFFER_BYTES = 64 * 1024;

    private final AsyncFile file;
    private final IntakeRequest intake;
    private final JsonRecordStream records;
    private final Promise<IntakeRequest.Answer> answer = Promise.promise();
    private boolean ended;

    IntakeBodyStream(AsyncFile file, IntakeRequest intake, JsonRecordStream.Framing framing) {
        this.file = file;
        this.intake = intake;
        this.records = new JsonRecordStream(framing);
    }

    /** Reads the file to its end (not at all for a repeated Idempotency-Key) and commits, or rolls back. */
    Future<IntakeRequest.Answer> run() {
        if (intake.isRepeat()) {
            ended = true;
            return intake.finish();
        }
        file.setReadBufferSize(READ_BUFFER_BYTES);
        file.exceptionHandler(this::fail);
        file.endHandler(end -> onEnd());
        file.handler(this::onPiece);
        return answer.future();
    }

    private void onPiece(Buffer piece) {
        if (ended) {
            return;
        }
        try {
            accept(records.feed(piece.getBytes()));
        } catch (IOException e) {
            fail(malformed(e));
            return;
        }
        if (intake.backlogged()) {
            file.pause();
            intake.drained().onComplete(stored -> {
                if (stored.failed()) {
                    fail(stored.cause());
                } else if (!ended) {
                    file.resume();
                }
            });
        }
    }

    private void onEnd() {
        if (ended) {
            return;
        }
        try {
            accept(records.end());
        } catch (IOException e) {
            fail(malformed(e));
            return;
        }
        ended = true;
        intake.finish().onComplete(answer);
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
        file.pause();
        intake.abort().onComplete(rolledBack -> answer.fail(failure));
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
