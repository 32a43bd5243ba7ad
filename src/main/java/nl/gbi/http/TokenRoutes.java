package nl.gbi.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.List;
import nl.gbi.access.AccessReview;
import nl.gbi.access.Caller;
import nl.gbi.access.IssuedToken;
import nl.gbi.access.Role;
import nl.gbi.access.StoredToken;
import nl.gbi.access.Tokens;
import nl.gbi.domain.EngineError;
import nl.gbi.domain.Fout;
import nl.gbi.json.Json;

/**
 * The tokens (docs/operations.md, "Tokens"): {@code POST /api/v1/tokens} (admin) creates one, valid for
 * {@code geldigDagen} days (default 90), and shows it once; {@code GET /api/v1/tokens} (admin) lists them without
 * their secrets; {@code DELETE /api/v1/tokens/{id}} (admin) revokes one at once. {@code GET /api/v1/token} (every
 * role): the token the request carries, without its secret, so that the page shows only what the role may use.
 * {@code DELETE /api/v1/sessie}: an officer's sign-out from the page.
 */
final class TokenRoutes {

    private final Tokens tokens;

    TokenRoutes(Tokens tokens) {
        this.tokens = tokens;
    }

    void mount(Router router) {
        router.post("/api/v1/tokens").handler(this::create);
        router.get("/api/v1/tokens").handler(this::list);
        router.delete("/api/v1/tokens/:id").handler(this::revoke);
        router.get("/api/v1/token").handler(this::self);
        router.delete("/api/v1/sessie").handler(this::signOut);
        router.get("/api/v1/toegang").handler(this::review);
    }

    /** The access review (admin): every person and credential; {@code ?formaat=csv} for the auditor. */
    private void review(RoutingContext ctx) {
        Caller admin = Authentication.require(ctx, Role.ADMIN);
        String format = BatchRoutes.single(ctx, "formaat");
        if (format != null && !format.equals("csv") && !format.equals("json")) {
            throw EngineError.invalid(new Fout("formaat", "ONGELDIGE_WAARDE", "json of csv"));
        }
        tokens.list(admin).onSuccess(all -> {
            List<AccessReview.Person> persons = AccessReview.persons(all);
            if ("csv".equals(format)) {
                ctx.response().setStatusCode(200).putHeader("Content-Type", "text/csv; charset=utf-8")
                        .putHeader("Content-Disposition", "attachment; filename=\"toegang.csv\"")
                        .putHeader("Cache-Control", "no-store").end(AccessReview.csv(persons));
                return;
            }
            ObjectNode body = Json.MAPPER.createObjectNode().put("afgekapt", all.size() >= Tokens.LIST_MAX);
            ArrayNode items = body.putArray("personen");
            for (AccessReview.Person person : persons) {
                ObjectNode p = items.addObject().put("persoon", person.persoon());
                ArrayNode credentials = p.putArray("tegoeden");
                person.credentials().forEach(t -> credentials.add(json(t)));
            }
            BatchRoutes.json(ctx, 200, body);
        }).onFailure(ctx::fail);
    }

    /** Who the request is; for an officer's session also {@code sessie: true} and the {@code csrf} the page sends back. */
    private void self(RoutingContext ctx) {
        Caller caller = Authentication.require(ctx, Role.values());
        ObjectNode body = Json.MAPPER.createObjectNode().put("id", caller.tokenId())
                .put("tenant", caller.tenantId()).put("role", caller.role().wireName()).put("naam", caller.naam())
                .put("persoon", caller.persoon());
        String csrf = Authentication.csrf(ctx);
        if (csrf != null) {
            body.put("sessie", true).put("csrf", csrf);
        }
        BatchRoutes.json(ctx, 200, body);
    }

    /** Sign-out: ends the caller's own session at once (every instance refuses its cookie from now) and clears it. */
    private void signOut(RoutingContext ctx) {
        Caller caller = Authentication.require(ctx, Role.values());
        tokens.endSession(caller).onSuccess(ended -> {
            SignInRoutes.clearSession(ctx);
            ctx.response().setStatusCode(204).end();
        }).onFailure(ctx::fail);
    }

    private void create(RoutingContext ctx) {
        Caller admin = Authentication.require(ctx, Role.ADMIN);
        SmallBody.readObject(ctx.request())
                .compose(body -> tokens.issue(admin, text(body, "tenant"), text(body, "role"), text(body, "naam"),
                        days(body), persoon(body)))
                .onSuccess(issued -> ctx.response().setStatusCode(201).putHeader("Content-Type", "application/json")
                        .putHeader("Cache-Control", "no-store").end(toJson(issued)))
                .onFailure(ctx::fail);
    }

    private void list(RoutingContext ctx) {
        Caller admin = Authentication.require(ctx, Role.ADMIN);
        tokens.list(admin).onSuccess(all -> {
            ObjectNode body = Json.MAPPER.createObjectNode();
            ArrayNode items = body.putArray("tokens");
            all.forEach(token -> items.add(json(token)));
            body.put("afgekapt", all.size() >= Tokens.LIST_MAX);
            BatchRoutes.json(ctx, 200, body);
        }).onFailure(ctx::fail);
    }

    private void revoke(RoutingContext ctx) {
        Caller admin = Authentication.require(ctx, Role.ADMIN);
        String id = ctx.pathParam("id");
        if (id == null || !id.matches("[a-z0-9]{1,40}")) {
            throw EngineError.notFound("Token " + id + " bestaat niet");
        }
        tokens.revoke(admin, id).onSuccess(token -> BatchRoutes.json(ctx, 200, json(token))).onFailure(ctx::fail);
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || !value.isTextual() ? null : value.textValue();
    }

    /** The optional persoon: a text, or absent (then the token is a person of its own). */
    private static String persoon(JsonNode body) {
        JsonNode value = body.get("persoon");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw EngineError.invalid(new Fout("persoon", "ONGELDIG_FORMAAT", "Een tekst, bijvoorbeeld een personeelsnummer"));
        }
        return value.textValue();
    }

    /** The optional number of days; a value that is not a whole number is refused here, a range in Tokens. */
    private static Integer days(JsonNode body) {
        JsonNode value = body.get("geldigDagen");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw EngineError.invalid(new Fout("geldigDagen", "ONGELDIG_FORMAAT", "Een geheel aantal dagen, 1 tot en met "
                    + Tokens.DAYS_MAX));
        }
        return value.intValue();
    }

    private static String toJson(IssuedToken issued) {
        return Json.MAPPER.createObjectNode()
                .put("id", issued.id())
                .put("token", issued.token())
                .put("tenant", issued.tenantId())
                .put("role", issued.role().wireName())
                .put("naam", issued.naam())
                .put("persoon", issued.persoon())
                .put("verlooptOp", issued.expiresAt().toString())
                .toString();
    }

    /** A token as the admin's list shows it: never its secret or hash. */
    static ObjectNode json(StoredToken t) {
        return Json.MAPPER.createObjectNode().put("id", t.id()).put("tenant", t.tenantId()).put("role", t.role().wireName())
                .put("naam", t.naam()).put("persoon", t.persoon()).put("aangemaaktOp", text(t.createdAt())).put("aangemaaktDoor", t.createdBy())
                .put("verlooptOp", text(t.expiresAt())).put("laatstGebruiktOp", text(t.lastUsedAt()))
                .put("ingetrokkenOp", text(t.revokedAt())).put("ingetrokkenDoor", t.revokedBy())
                .put("status", AccessReview.status(t)).put("soort", AccessReview.soort(t));
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }
}
