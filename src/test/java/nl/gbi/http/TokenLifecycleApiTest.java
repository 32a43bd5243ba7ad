package nl.gbi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import nl.gbi.TestDatabase;
import nl.gbi.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Static tokens over their life (issue 15 point 3): each expires (default 90 days), the admin lists them without
 * secrets with their last use, and revokes one with effect at the next request; an expired and a revoked token get
 * the same 401 as an unknown one.
 */
class TokenLifecycleApiTest {

    @TempDir
    Path dir;

    @Test
    void aTokenExpiresIsListedWithoutItsSecretAndIsRevokedAtOnce() throws InterruptedException {
        try (TestDatabase db = TestDatabase.start(dir.resolve("db"));
             TestEngine engine = TestEngine.start(db.engineConfig(dir.resolve("engine")))) {
            String admin = engine.adminToken();
            HttpResponse<String> made = engine.postJson("/api/v1/tokens", admin,
                    "{\"tenant\":\"GM0014\",\"role\":\"finance-officer\",\"naam\":\"Anna de Vries\",\"geldigDagen\":30}");
            assertEquals(201, made.statusCode(), made.body());
            JsonNode anna = TestEngine.json(made);
            Instant expires = Instant.parse(anna.get("verlooptOp").textValue());
            assertTrue(Duration.between(Instant.now(), expires).toDays() == 29
                    || Duration.between(Instant.now(), expires).toDays() == 30, expires.toString());
            HttpResponse<String> standard = engine.postJson("/api/v1/tokens", admin,
                    "{\"tenant\":\"GM0014\",\"role\":\"submitter\",\"naam\":\"Zaaksysteem\"}");
            assertTrue(Duration.between(Instant.now(), Instant.parse(TestEngine.json(standard).get("verlooptOp").textValue()))
                    .toDays() >= 89, "90 days unless asked otherwise");
            for (String days : new String[] {"0", "366", "\"dertig\"", "1.5"}) {
                HttpResponse<String> refused = engine.postJson("/api/v1/tokens", admin,
                        "{\"tenant\":\"GM0014\",\"role\":\"submitter\",\"naam\":\"x\",\"geldigDagen\":" + days + "}");
                assertEquals(400, refused.statusCode(), days);
                assertEquals("geldigDagen", TestEngine.json(refused).get("fouten").get(0).get("veld").textValue());
            }

            String token = anna.get("token").textValue();
            String id = anna.get("id").textValue();
            assertEquals(200, engine.get("/api/v1/token", token).statusCode());
            // the last use is written beside the request, not in its way: it shows within moments
            JsonNode listed = listed(engine, admin, id);
            for (long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                    listed.get("laatstGebruiktOp").isNull() && System.nanoTime() < until; ) {
                Thread.sleep(50);
                listed = listed(engine, admin, id);
            }
            assertEquals("GELDIG", listed.get("status").textValue());
            assertNotNull(listed.get("laatstGebruiktOp").textValue(), "its last use is recorded: " + listed);
            assertFalse(listed.has("token") || listed.has("secret") || listed.toString().contains(token.substring(17)),
                    "the list never shows a secret");
            assertEquals(403, engine.get("/api/v1/tokens", engine.token(null, "ops")).statusCode());
            assertEquals(403, TestEngine.send(engine.request("/api/v1/tokens/" + id, token).DELETE()).statusCode());

            HttpResponse<String> revoked = TestEngine.send(engine.request("/api/v1/tokens/" + id, admin).DELETE());
            assertEquals(200, revoked.statusCode(), revoked.body());
            assertEquals("INGETROKKEN", TestEngine.json(revoked).get("status").textValue());
            assertEquals(401, engine.get("/api/v1/token", token).statusCode(), "revoked: refused at the next request");
            assertEquals(409, TestEngine.send(engine.request("/api/v1/tokens/" + id, admin).DELETE()).statusCode());
            String adminId = TestEngine.json(engine.get("/api/v1/token", admin)).get("id").textValue();
            assertEquals(409, TestEngine.send(engine.request("/api/v1/tokens/" + adminId, admin).DELETE()).statusCode(),
                    "an admin does not revoke the token it uses");
            assertEquals(404, TestEngine.send(engine.request("/api/v1/tokens/nope", admin).DELETE()).statusCode());
            int revocations = 0;
            for (JsonNode e : TestEngine.json(engine.get("/api/v1/audit?tenant=GM0014&aantal=500", engine.token(null, "ops")))
                    .get("regels")) {
                if ("TOKEN_REVOKED".equals(e.get("actie").textValue()) && ("token/" + id).equals(e.get("onderwerp").textValue())) {
                    revocations++;
                }
            }
            assertEquals(1, revocations, "the revocation is in the municipality's chain");

            // the access review: persons and their credentials, also as CSV for the auditor
            HttpResponse<String> review = engine.get("/api/v1/toegang", admin);
            assertEquals(200, review.statusCode(), review.body());
            assertTrue(review.body().contains("\"persoon\":\"token:" + id + "\""), review.body());
            HttpResponse<String> csv = engine.get("/api/v1/toegang?formaat=csv", admin);
            assertEquals(200, csv.statusCode());
            assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
            assertTrue(csv.body().startsWith("persoon;gemeente;rol;naam;token;status;"), csv.body());
            assertTrue(csv.body().contains(";Anna de Vries;" + id + ";INGETROKKEN;"), csv.body());
            assertFalse(csv.body().contains(token.substring(17)), "no secret in the review");
            assertEquals(403, engine.get("/api/v1/toegang", engine.token(null, "ops")).statusCode());
            assertEquals(400, engine.get("/api/v1/toegang?formaat=xlsx", admin).statusCode());

            // expired: the database's clock decides, the same for every instance
            String submitter = TestEngine.json(standard).get("token").textValue();
            assertEquals(200, engine.get("/api/v1/token", submitter).statusCode());
            db.query("UPDATE tokens SET expires_at = created_at + interval '1 millisecond' WHERE id = $1",
                    TestEngine.json(standard).get("id").textValue());
            HttpResponse<String> expired = engine.get("/api/v1/token", submitter);
            assertEquals(401, expired.statusCode());
            assertEquals(TestEngine.json(engine.get("/api/v1/token", "gbi_unknown000000_x")).get("detail"),
                    TestEngine.json(expired).get("detail"), "an expired token is refused like an unknown one");
            assertEquals("VERLOPEN", listed(engine, admin, TestEngine.json(standard).get("id").textValue())
                    .get("status").textValue());
        }
    }

    private static JsonNode listed(TestEngine engine, String admin, String id) {
        HttpResponse<String> list = engine.get("/api/v1/tokens", admin);
        assertEquals(200, list.statusCode(), list.body());
        for (JsonNode t : TestEngine.json(list).get("tokens")) {
            if (id.equals(t.get("id").textValue())) {
                return t;
            }
        }
        throw new AssertionError("token " + id + " is not listed: " + list.body());
    }
}
