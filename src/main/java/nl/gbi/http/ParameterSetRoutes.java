package nl.gbi.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import nl.gbi.access.Caller;
import nl.gbi.access.Role;
import nl.gbi.domain.EngineError;
import nl.gbi.json.Json;
import nl.gbi.parameters.ParameterSets;
import nl.gbi.parameterset.Readiness;

/**
 * The parameter sets (ops, docs/parameters.md): {@code POST /api/v1/parametersets} (text/plain in the shipped file's
 * line format, or JSON), {@code GET /api/v1/parametersets[/{id}]}, {@code POST …/{id}/approvals} and
 * {@code POST …/{id}/rejection {reden}}.
 */
final class ParameterSetRoutes {

    /** A set is a few hundred lines; the shipped table of three years is 8 kB. */
    static final int MAX_BYTES = 256 * 1024;

    private final ParameterSets sets;

    ParameterSetRoutes(ParameterSets sets) {
        this.sets = sets;
    }

    void mount(Router router) {
        router.post("/api/v1/parametersets").handler(this::propose);
        router.get("/api/v1/parametersets").handler(this::list);
        router.get("/api/v1/parametersets/:id").handler(this::detail);
        router.post("/api/v1/parametersets/:id/approvals").handler(this::approve);
        router.post("/api/v1/parametersets/:id/rejection").handler(this::reject);
    }

    private void propose(RoutingContext ctx) {
        Caller ops = Authentication.require(ctx, Role.OPS);
        String type = ctx.request().getHeader("Content-Type");
        String mediaType = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase();
        Future<String> document = switch (mediaType) {
            case "text/plain" -> UploadBody.read(ctx.request(), MAX_BYTES, "Een parameterset is ten hoogste " + MAX_BYTES
                    + " bytes").map(ParameterSetRoutes::utf8);
            case "application/json" -> SmallBody.readObject(ctx.request()).map(ParameterSetJson::document);
            default -> throw new EngineError(EngineError.Kind.UNSUPPORTED_MEDIA_TYPE,
                    "Stuur een parameterset als text/plain (het regelformaat van het meegeleverde bestand) of application/json");
        };
        document.compose(text -> sets.propose(ops, text))
                .onSuccess(shown -> {
                    ctx.response().putHeader("Location", "/api/v1/parametersets/" + shown.set().id());
                    BatchRoutes.json(ctx, 201, ParameterSetJson.shown(shown));
                })
                .onFailure(ctx::fail);
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new EngineError(EngineError.Kind.MALFORMED, "Een parameterset is UTF-8-tekst");
        }
    }

    private void list(RoutingContext ctx) {
        Authentication.require(ctx, Role.OPS);
        sets.recent().compose(recent -> sets.readiness().map(readiness -> {
            ObjectNode json = Json.MAPPER.createObjectNode();
            json.set("gereed", readiness(readiness));
            ArrayNode items = json.putArray("parametersets");
            recent.forEach(set -> items.add(ParameterSetJson.summary(set)));
            return json;
        })).onSuccess(json -> BatchRoutes.json(ctx, 200, json)).onFailure(ctx::fail);
    }

    static ObjectNode readiness(Readiness readiness) {
        ObjectNode json = Json.MAPPER.createObjectNode()
                .put("ontbreektVanaf", readiness.ontbreektVanaf() == null ? null : readiness.ontbreektVanaf().toString())
                .put("dagen", readiness.dagen()).put("waarschuwing", readiness.waarschuwing());
        if (readiness.waarschuwing()) {
            json.put("melding", readiness.dagen() <= 0
                    ? "Voor " + readiness.ontbreektVanaf() + " zijn geen goedgekeurde normen; een betaalrun van die maand start niet"
                    : "Over " + readiness.dagen() + " dagen begint " + readiness.ontbreektVanaf()
                    + " zonder goedgekeurde normen; stel de parameterset voor en laat hem goedkeuren");
        }
        return json;
    }

    private void detail(RoutingContext ctx) {
        Authentication.require(ctx, Role.OPS);
        sets.get(id(ctx)).onSuccess(shown -> BatchRoutes.json(ctx, 200, ParameterSetJson.shown(shown))).onFailure(ctx::fail);
    }

    private void approve(RoutingContext ctx) {
        Caller ops = Authentication.require(ctx, Role.OPS);
        long id = id(ctx);
        // no body is read: the approval is of the stored set, whose hash the answer and the audit entry name
        ctx.request().resume();
        sets.approve(ops, id).onSuccess(shown -> BatchRoutes.json(ctx, 200, ParameterSetJson.shown(shown)))
                .onFailure(ctx::fail);
    }

    private void reject(RoutingContext ctx) {
        Caller ops = Authentication.require(ctx, Role.OPS);
        long id = id(ctx);
        SmallBody.readObject(ctx.request())
                .compose(body -> {
                    JsonNode reden = body.get("reden");
                    return sets.reject(ops, id, reden == null || !reden.isTextual() ? null : reden.textValue());
                })
                .onSuccess(shown -> BatchRoutes.json(ctx, 200, ParameterSetJson.shown(shown)))
                .onFailure(ctx::fail);
    }

    private static long id(RoutingContext ctx) {
        String raw = ctx.pathParam("id");
        if (raw == null || !raw.matches("[1-9][0-9]{0,17}")) {
            throw EngineError.notFound("Parameterset " + raw + " bestaat niet");
        }
        return Long.parseLong(raw);
    }
}
