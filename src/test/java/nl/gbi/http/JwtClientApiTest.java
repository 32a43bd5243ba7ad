package nl.gbi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.gbi.TestDatabase;
import nl.gbi.TestEngine;
import nl.gbi.access.JwtClientSettings;
import nl.gbi.runs.RunFixtures;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case system with OAuth 2 client credentials (issue 15 point 3), against a real OIDC server on loopback
 * (mock-oauth2-server): its JWT access token submits; a token of another issuer, for another audience, expired,
 * without the scope, for an unknown municipality or with a broken signature gets the same 401 as an unknown static
 * token, which says nothing about why.
 */
class JwtClientApiTest {

    @TempDir
    Path dir;

    private static String token(MockOAuth2Server idp, String issuerId, String audience, Map<String, Object> claims,
            long expirySeconds) {
        return idp.issueToken(issuerId, "suite4", new DefaultOAuth2TokenCallback(issuerId, "suite4", "JWT",
                List.of(audience), claims, expirySeconds)).serialize();
    }

    @Test
    void aCaseSystemsAccessTokenSubmitsAndEveryBadOneGetsTheSame401() throws Exception {
        MockOAuth2Server idp = new MockOAuth2Server();
        idp.start(InetAddress.getByName("127.0.0.1"), 0);
        try (TestDatabase db = TestDatabase.start(dir.resolve("db"));
             TestEngine engine = TestEngine.start(db.engineConfig(dir.resolve("engine")).withJwtClients(
                     new JwtClientSettings(idp.issuerUrl("gbi").toString(), "gbi-api", null)))) {
            Map<String, Object> good = Map.of("scope", "gbi:submitter", "gemeente", "GM0014");
            String jwt = token(idp, "gbi", "gbi-api", good, 3600);
            JsonNode me = TestEngine.json(engine.get("/api/v1/token", jwt));
            assertEquals("submitter", me.get("role").textValue(), me.toString());
            assertEquals("GM0014", me.get("tenant").textValue());
            assertEquals("client:suite4", me.get("persoon").textValue());
            RunFixtures.submit(engine, jwt, List.of(RunFixtures.sample("JWT-1", "2025-07")));
            assertEquals(403, engine.get("/api/v1/batches", jwt).statusCode(), "a case system is a submitter, no more");

            HttpResponse<String> unknown = engine.get("/api/v1/token", "gbi_unknown000000_x");
            assertEquals(401, unknown.statusCode());
            Map<String, String> bad = Map.of(
                    "another issuer", token(idp, "elders", "gbi-api", good, 3600),
                    "another audience", token(idp, "gbi", "iets-anders", good, 3600),
                    "expired", token(idp, "gbi", "gbi-api", good, -120),
                    "no scope", token(idp, "gbi", "gbi-api", Map.of("scope", "lezen", "gemeente", "GM0014"), 3600),
                    "unknown municipality", token(idp, "gbi", "gbi-api",
                            Map.of("scope", "gbi:submitter", "gemeente", "GM9999"), 3600),
                    "broken signature", jwt.substring(0, jwt.length() - 4) + (jwt.endsWith("AAAA") ? "BBBB" : "AAAA"),
                    "not a JWT", "a.b.c");
            for (Map.Entry<String, String> token : bad.entrySet()) {
                HttpResponse<String> refused = engine.get("/api/v1/token", token.getValue());
                assertEquals(401, refused.statusCode(), token.getKey());
                assertEquals(unknown.body(), refused.body(), token.getKey() + ": the same problem, nothing about why");
            }
        } finally {
            idp.shutdown();
        }
    }
}
