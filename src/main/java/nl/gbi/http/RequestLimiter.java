package nl.gbi.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.Map;
import nl.gbi.access.Caller;
import nl.gbi.domain.EngineError;

/**
 * Caps the {@code /api} requests in progress per token and per municipality. A request over a cap is refused
 * at once with 503 and {@code Retry-After} (by the failure handler) before it reads a byte of its body or
 * touches the database; its permits are given back when its response ends or its connection closes.
 */
final class RequestLimiter implements Handler<RoutingContext> {

    private final HttpLimits limits;
    private final Map<String, Integer> inProgress = new HashMap<>();

    RequestLimiter(HttpLimits limits) {
        this.limits = limits;
    }

    @Override
    public void handle(RoutingContext ctx) {
        Caller caller = Authentication.caller(ctx);
        String token = "token/" + caller.tokenId();
        String tenant = caller.tenantId() == null ? null : "tenant/" + caller.tenantId();
        String full = acquire(token, tenant);
        if (full != null) {
            ctx.fail(new EngineError(EngineError.Kind.UNAVAILABLE, full
                    + " al het grootste aantal gelijktijdige verzoeken in behandeling; probeer het over "
                    + FailureHandler.RETRY_AFTER_SECONDS + " seconden opnieuw. Er is niets opgeslagen"));
            return;
        }
        boolean[] released = {false};
        ctx.addEndHandler(done -> {
            if (!released[0]) {
                released[0] = true;
                release(token, tenant);
            }
        });
        ctx.next();
    }

    // Requests of one server arrive on several event loops only when it is deployed more than once; the lock is
    // uncontended otherwise and guards a few map operations.
    /** Null when both permits were taken, else who is at its cap (the subject of the refusal's sentence). */
    private synchronized String acquire(String token, String tenant) {
        if (inProgress.getOrDefault(token, 0) >= limits.requestsPerTokenMax()) {
            return "Dit token heeft";
        }
        if (tenant != null && inProgress.getOrDefault(tenant, 0) >= limits.requestsPerTenantMax()) {
            return "Deze gemeente heeft";
        }
        inProgress.merge(token, 1, Integer::sum);
        if (tenant != null) {
            inProgress.merge(tenant, 1, Integer::sum);
        }
        return null;
    }

    private synchronized void release(String token, String tenant) {
        inProgress.computeIfPresent(token, (key, count) -> count == 1 ? null : count - 1);
        if (tenant != null) {
            inProgress.computeIfPresent(tenant, (key, count) -> count == 1 ? null : count - 1);
        }
    }
}
