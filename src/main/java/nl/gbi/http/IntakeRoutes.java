package nl.gbi.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import nl.gbi.access.Caller;
import nl.gbi.access.Role;
import nl.gbi.domain.EngineError;
import nl.gbi.intake.Intake;
import nl.gbi.intake.StoredBerekening;
import nl.gbi.json.Json;
import nl.gbi.json.JsonRecordStream;

/** {@code POST /api/v1/berekeningen} (streamed) and {@code GET /api/v1/berekeningen/{dossierId}/{periode}}. */
final class IntakeRoutes {

    private final Intake intake;
    private final long maxBodyBytes;

    IntakeRoutes(Intake intake, long maxBodyBytes) {
        this.intake = intake;
        this.maxBodyBytes = maxBodyBytes;
    }

    void mount(Router router) {
        router.post("/api/v1/berekeningen").handler(this::submit);
        router.get("/api/v1/berekeningen/:dossierId/:periode").handler(this::latest);
    }

    private void submit(RoutingContext ctx) {
        Caller caller = Authentication.require(ctx, Role.SUBMITTER);
        JsonRecordStream.Framing framing = framing(ctx.request().getHeader("Content-Type"));
        String declaredLength = ctx.request().getHeader("Content-Length");
        if (declaredLength != null && declaredLength.matches("[0-9]{1,18}") && Long.parseLong(declaredLength) > maxBodyBytes) {
            throw IntakeBodyStream.tooLarge(maxBodyBytes);
        }
        intake.start(caller, ctx.request().getHeader("Idempotency-Key"))
                .onSuccess(request -> new IntakeBodyStream(ctx, request, framing, maxBodyBytes).start())
                .onFailure(ctx::fail);
    }

    private static JsonRecordStream.Framing framing(String contentType) {
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase();
        return switch (mediaType) {
            case "application/json" -> JsonRecordStream.Framing.ARRAY;
            case "application/x-ndjson" -> JsonRecordStream.Framing.NDJSON;
            default -> throw new EngineError(EngineError.Kind.UNSUPPORTED_MEDIA_TYPE,
                    "Stuur berekeningen als application/json (een lijst) of application/x-ndjson (een per regel)");
        };
    }

    private void latest(RoutingContext ctx) {
        Caller caller = Authentication.require(ctx, Role.SUBMITTER, Role.FINANCE_OFFICER);
        intake.latest(caller, ctx.pathParam("dossierId"), ctx.pathParam("periode"))
                .onSuccess(stored -> ctx.response().putHeader("Content-Type", "application/json").end(toJson(stored)))
                .onFailure(ctx::fail);
    }

    private static String toJson(StoredBerekening stored) {
        try {
            ObjectNode node = Json.MAPPER.createObjectNode()
                    .put("dossierId", stored.dossierId())
                    .put("periode", stored.periode())
                    .put("versie", stored.versie())
                    .put("ontvangenOp", stored.ontvangenOp().toString());
            node.set("input", Json.MAPPER.readTree(stored.inputJson()));
            node.set("resultaat", stored.resultaatJson() == null ? null : Json.MAPPER.readTree(stored.resultaatJson()));
            node.set("betaalstatus", Json.MAPPER.readTree(stored.betaalstatusJson()));
            return node.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("stored input is JSON", e);
        }
    }
}
