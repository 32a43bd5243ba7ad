package nl.gbi.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Handler;
import io.vertx.core.VertxException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.ext.web.RoutingContext;
import io.vertx.pgclient.PgException;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.gbi.domain.EngineError;
import nl.gbi.json.Problems;

/**
 * Every failure of every route ends here and becomes RFC 9457 problem+json. Expected refusals map by kind;
 * saturation (a cap, a full database pool) is a 503 with {@code Retry-After}; a stalled upload a 408; a client
 * that hung up gets one log line and no answer; anything else is a 500 with a generic detail, logged once
 * with its stack trace. A request whose body was not read to the end gets its connection closed, so that no
 * leftover bytes are taken for a next request.
 */
final class FailureHandler implements Handler<RoutingContext> {

    /** How long a client should wait after a 503 before it tries again. */
    static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(FailureHandler.class.getName());

    @Override
    public void handle(RoutingContext ctx) {
        if (isHangUp(ctx.failure())) {
            // not an error of the engine: one line, without the body or anything personal in it
            LOG.info(() -> "client hung up during " + ctx.request().method() + " " + ctx.normalizedPath() + " after "
                    + ctx.request().bytesRead() + " bytes of its body; nothing of the request is stored");
            ctx.request().connection().close();
            return;
        }
        if (ctx.response().headWritten() || ctx.response().closed()) {
            ctx.request().connection().close();
            return;
        }
        ObjectNode problem = problem(ctx);
        int status = problem.get("status").intValue();
        ctx.response().setStatusCode(status).putHeader("Content-Type", Problems.MEDIA_TYPE);
        if (status == 401) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
        }
        if (status == 503) {
            ctx.response().putHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        }
        boolean unread = !ctx.request().isEnded();
        if (unread) {
            ctx.response().putHeader("Connection", "close");
        }
        ctx.response().end(problem.toString()).onComplete(written -> {
            if (unread) {
                ctx.request().connection().close();
            }
        });
    }

    /** The connection went away under the request: reset, closed, or closed while the body was still coming. */
    static boolean isHangUp(Throwable failure) {
        return failure instanceof HttpClosedException || failure instanceof IOException;
    }

    private static ObjectNode problem(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (failure instanceof EngineError error) {
            return fromEngineError(error);
        }
        if (failure instanceof UploadIdleTimeout.Stalled stalled) {
            LOG.info(() -> "upload stalled on " + ctx.request().method() + " " + ctx.normalizedPath() + " after "
                    + ctx.request().bytesRead() + " bytes; refused and its connection closed");
            return Problems.problem(408, "Te traag", stalled.getMessage());
        }
        if (isPoolSaturated(failure)) {
            LOG.warning(() -> "no database connection free for " + ctx.request().method() + " " + ctx.normalizedPath()
                    + " (" + failure.getMessage() + "); answered 503");
            return Problems.problem(503, "Niet beschikbaar", "De betaalmotor is nu te druk; probeer het over "
                    + RETRY_AFTER_SECONDS + " seconden opnieuw. Er is niets van dit verzoek opgeslagen");
        }
        if (failure instanceof PgException pg && "23505".equals(pg.getSqlState())) {
            return Problems.problem(409, "Conflict", "Een gelijktijdig verzoek wijzigde dezelfde gegevens; probeer het opnieuw");
        }
        if (failure instanceof PgException pg && "23514".equals(pg.getSqlState())) {
            // a rule the database enforces (V002 triggers) refused what Java let through: a race, or a bug
            LOG.warning(() -> "database refused a change on " + ctx.normalizedPath() + ": " + pg.getErrorMessage());
            return Problems.problem(409, "Conflict", "De database weigerde deze wijziging: " + pg.getErrorMessage());
        }
        if (failure == null) {
            return switch (ctx.statusCode()) {
                case 404 -> Problems.problem(404, "Niet gevonden", "Deze route bestaat niet");
                case 405 -> Problems.problem(405, "Methode niet toegestaan", "Deze methode hoort niet bij deze route");
                default -> Problems.problem(ctx.statusCode(), "Fout", "Het verzoek kon niet worden verwerkt");
            };
        }
        LOG.log(Level.SEVERE, "unexpected failure on " + ctx.request().method() + " " + ctx.normalizedPath(), failure);
        return Problems.problem(500, "Interne fout", "Er ging iets mis in de betaalmotor; niets van dit verzoek is opgeslagen");
    }

    /**
     * The pool's wait queue is full (ConnectionPoolTooBusyException), or a connection did not come free within
     * the pool's connection timeout (the SQL client fails that with a bare "Timeout").
     */
    private static boolean isPoolSaturated(Throwable failure) {
        return failure instanceof ConnectionPoolTooBusyException
                || (failure instanceof VertxException && failure.getMessage() != null
                        && failure.getMessage().startsWith("Timeout") && failure.getStackTrace().length == 0);
    }

    /** A conflict that names fields (the findings an approval left unacknowledged) lists them as {@code fouten}. */
    private static ObjectNode withFouten(ObjectNode problem, EngineError error) {
        if (!error.fouten().isEmpty()) {
            problem.set("fouten", Problems.fouten(error.fouten()));
        }
        return problem;
    }

    static ObjectNode fromEngineError(EngineError error) {
        return switch (error.kind()) {
            case INVALID -> Problems.validation(error.getMessage(), error.fouten());
            case MALFORMED -> Problems.problem(400, "Onleesbare JSON", error.getMessage());
            case UNAUTHENTICATED -> Problems.problem(401, "Niet aangemeld", error.getMessage());
            case FORBIDDEN -> Problems.problem(403, "Geen toegang", error.getMessage());
            case NOT_FOUND -> Problems.problem(404, "Niet gevonden", error.getMessage());
            case CONFLICT -> withFouten(Problems.problem(409, "Conflict", error.getMessage()), error);
            case TOO_LARGE -> Problems.problem(413, "Te groot", error.getMessage());
            case UNSUPPORTED_MEDIA_TYPE -> Problems.problem(415, "Onbekend formaat", error.getMessage());
            case UNPROCESSABLE -> Problems.problem(422, "Bestand niet verwerkt", error.getMessage());
            case UNAVAILABLE -> Problems.problem(503, "Niet beschikbaar", error.getMessage());
        };
    }
}
