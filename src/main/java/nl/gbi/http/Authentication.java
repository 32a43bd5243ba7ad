package nl.gbi.http;

import io.vertx.core.Handler;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import nl.gbi.access.Caller;
import nl.gbi.access.Role;
import nl.gbi.access.TokenSecrets;
import nl.gbi.access.Tokens;
import nl.gbi.domain.EngineError;

/**
 * Finds the caller of every {@code /api} request from its bearer token, or else from an officer's session cookie;
 * routes then demand a role. A request with the cookie that changes anything (every method but GET and HEAD) must
 * carry the session's CSRF token in {@code X-CSRF-Token} (the synchronizer-token pattern: only the engine's own page
 * can read it, from {@code GET /api/v1/token}); the cookie is SameSite=Strict besides.
 */
final class Authentication implements Handler<RoutingContext> {

    private static final String CALLER = "gbi.caller";
    private static final String CSRF = "gbi.csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";

    private final Tokens tokens;

    Authentication(Tokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String header = ctx.request().getHeader("Authorization");
        Cookie session = header == null ? ctx.request().getCookie(SignInRoutes.SESSION_COOKIE) : null;
        if (session != null) {
            String csrf = csrfOf(session.getValue());
            HttpMethod method = ctx.request().method();
            if (method != HttpMethod.GET && method != HttpMethod.HEAD && !matches(ctx.request().getHeader(CSRF_HEADER), csrf)) {
                ctx.fail(new EngineError(EngineError.Kind.FORBIDDEN,
                        "Een wijziging vanaf de pagina draagt het CSRF-token van de sessie (" + CSRF_HEADER + ")"));
                return;
            }
            tokens.authenticateSession(session.getValue()).onSuccess(caller -> {
                ctx.put(CALLER, caller);
                ctx.put(CSRF, csrf);
                ctx.next();
            }).onFailure(ctx::fail);
            return;
        }
        String bearer = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
        tokens.authenticate(bearer)
                .onSuccess(caller -> {
                    ctx.put(CALLER, caller);
                    ctx.next();
                })
                .onFailure(ctx::fail);
    }

    /** The CSRF token of a session: derived from its secret, so every instance knows it and nothing is stored. */
    static String csrfOf(String sessionCookie) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(TokenSecrets.sha256("gbi-csrf\n" + sessionCookie));
    }

    private static boolean matches(String sent, String expected) {
        return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.US_ASCII),
                expected.getBytes(StandardCharsets.US_ASCII));
    }

    /** The session's CSRF token when the request came with a session cookie; null for a bearer token. */
    static String csrf(RoutingContext ctx) {
        return ctx.get(CSRF);
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
