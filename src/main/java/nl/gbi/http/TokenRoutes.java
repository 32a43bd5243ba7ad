package nl.gbi.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import nl.gbi.access.Caller;
import nl.gbi.access.IssuedToken;
import nl.gbi.access.Role;
import nl.gbi.access.Tokens;
import nl.gbi.json.Json;

/**
 * {@code POST /api/v1/tokens} (admin): creates a token and shows it once. {@code GET /api/v1/token} (every role): the
 * token the request carries, without its secret, so that the page shows only what the role may use.
 */
final class TokenRoutes {

    private final Tokens tokens;

    TokenRoutes(Tokens tokens) {
        this.tokens = tokens;
    }

    void mount(Router router) {
        router.post("/api/v1/tokens").handler(this::create);
        router.get("/api/v1/token").handler(this::self);
    }

    private void self(RoutingContext ctx) {
        Caller caller = Authentication.require(ctx, Role.values());
        BatchRoutes.json(ctx, 200, Json.MAPPER.createObjectNode().put("id", caller.tokenId())
                .put("tenant", caller.tenantId()).put("role", caller.role().wireName()).put("naam", caller.naam()));
    }

    private void create(RoutingContext ctx) {
        Caller admin = Authentication.require(ctx, Role.ADMIN);
        SmallBody.readObject(ctx.request())
                .compose(body -> tokens.issue(admin, text(body, "tenant"), text(body, "role"), text(body, "naam")))
                .onSuccess(issued -> ctx.response().setStatusCode(201).putHeader("Content-Type", "application/json")
                        .putHeader("Cache-Control", "no-store").end(toJson(issued)))
                .onFailure(ctx::fail);
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || !value.isTextual() ? null : value.textValue();
    }

    private static String toJson(IssuedToken issued) {
        return Json.MAPPER.createObjectNode()
                .put("id", issued.id())
                .put("token", issued.token())
                .put("tenant", issued.tenantId())
                .put("role", issued.role().wireName())
                .put("naam", issued.naam())
                .toString();
    }
}
