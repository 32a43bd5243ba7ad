package nl.gbi.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.core.file.FileSystem;
import io.vertx.core.file.OpenOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import nl.gbi.access.Caller;
import nl.gbi.access.Role;
import nl.gbi.domain.EngineError;
import nl.gbi.intake.Intake;
import nl.gbi.intake.IntakeRequest;
import nl.gbi.intake.StoredBerekening;
import nl.gbi.json.Json;
import nl.gbi.json.JsonRecordStream;

/** {@code POST /api/v1/berekeningen} (streamed) and {@code GET /api/v1/berekeningen/{dossierId}/{periode}}. */
final class IntakeRoutes {

    private final Intake intake;
    private final long maxBodyBytes;
    private final BodySpool spool;
    private final FileSystem fs;

    IntakeRoutes(Intake intake, long maxBodyBytes, BodySpool spool, FileSystem fs) {
        this.intake = intake;
        this.maxBodyBytes = maxBodyBytes;
        this.spool = spool;
        this.fs = fs;
    }

    void mount(Router router) {
        router.post("/api/v1/berekeningen").handler(this::submit);
        router.get("/api/v1/berekeningen/:dossierId/:periode").handler(this::latest);
    }

    /**
     * Everything that can be refused without the body is refused first; then the body is spooled to a file
     * (no database connection while the client sends), and only then is the one transaction opened, the
     * file read into it, and the file deleted, whatever the outcome.
     */
    private void submit(RoutingContext ctx) {
        Caller caller = Authentication.require(ctx, Role.SUBMITTER);
        JsonRecordStream.Framing framing = framing(ctx.request().getHeader("Content-Type"));
        String declaredLength = ctx.request().getHeader("Content-Length");
        if (declaredLength != null && declaredLength.matches("[0-9]{1,18}") && Long.parseLong(declaredLength) > maxBodyBytes) {
            throw IntakeBodyStream.tooLarge(maxBodyBytes);
        }
        String key = ctx.request().getHeader("Idempotency-Key");
        Intake.checkKey(key);
        spool.spool(ctx.request(), maxBodyBytes, () -> IntakeBodyStream.tooLarge(maxBodyBytes))
                .compose(spooled -> store(caller, key, framing, spooled).eventually(() -> spool.delete(spooled.path())))
                .onSuccess(answer -> {
                    ctx.response().setStatusCode(answer.status()).putHeader("Content-Type", "application/json");
                    if (answer.replayed()) {
                        ctx.response().putHeader("Idempotent-Replayed", "true");
                    }
                    ctx.response().end(answer.json());
                })
                .onFailure(ctx::fail);
    }

    private Future<IntakeRequest.Answer> store(Caller caller, String key, JsonRecordStream.Framing framing,
                                               BodySpool.Spooled spooled) {
        return fs.open(spooled.path(), new OpenOptions().setRead(true).setWrite(false).setCreate(false))
                .compose(file -> intake.start(caller, key, spooled.sha256())
                        .compose(request -> new IntakeBodyStream(file, request, framing).run())
                        .eventually(file::close));
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
