package nl.gbi.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import nl.gbi.access.Caller;
import nl.gbi.access.Role;
import nl.gbi.audit.AuditTrail;
import nl.gbi.domain.EngineError;
import nl.gbi.domain.Fout;
import nl.gbi.json.Json;

/** {@code GET /api/v1/audit[?tenant=&na=&aantal=]}: finance officers read their tenant's trail, ops any. */
final class AuditRoutes {

    private final AuditTrail trail;

    AuditRoutes(AuditTrail trail) {
        this.trail = trail;
    }

    void mount(Router router) {
        router.get("/api/v1/audit").handler(this::read);
    }

    private void read(RoutingContext ctx) {
        Caller caller = Authentication.require(ctx, Role.FINANCE_OFFICER, Role.OPS);
        long after = number(ctx.request().getParam("na"), "na", 0);
        int limit = (int) number(ctx.request().getParam("aantal"), "aantal", 100);
        trail.read(caller, ctx.request().getParam("tenant"), after, limit).onSuccess(entries -> {
            ObjectNode body = Json.MAPPER.createObjectNode();
            ArrayNode items = body.putArray("regels");
            entries.forEach(e -> items.add(BatchJson.audit(e)));
            BatchRoutes.json(ctx, 200, body);
        }).onFailure(ctx::fail);
    }

    private static long number(String raw, String name, long fallback) {
        if (raw == null) {
            return fallback;
        }
        if (!raw.matches("[0-9]{1,15}")) {
            throw EngineError.invalid(new Fout(name, "ONGELDIG_FORMAAT", "Een geheel getal"));
        }
        return Long.parseLong(raw);
    }
}
