package nl.gbi.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import nl.gbi.domain.EngineError;
import org.junit.jupiter.api.Test;

/**
 * The identity provider rotates its signing keys (issue 15 point 3): it publishes a new key beside the old one and
 * signs with it; a token with the new key is accepted without a restart, because a token that does not verify makes
 * the engine read the JWKS again; and a burst of bad tokens reads it at most once per interval, so bad tokens cannot
 * make the engine hammer the IdP. The IdP here is a small server on loopback whose JWKS the test changes, as a real
 * rotation (Entra ID, Keycloak) looks from outside.
 */
class JwtKeyRotationTest {

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    }

    private static void assertRefused(Future<Caller> future, String why) throws Exception {
        try {
            await(future);
            throw new AssertionError(why + ": accepted");
        } catch (ExecutionException e) {
            assertTrue(e.getCause() instanceof EngineError error && error.kind() == EngineError.Kind.UNAUTHENTICATED, why);
        }
    }

    private static String token(String issuer, RSAKey key) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).audience("gbi-api").subject("suite4")
                .issueTime(new Date()).expirationTime(new Date(System.currentTimeMillis() + 3_600_000))
                .claim("scope", "gbi:submitter").claim("gemeente", "GM0014").build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    @Test
    void aTokenSignedWithTheRotatedKeyIsAcceptedWithoutARestart() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            RSAKey first = new RSAKeyGenerator(2048).keyID("sleutel-2026").generate();
            RSAKey second = new RSAKeyGenerator(2048).keyID("sleutel-2027").generate();
            RSAKey stranger = new RSAKeyGenerator(2048).keyID("sleutel-2026").generate();
            AtomicReference<List<JWK>> published = new AtomicReference<>(List.of(first.toPublicJWK()));
            AtomicInteger reads = new AtomicInteger();
            AtomicReference<String> issuer = new AtomicReference<>();
            HttpServer idp = await(vertx.createHttpServer().requestHandler(request -> {
                reads.incrementAndGet();
                String body = request.path().endsWith("/.well-known/openid-configuration")
                        ? "{\"issuer\":\"" + issuer.get() + "\",\"jwks_uri\":\"" + issuer.get() + "/jwks\"}"
                        : new JWKSet(published.get()).toString();
                request.response().putHeader("Content-Type", "application/json").end(body);
            }).listen(0, "127.0.0.1"));
            issuer.set("http://127.0.0.1:" + idp.actualPort() + "/gbi");
            JwtClients clients = new JwtClients(vertx, new JwtClientSettings(issuer.get(), "gbi-api", null), code -> true, 2_000);

            assertEquals("client:suite4", await(clients.authenticate(token(issuer.get(), first))).persoon());
            assertEquals(2, reads.getAndSet(0), "the discovery document and the JWKS, once");

            // the IdP publishes its next key beside the current one and starts signing with it
            published.set(List.of(first.toPublicJWK(), second.toPublicJWK()));
            Thread.sleep(2_100);
            assertEquals("client:suite4", await(clients.authenticate(token(issuer.get(), second))).persoon(),
                    "the new key is read when a token does not verify with the known ones");
            assertEquals(2, reads.getAndSet(0));
            assertEquals("client:suite4", await(clients.authenticate(token(issuer.get(), first))).persoon(),
                    "a token of the old key is still good while the IdP publishes it");

            // a burst of tokens that verify with no key right after a read: no read of the keys within the interval
            for (int i = 0; i < 20; i++) {
                assertRefused(clients.authenticate(token(issuer.get(), stranger)), "a forged token " + i);
            }
            assertEquals(0, reads.get(), "bad tokens do not make the engine hammer the IdP");
            await(idp.close());
        } finally {
            vertx.close();
        }
    }
}
