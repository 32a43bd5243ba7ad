package nl.gbi.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.logging.Logger;
import nl.gbi.access.OfficerClaims;
import nl.gbi.access.OfficerSignIn;
import nl.gbi.access.TokenSecrets;
import nl.gbi.access.Tokens;
import nl.gbi.domain.EngineError;
import nl.gbi.json.Json;
import nl.gbi.tenants.SignInSettings;

/**
 * The officers' sign-in on the page with their municipality's identity provider (docs/security.md, "Signing in"):
 * OpenID Connect authorization code with PKCE, the engine a confidential client.
 * <ul>
 * <li>{@code GET /auth/gemeenten}: the municipalities whose officers sign in this way (the page's buttons);</li>
 * <li>{@code GET /auth/login?gemeente=GM0014}: a fresh state, PKCE verifier and nonce in a short-lived HttpOnly cookie
 * (SameSite=Lax, as the IdP's redirect back is a cross-site navigation), then a redirect to the IdP;</li>
 * <li>{@code GET /auth/callback}: the state must be the cookie's, the code is exchanged with the verifier and the
 * secret, the id_token must satisfy {@link OfficerClaims}; then a session (a credential in the tokens table, 8 hours,
 * 30 minutes idle) in an HttpOnly, SameSite=Strict cookie, Secure when the page is served over https.</li>
 * </ul>
 * A refusal says nothing about why (the log does): 401, or 403 for a person without a role here. Sign-out is
 * {@code DELETE /api/v1/sessie} (TokenRoutes). Nothing here keeps state in memory: any instance finishes any sign-in.
 */
final class SignInRoutes {

    private static final Logger LOG = Logger.getLogger(SignInRoutes.class.getName());
    static final String SESSION_COOKIE = "gbi_sessie";
    static final String LOGIN_COOKIE = "gbi_aanmelding";
    /** A sign-in is finished within 10 minutes or started again. */
    static final int LOGIN_SECONDS = 600;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String RANDOM_VALUE = "[A-Za-z0-9_-]{43}";

    private final OfficerSignIn signIn;
    private final Tokens tokens;
    private final String publicUrl;
    private volatile String base;

    SignInRoutes(OfficerSignIn signIn, Tokens tokens, String publicUrl) {
        this.signIn = signIn;
        this.tokens = tokens;
        this.publicUrl = publicUrl;
        this.base = publicUrl;
    }

    /** Without GBI_PUBLIC_URL the page is http://127.0.0.1:{port}. */
    void listeningOn(int port) {
        if (publicUrl == null) {
            base = "http://127.0.0.1:" + port;
        }
    }

    void mount(Router router) {
        router.get("/auth/gemeenten").handler(this::municipalities);
        router.get("/auth/login").handler(this::login);
        router.get("/auth/callback").handler(this::callback);
    }

    private String redirectUri() {
        return base + "/auth/callback";
    }

    private boolean secure() {
        return base != null && base.startsWith("https://");
    }

    private void municipalities(RoutingContext ctx) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        ArrayNode list = body.putArray("gemeenten");
        signIn.municipalities().forEach(m -> list.addObject().put("gemeentecode", m.gemeentecode()).put("naam", m.naam()));
        BatchRoutes.json(ctx, 200, body);
    }

    private void login(RoutingContext ctx) {
        String tenant = BatchRoutes.single(ctx, "gemeente");
        if (tenant == null || !tenant.matches("GM[0-9]{4}") || signIn.settings(tenant).isEmpty()) {
            throw EngineError.notFound("Gemeente " + tenant + " meldt haar medewerkers hier niet aan");
        }
        String state = randomValue();
        String verifier = randomValue();
        String nonce = randomValue();
        signIn.authorizeUrl(tenant, redirectUri(), state, challenge(verifier), nonce).onSuccess(url -> {
            ctx.response().addCookie(cookie(LOGIN_COOKIE, String.join(".", tenant, state, verifier, nonce), "/auth",
                    LOGIN_SECONDS, CookieSameSite.LAX));
            ctx.response().setStatusCode(302).putHeader("Location", url).end();
        }).onFailure(e -> ctx.fail(new EngineError(EngineError.Kind.UNAVAILABLE,
                "De aanmeldserver van de gemeente is niet bereikbaar; probeer het over een minuut opnieuw")));
    }

    private void callback(RoutingContext ctx) {
        Cookie login = ctx.request().getCookie(LOGIN_COOKIE);
        String[] parts = login == null ? new String[0] : login.getValue().split("\\.", -1);
        String state = BatchRoutes.single(ctx, "state");
        String code = BatchRoutes.single(ctx, "code");
        ctx.response().addCookie(cookie(LOGIN_COOKIE, "", "/auth", 0, CookieSameSite.LAX));
        if (parts.length != 4 || signIn.settings(parts[0]).isEmpty() || !parts[1].matches(RANDOM_VALUE)
                || state == null || !MessageDigest.isEqual(parts[1].getBytes(StandardCharsets.US_ASCII),
                state.getBytes(StandardCharsets.US_ASCII))) {
            refuse(ctx, false, "no sign-in of this browser with this state");
            return;
        }
        String tenant = parts[0];
        if (code == null || code.length() > 4096) {
            refuse(ctx, false, tenant + ": the IdP sent no code: " + BatchRoutes.single(ctx, "error"));
            return;
        }
        SignInSettings settings = signIn.settings(tenant).orElseThrow();
        signIn.idToken(tenant, code, redirectUri(), parts[2])
                .map(claims -> OfficerClaims.of(claims, settings, parts[3], Instant.now()))
                .compose(verdict -> {
                    if (verdict.officer() == null) {
                        refuse(ctx, verdict.forbidden(), tenant + ": " + verdict.why());
                        return Future.succeededFuture();
                    }
                    return tokens.startSession(tenant, verdict.officer(), settings.issuer()).onSuccess(session -> {
                                LOG.info(() -> tenant + ": " + session.persoon() + " signed in, session " + session.id());
                                ctx.response().addCookie(cookie(SESSION_COOKIE, session.token(), "/",
                                        Tokens.SESSION_MINUTES * 60, CookieSameSite.STRICT));
                                // a page of our own that moves on: the Strict cookie goes with a same-site navigation,
                                // which the IdP's redirect was not
                                html(ctx, 200, "Aangemeld", "<meta http-equiv=\"refresh\" content=\"0;url=/?aangemeld\">",
                                        "U bent aangemeld. <a href=\"/?aangemeld\">Verder naar de betaalmotor</a>");
                            }).mapEmpty();
                })
                .onFailure(e -> refuse(ctx, false, tenant + ": " + e.getMessage()));
    }

    /** Refuses the sign-in: the reason to the log, a page (or problem) that says nothing of it to the browser. */
    private static void refuse(RoutingContext ctx, boolean forbidden, String why) {
        LOG.info(() -> "sign-in refused: " + why);
        if (ctx.response().ended()) {
            return;
        }
        String accept = ctx.request().getHeader("Accept");
        if (accept == null || !accept.contains("text/html")) {
            ctx.fail(forbidden
                    ? new EngineError(EngineError.Kind.FORBIDDEN, "U hebt bij deze gemeente geen rol in de betaalmotor")
                    : new EngineError(EngineError.Kind.UNAUTHENTICATED, "Aanmelden is niet gelukt"));
            return;
        }
        if (forbidden) {
            html(ctx, 403, "Geen toegang", "", "U bent bij uw gemeente aangemeld, maar hebt geen rol in de betaalmotor."
                    + " Vraag uw beheerder om de rol finance officer. <a href=\"/\">Terug</a>");
        } else {
            html(ctx, 401, "Aanmelden is niet gelukt", "", "Aanmelden is niet gelukt. <a href=\"/\">Opnieuw</a>");
        }
    }

    private static void html(RoutingContext ctx, int status, String title, String head, String text) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "text/html; charset=utf-8")
                .end("<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>" + title + "</title>" + head
                        + "<link rel=\"stylesheet\" href=\"/app.css\"></head><body><main><p id=\"aanmelden-uitkomst\">"
                        + text + "</p></main></body></html>");
    }

    /** Clears the session cookie (sign-out). */
    static void clearSession(RoutingContext ctx) {
        ctx.response().addCookie(Cookie.cookie(SESSION_COOKIE, "").setPath("/").setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT).setMaxAge(0));
    }

    private Cookie cookie(String name, String value, String path, long maxAgeSeconds, CookieSameSite sameSite) {
        return Cookie.cookie(name, value).setPath(path).setHttpOnly(true).setSecure(secure()).setSameSite(sameSite)
                .setMaxAge(maxAgeSeconds);
    }

    private static String randomValue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The PKCE S256 challenge of {@code verifier} (RFC 7636 §4.2). */
    static String challenge(String verifier) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(TokenSecrets.sha256(verifier));
    }
}
