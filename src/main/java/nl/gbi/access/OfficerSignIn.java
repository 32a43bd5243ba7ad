package nl.gbi.access;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.oauth2.OAuth2Auth;
import io.vertx.ext.auth.oauth2.OAuth2AuthorizationURL;
import io.vertx.ext.auth.oauth2.OAuth2FlowType;
import io.vertx.ext.auth.oauth2.OAuth2Options;
import io.vertx.ext.auth.oauth2.Oauth2Credentials;
import io.vertx.ext.auth.oauth2.providers.OpenIDConnectAuth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import nl.gbi.tenants.SignInSettings;
import nl.gbi.tenants.TenantRegistry;

/**
 * The engine as a confidential OpenID Connect client of each municipality's identity provider (issue 15 point 2),
 * through vertx-auth-oauth2: discovery, the authorization URL with PKCE (S256) and a nonce, and the exchange of the
 * code for tokens, whose id_token the library verifies against the IdP's keys. What the claims must then say is
 * {@link OfficerClaims}. A provider is discovered at its first sign-in and again after a failed discovery or an
 * unknown signing key (the IdP rotated its keys), at most once per {@link #RETRY_AFTER_MS}.
 */
public final class OfficerSignIn {

    private static final Logger LOG = Logger.getLogger(OfficerSignIn.class.getName());
    static final long RETRY_AFTER_MS = 30_000;
    private static final List<String> SCOPES = List.of("openid", "profile");

    private final Vertx vertx;
    private final TenantRegistry tenants;
    private final Map<String, String> secrets;
    private final Map<String, Future<OAuth2Auth>> providers = new ConcurrentHashMap<>();
    private final Map<String, Long> discoveredAt = new ConcurrentHashMap<>();

    /** {@code secrets}: the environment, of which {@link SignInSettings#secretVariable} gives each client secret. */
    public OfficerSignIn(Vertx vertx, TenantRegistry tenants, Map<String, String> secrets) {
        this.vertx = vertx;
        this.tenants = tenants;
        this.secrets = Map.copyOf(secrets);
    }

    /** A municipality whose officers sign in with its identity provider. */
    public record Municipality(String gemeentecode, String naam) {
    }

    /** Every municipality with a sign-in, in code order: what the page offers. */
    public List<Municipality> municipalities() {
        return tenants.withSignIn().stream()
                .map(code -> new Municipality(code, tenants.find(code).map(t -> t.naam()).orElse(code))).toList();
    }

    /** The municipality's sign-in settings, if its officers sign in with an identity provider. */
    public Optional<SignInSettings> settings(String tenantId) {
        return tenantId == null ? Optional.empty() : tenants.signIn(tenantId);
    }

    /** Where to send the browser: the IdP's authorization endpoint with this sign-in's state, PKCE challenge and nonce. */
    public Future<String> authorizeUrl(String tenantId, String redirectUri, String state, String codeChallenge,
                                       String nonce) {
        return provider(tenantId).map(auth -> auth.authorizeURL(new OAuth2AuthorizationURL().setRedirectUri(redirectUri)
                .setScopes(SCOPES).setState(state).setCodeChallenge(codeChallenge).setCodeChallengeMethod("S256")
                .putAdditionalParameter("nonce", nonce)));
    }

    /**
     * Exchanges the code (with the PKCE verifier and the client secret) and gives the claims of the verified
     * id_token; fails when there is none or the library could not verify it (signature, issuer, audience).
     */
    public Future<Map<String, Object>> idToken(String tenantId, String code, String redirectUri, String verifier) {
        return provider(tenantId).compose(auth -> auth.authenticate(new Oauth2Credentials().setFlow(OAuth2FlowType.AUTH_CODE)
                .setCode(code).setRedirectUri(redirectUri).setCodeVerifier(verifier))).compose(user -> {
                    JsonObject idToken = user.attributes().getJsonObject("idToken");
                    if (idToken == null) {
                        if (user.attributes().containsKey("missing-kid")) {
                            rediscover(tenantId);
                        }
                        return Future.failedFuture(new IllegalStateException("no verified id_token"
                                + (user.attributes().containsKey("missing-kid") ? " (unknown signing key)" : "")));
                    }
                    return Future.succeededFuture(idToken.getMap());
                });
    }

    private Future<OAuth2Auth> provider(String tenantId) {
        SignInSettings settings = settings(tenantId).orElseThrow();
        Future<OAuth2Auth> current = providers.get(tenantId);
        if (current != null && !(current.failed() && due(tenantId))) {
            return current;
        }
        return discover(tenantId, settings);
    }

    private boolean due(String tenantId) {
        return System.currentTimeMillis() - discoveredAt.getOrDefault(tenantId, 0L) >= RETRY_AFTER_MS;
    }

    private void rediscover(String tenantId) {
        if (due(tenantId)) {
            discover(tenantId, settings(tenantId).orElseThrow());
        }
    }

    private Future<OAuth2Auth> discover(String tenantId, SignInSettings settings) {
        discoveredAt.put(tenantId, System.currentTimeMillis());
        String secret = secrets.get(SignInSettings.secretVariable(tenantId));
        Future<OAuth2Auth> discovering = OpenIDConnectAuth.discover(vertx, new OAuth2Options()
                        .setSite(settings.issuer().replaceAll("/+$", "")).setClientId(settings.clientId())
                        .setClientSecret(secret))
                .onSuccess(auth -> LOG.info(() -> "sign-in of " + tenantId + ": discovered " + settings.issuer()))
                .onFailure(e -> LOG.warning(() -> "sign-in of " + tenantId + ": discovery of " + settings.issuer()
                        + " failed: " + e.getMessage()));
        providers.put(tenantId, discovering);
        return discovering;
    }
}
