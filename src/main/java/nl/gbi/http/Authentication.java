package nl.gbi.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.Arrays;
import nl.gbi.access.Caller;
import nl.gbi.access.Role;
import nl.gbi.access.Tokens;
import nl.gbi.domain.EngineError;

/** Finds the caller of every {@code /api} request from its bearer token; routes then demand a role. */
final class Authentication implements Handler<RoutingContext> {

    private static final String CALLER = "gbi.caller";

    private final Tokens tokens;

    Authentication(Tokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String header = ctx.request().getHeader("Authorization");
        String bearer = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
        tokens.authenticate(bearer)
                .onSuccess(caller -> {
                    ctx.put(CALLER, caller);
                    ctx.next();
                })
                .onFailure(ctx::fail);
    }

    /** The authenticated caller of this request. */
    static Caller caller(RoutingContext ctx) {
        return ctx.get(CALLER);
    }

    /** The caller, if it has one of {@code roles}; otherwise the request fails with 403. */
    static Caller require(RoutingContext ctx, Role... roles) {
        Caller caller = ctx.get(CALLER);
        if (Arrays.asList(roles).contains(caller.role())) {
            return caller;
        }
        throw new EngineError(EngineError.Kind.FORBIDDEN, "De rol " + caller.role().wireName() + " mag dit niet");
    }
}
