package nl.gbi.access;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.authentication.TokenCredentials;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.logging.Logger;
import nl.gbi.domain.EngineError;

/**
 * Verifies the JWT access tokens of machine clients (OAuth 2 client credentials) against the identity provider's JWKS,
 * found through its OpenID discovery document. The keys are read at the first token and again when a token does not
 * verify (the IdP rotated its keys), at most once per {@link #RELOAD_EVERY_MS}, so that bad tokens cannot make the
 * engine hammer the IdP. Every refusal is the same 401 as for an unknown static token; why goes to the log.
 */
public final class JwtClients {

    private static final Logger LOG = Logger.getLogger(JwtClients.class.getName());
    static final long RELOAD_EVERY_MS = 30_000;
    private static final int DOCUMENT_BYTES_MAX = 256 * 1024;

    private final Vertx vertx;
    private final JwtClientSettings settings;
    private final Predicate<String> knownTenant;
    private final HttpClient http;
    private final AtomicReference<Future<JWTAuth>> provider = new AtomicReference<>();
    private final AtomicLong loadedAt = new AtomicLong();
    private final long reloadEveryMs;

    public JwtClients(Vertx vertx, JwtClientSettings settings, Predicate<String> knownTenant) {
        this(vertx, settings, knownTenant, RELOAD_EVERY_MS);
    }

    /** {@code reloadEveryMs}: the keys are read at most this often (a test of rotation cannot wait 30 seconds). */
    JwtClients(Vertx vertx, JwtClientSettings settings, Predicate<String> knownTenant, long reloadEveryMs) {
        this.vertx = vertx;
        this.settings = settings;
        this.knownTenant = knownTenant;
        this.http = vertx.createHttpClient();
        this.reloadEveryMs = reloadEveryMs;
    }

    public Future<Caller> authenticate(String jwt) {
        return provider(false).compose(auth -> auth.authenticate(new TokenCredentials(jwt)))
                .recover(first -> provider(true).compose(auth -> auth.authenticate(new TokenCredentials(jwt))))
                .compose(user -> {
                    // the verified token's claims: vertx-auth keeps them as the user's "accessToken" attribute
                    JsonObject claims = user.attributes().getJsonObject("accessToken", user.principal());
                    ClientClaims.Verdict verdict = ClientClaims.of(claims.getMap(), settings, knownTenant);
                    if (verdict.caller() == null) {
                        LOG.info(() -> "JWT refused: " + verdict.why());
                        return Future.<Caller>failedFuture(Tokens.unauthenticated());
                    }
                    return Future.succeededFuture(verdict.caller());
                })
                .recover(failure -> {
                    if (!(failure instanceof EngineError)) {
                        LOG.info(() -> "JWT refused: " + failure.getMessage());
                    }
                    return Future.failedFuture(Tokens.unauthenticated());
                });
    }

    /** The provider with the current keys; {@code reload} reads the keys again when the last read is old enough. */
    private Future<JWTAuth> provider(boolean reload) {
        Future<JWTAuth> current = provider.get();
        long now = System.currentTimeMillis();
        boolean due = now - loadedAt.get() >= reloadEveryMs;
        if (current != null && !(due && (reload || current.failed()))) {
            return current;
        }
        loadedAt.set(now);
        Future<JWTAuth> loading = load();
        provider.set(loading);
        return loading;
    }

    private Future<JWTAuth> load() {
        String discovery = settings.issuer().replaceAll("/+$", "") + "/.well-known/openid-configuration";
        return get(discovery).compose(document -> {
            String jwksUri = document.getString("jwks_uri");
            if (jwksUri == null) {
                return Future.failedFuture(new IllegalStateException("no jwks_uri in " + discovery));
            }
            return get(jwksUri);
        }).map(jwks -> {
            List<JsonObject> keys = new ArrayList<>();
            JsonArray array = jwks.getJsonArray("keys", new JsonArray());
            array.forEach(key -> keys.add((JsonObject) key));
            LOG.info(() -> "JWT keys read from " + settings.issuer() + ": " + keys.size());
            return JWTAuth.create(vertx, new JWTAuthOptions().setJwks(keys).setJWTOptions(new JWTOptions()
                    .setIssuer(settings.issuer()).setAudience(List.of(settings.audience()))));
        });
    }

    private Future<JsonObject> get(String url) {
        return http.request(new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(url))
                .compose(request -> request.send())
                .compose(response -> response.statusCode() != 200
                        ? Future.failedFuture(new IllegalStateException(url + " answered " + response.statusCode()))
                        : response.body())
                .map(body -> {
                    if (body.length() > DOCUMENT_BYTES_MAX) {
                        throw new IllegalStateException(url + " is larger than " + DOCUMENT_BYTES_MAX + " bytes");
                    }
                    return new JsonObject((Buffer) body);
                });
    }
}
