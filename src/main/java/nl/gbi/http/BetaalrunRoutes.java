package nl.gbi.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import nl.gbi.access.Caller;
import nl.gbi.access.Role;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nl.gbi.domain.EngineError;
import nl.gbi.domain.Fout;
import nl.gbi.json.Bounds;
import nl.gbi.json.FieldReader;
import nl.gbi.json.Json;
import nl.gbi.rekening.Rekeningen;
import nl.gbi.runs.Betaalruns;

/** {@code POST /api/v1/betaalruns}, {@code GET /api/v1/betaalruns} and {@code GET /api/v1/betaalruns/{id}} (ops). */
final class BetaalrunRoutes {

    private final Betaalruns betaalruns;
    private final Rekeningen rekeningen;

    BetaalrunRoutes(Betaalruns betaalruns, Rekeningen rekeningen) {
        this.betaalruns = betaalruns;
        this.rekeningen = rekeningen;
    }

    void mount(Router router) {
        router.post("/api/v1/betaalruns").handler(this::start);
        router.get("/api/v1/betaalruns").handler(this::list);
        router.get("/api/v1/betaalruns/:id").handler(this::status);
    }

    private void start(RoutingContext ctx) {
        Caller ops = Authentication.require(ctx, Role.OPS);
        SmallBody.readObject(ctx.request())
                .compose(body -> betaalruns.start(ops, periode(body).toString()))
                .onSuccess(run -> {
                    ObjectNode body = Json.MAPPER.createObjectNode().put("id", run.id()).put("status", run.status());
                    ctx.response().putHeader("Location", "/api/v1/betaalruns/" + run.id());
                    BatchRoutes.json(ctx, 202, body);
                })
                .onFailure(ctx::fail);
    }

    /** The period to pay, in the same range intake accepts (2000-01 … 2099-12); else a 400 naming {@code periode}. */
    private static YearMonth periode(JsonNode body) {
        List<Fout> fouten = new ArrayList<>();
        YearMonth periode = FieldReader.commandPeriod(body, "periode", fouten);
        if (!fouten.isEmpty()) {
            throw EngineError.invalid("Een betaalrun heeft een periode JJJJ-MM van " + Bounds.PERIODE_MIN
                    + " tot en met " + Bounds.PERIODE_MAX, fouten);
        }
        return periode;
    }

    private void status(RoutingContext ctx) {
        Authentication.require(ctx, Role.OPS);
        String id = ctx.pathParam("id");
        if (id == null || !id.matches("run-[0-9a-f-]{36}")) {
            throw EngineError.notFound("Betaalrun " + id + " bestaat niet");
        }
        betaalruns.status(id)
                .compose(status -> !"COMPLETED".equals(status.run().status()) ? Future.succeededFuture(
                                BetaalrunJson.status(status))
                        : rekeningen.counts(status.run().periode()).map(counts -> BetaalrunJson.withAfstemming(
                                BetaalrunJson.status(status), counts)))
                .onSuccess(body -> BatchRoutes.json(ctx, 200, body))
                .onFailure(ctx::fail);
    }

    private void list(RoutingContext ctx) {
        Authentication.require(ctx, Role.OPS);
        betaalruns.recent().onSuccess(runs -> BatchRoutes.json(ctx, 200, BetaalrunJson.runs(runs)))
                .onFailure(ctx::fail);
    }
}
