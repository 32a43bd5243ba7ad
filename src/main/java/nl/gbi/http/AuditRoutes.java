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

    /** A chain's sequence numbers stay far below this (a bigint); more digits are a typing error. */
    private static final long SEQ_MAX = 999_999_999_999_999L;

    private final AuditTrail trail;

    AuditRoutes(AuditTrail trail) {
        this.trail = trail;
    }

    void mount(Router router) {
        router.get("/api/v1/audit").handler(this::read);
    }

    private void read(RoutingContext ctx) {
        Caller caller = Authentication.require(ctx, Role.FINANCE_OFFICER, Role.OPS);
        long after = BatchRoutes.number(ctx, "na", 0, SEQ_MAX, 0);
        int limit = (int) BatchRoutes.number(ctx, "aantal", 1, AuditTrail.LIMIT_MAX, 100);
        trail.read(caller, tenant(ctx), after, limit).onSuccess(entries -> {
            ObjectNode body = Json.MAPPER.createObjectNode();
            ArrayNode items = body.putArray("regels");
            entries.forEach(e -> items.add(BatchJson.audit(e)));
            BatchRoutes.json(ctx, 200, body);
        }).onFailure(ctx::fail);
    }

    /** A chain's name: a gemeentecode such as GM0014, or PLATFORM; the use case decides whether it exists. */
    private static String tenant(RoutingContext ctx) {
        String raw = BatchRoutes.single(ctx, "tenant");
        if (raw != null && !raw.matches("[A-Za-z0-9]{1,16}")) {
            throw EngineError.invalid(new Fout("tenant", "ONGELDIG_FORMAAT", "Een gemeentecode zoals GM0014, of PLATFORM"));
        }
        return raw;
    }
}
