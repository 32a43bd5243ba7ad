package nl.gbi.http;

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

    OpsRoutes(Database database, Metrics metrics) {
        this.database = database;
        this.metrics = metrics;
    }

    void mount(Router router) {
        router.get("/health").handler(this::health);
        router.get("/metrics").handler(this::metrics);
    }

    private void health(RoutingContext ctx) {
        database.ping().timeout(HEALTH_TIMEOUT_MS, TimeUnit.MILLISECONDS).onComplete(ping -> ctx.response()
                .setStatusCode(ping.succeeded() ? 200 : 503)
                .putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "no-store")
                .end(ping.succeeded() ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}"));
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
