package nl.gbi.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import nl.gbi.access.Caller;
import nl.gbi.access.Role;

import nl.gbi.batches.Batches;
import nl.gbi.batches.Shown;
import nl.gbi.domain.EngineError;
import nl.gbi.domain.Fout;
import nl.gbi.domain.Money;
import nl.gbi.json.Json;

/**
 * The batch routes of the contract: list, detail (with a page of payments under {@code /payments}), approval,
 * rejection and the download of the approved pain.001 ({@code ?file=N} for batches of several files).
 */
final class BatchRoutes {

    private final Batches batches;

    BatchRoutes(Batches batches) {
        this.batches = batches;
    }

    void mount(Router router) {
        router.get("/api/v1/batches").handler(this::list);
        router.get("/api/v1/batches/:id").handler(this::detail);
        router.get("/api/v1/batches/:id/payments").handler(this::payments);
        router.post("/api/v1/batches/:id/approvals").handler(this::approve);
        router.post("/api/v1/batches/:id/rejection").handler(this::reject);
        router.get("/api/v1/batches/:id/pain001").handler(this::pain001);
    }

    private void list(RoutingContext ctx) {
        Caller caller = Authentication.require(ctx, Role.FINANCE_OFFICER, Role.OPS);
        batches.list(caller, ctx.request().getParam("status")).onSuccess(found -> {
            ObjectNode body = Json.MAPPER.createObjectNode();
            ArrayNode items = body.putArray("batches");
            found.forEach(batch -> items.add(BatchJson.summary(batch)));
            json(ctx, 200, body);
        }).onFailure(ctx::fail);
    }

    private void detail(RoutingContext ctx) {
        Caller caller = Authentication.require(ctx, Role.FINANCE_OFFICER, Role.OPS);
        batches.get(caller, id(ctx)).onSuccess(batch -> json(ctx, 200, BatchJson.detail(batch))).onFailure(ctx::fail);
    }

    private void payments(RoutingContext ctx) {
        Caller caller = Authentication.require(ctx, Role.FINANCE_OFFICER, Role.OPS);
        int offset = number(ctx, "vanaf", 0);
        int limit = number(ctx, "aantal", 50);
        batches.payments(caller, id(ctx), offset, limit).onSuccess(page -> {
            ObjectNode body = Json.MAPPER.createObjectNode().put("vanaf", offset);
            ArrayNode items = body.putArray("betalingen");
            page.forEach(p -> items.add(BatchJson.payment(p)));
            json(ctx, 200, body);
        }).onFailure(ctx::fail);
    }

    private void approve(RoutingContext ctx) {
        Caller officer = Authentication.require(ctx, Role.FINANCE_OFFICER);
        long id = id(ctx);
        SmallBody.readObject(ctx.request())
                .compose(body -> batches.approve(officer, id, shown(body)))
                .onSuccess(batch -> json(ctx, 201, BatchJson.detail(batch)))
                .onFailure(ctx::fail);
    }

    private void reject(RoutingContext ctx) {
        Caller officer = Authentication.require(ctx, Role.FINANCE_OFFICER);
        long id = id(ctx);
        SmallBody.readObject(ctx.request())
                .compose(body -> batches.reject(officer, id, body.path("reden").isTextual() ? body.get("reden").textValue() : null))
                .onSuccess(batch -> json(ctx, 200, BatchJson.detail(batch)))
                .onFailure(ctx::fail);
    }

    private void pain001(RoutingContext ctx) {
        Caller officer = Authentication.require(ctx, Role.FINANCE_OFFICER);
        batches.export(officer, id(ctx), number(ctx, "file", 0)).onSuccess(file -> ctx.response()
                .putHeader("Content-Type", "application/xml")
                .putHeader("X-Content-SHA256", file.sha256Hex())
                .putHeader("Content-Disposition", "attachment; filename=\"" + file.msgId().replace('/', '-') + ".xml\"")
                .putHeader("Cache-Control", "no-store")
                .end(Buffer.buffer(file.content()))).onFailure(ctx::fail);
    }

    /** What the officer says was shown; every field that is present must match the stored file. */
    private static Shown shown(JsonNode body) {
        List<Fout> fouten = new ArrayList<>();
        JsonNode sha = body.get("sha256");
        JsonNode count = body.get("aantal");
        JsonNode total = body.get("totaal");
        if (sha != null && !(sha.isTextual() && sha.textValue().matches("[0-9a-fA-F]{64}"))) {
            fouten.add(new Fout("sha256", "ONGELDIG_FORMAAT", "64 hexadecimale tekens"));
        }
        if (count != null && !count.canConvertToInt()) {
            fouten.add(new Fout("aantal", "ONGELDIG_FORMAAT", "Een geheel getal"));
        }
        Money ctrlSum = null;
        if (total != null) {
            try {
                ctrlSum = total.isNumber() ? Money.ofEuros(total.decimalValue()) : null;
            } catch (IllegalArgumentException e) {
                ctrlSum = null;
            }
            if (ctrlSum == null) {
                fouten.add(new Fout("totaal", "ONGELDIG_BEDRAG", "Een bedrag in euro's met ten hoogste 2 decimalen"));
            }
        }
        if (!fouten.isEmpty()) {
            throw EngineError.invalid("De goedkeuring kan zo niet worden gelezen", fouten);
        }
        return new Shown(sha == null ? null : sha.textValue(), count == null ? null : count.intValue(), ctrlSum);
    }

    static long id(RoutingContext ctx) {
        String raw = ctx.pathParam("id");
        if (raw == null || !raw.matches("[0-9]{1,18}")) {
            throw EngineError.notFound("Batch " + raw + " bestaat niet");
        }
        return Long.parseLong(raw);
    }

    private static int number(RoutingContext ctx, String name, int fallback) {
        String raw = ctx.request().getParam(name);
        if (raw == null) {
            return fallback;
        }
        if (!raw.matches("[0-9]{1,6}")) {
            throw EngineError.invalid(new Fout(name, "ONGELDIG_FORMAAT", "Een geheel getal van 0 tot 999999"));
        }
        return Integer.parseInt(raw);
    }

    static void json(RoutingContext ctx, int status, ObjectNode body) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "no-store").end(body.toString());
    }

}
