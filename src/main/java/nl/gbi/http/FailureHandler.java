package nl.gbi.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import io.vertx.pgclient.PgException;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.gbi.domain.EngineError;
import nl.gbi.json.Problems;

/**
 * Every failure of every route ends here and becomes RFC 9457 problem+json. Expected refusals map by kind;
 * anything else is a 500 with a generic detail, logged once with its stack trace. A request whose body was
 * not read to the end gets its connection closed, so that no leftover bytes are taken for a next request.
 */
final class FailureHandler implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(FailureHandler.class.getName());

    @Override
    public void handle(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            ctx.request().connection().close();
            return;
        }
        ObjectNode problem = problem(ctx);
        int status = problem.get("status").intValue();
        ctx.response().setStatusCode(status).putHeader("Content-Type", Problems.MEDIA_TYPE);
        if (status == 401) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
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

    private static ObjectNode problem(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (failure instanceof EngineError error) {
            return fromEngineError(error);
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

    static ObjectNode fromEngineError(EngineError error) {
        return switch (error.kind()) {
            case INVALID -> Problems.validation(error.getMessage(), error.fouten());
            case MALFORMED -> Problems.problem(400, "Onleesbare JSON", error.getMessage());
            case UNAUTHENTICATED -> Problems.problem(401, "Niet aangemeld", error.getMessage());
            case FORBIDDEN -> Problems.problem(403, "Geen toegang", error.getMessage());
            case NOT_FOUND -> Problems.problem(404, "Niet gevonden", error.getMessage());
            case CONFLICT -> Problems.problem(409, "Conflict", error.getMessage());
            case TOO_LARGE -> Problems.problem(413, "Te groot", error.getMessage());
            case UNSUPPORTED_MEDIA_TYPE -> Problems.problem(415, "Onbekend formaat", error.getMessage());
            case UNPROCESSABLE -> Problems.problem(422, "Bestand niet verwerkt", error.getMessage());
            case UNAVAILABLE -> Problems.problem(503, "Niet beschikbaar", error.getMessage());
        };
    }
}
