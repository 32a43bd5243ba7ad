package nl.gbi.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.gbi.json.Json;
import nl.gbi.parameters.ParameterSets;
import nl.gbi.parameterset.Readiness;

import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.TimeUnit;
import nl.gbi.ops.Metrics;
import nl.gbi.persistence.Database;

/** {@code GET /health} (anyone) and {@code GET /metrics} (loopback only). */
final class OpsRoutes {

    private static final long HEALTH_TIMEOUT_MS = 2_000;

    private final Database database;
    private final Metrics metrics;
    private final ParameterSets parameterSets;

    OpsRoutes(Database database, Metrics metrics, ParameterSets parameterSets) {
        this.database = database;
        this.metrics = metrics;
        this.parameterSets = parameterSets;
    }

    void mount(Router router) {
        router.get("/health").handler(this::health);
        router.get("/metrics").handler(this::metrics);
    }

    /**
     * UP when the database answers; while a month within {@link Readiness#WARN_DAYS} days has no approved figures it
     * stays UP and says so in {@code waarschuwingen} (docs/parameters.md).
     */
    private void health(RoutingContext ctx) {
        database.ping().timeout(HEALTH_TIMEOUT_MS, TimeUnit.MILLISECONDS)
                .compose(up -> parameterSets.readiness().timeout(HEALTH_TIMEOUT_MS, TimeUnit.MILLISECONDS)
                        .map(java.util.Optional::of).otherwise(java.util.Optional.empty()))
                .onComplete(checked -> {
                    ObjectNode body = Json.MAPPER.createObjectNode().put("status", checked.succeeded() ? "UP" : "DOWN");
                    if (checked.succeeded() && checked.result().isPresent() && checked.result().get().waarschuwing()) {
                        ObjectNode warning = ParameterSetRoutes.readiness(checked.result().get())
                                .put("code", "NORMEN_ONTBREKEN");
                        warning.remove("waarschuwing");
                        body.putArray("waarschuwingen").add(warning);
                    }
                    ctx.response().setStatusCode(checked.succeeded() ? 200 : 503)
                            .putHeader("Content-Type", "application/json")
                            .putHeader("Cache-Control", "no-store")
                            .end(body.toString());
                });
    }

    private void metrics(RoutingContext ctx) {
        SocketAddress remote = ctx.request().remoteAddress();
        String host = remote == null ? "" : remote.hostAddress();
        if (!(host.startsWith("127.") || host.equals("0:0:0:0:0:0:0:1") || host.equals("::1"))) {
            ctx.fail(404);
            return;
        }
        ctx.response().putHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8").end(metrics.render());
    }
}
