package nl.gbi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.gbi.TestDatabase;
import nl.gbi.TestEngine;
import nl.gbi.TestTenants;
import nl.gbi.batches.Batch;
import nl.gbi.batches.BatchFixtures;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An officer's sign-in with the municipality's identity provider (issue 15 point 2), against a real OIDC server on
 * loopback (mock-oauth2-server), over HTTP as a browser does it: the redirect with PKCE and state, the callback, the
 * session cookie. A wrong issuer, a wrong audience, an expired id_token, a state of another sign-in and a person
 * without the role get no session and a refusal that says nothing about why; a change without the CSRF token is
 * refused; sign-out ends the session at once; and a person with a session and a token counts once for four eyes.
 */
class SignInApiTest {

    private static final String ISSUER_ID = "gm0014";

    @TempDir
    static Path dir;
    static MockOAuth2Server idp;
    static TestDatabase db;
    static TestEngine engine;

    /** What a browser keeps between the requests of one sign-in. */
    record Browser(String loginCookie, String location) {
    }

    /** A signed-in officer: the session cookie and the CSRF token the page reads. */
    record Session(String cookie, String csrf, JsonNode me) {
    }

    @BeforeAll
    static void start() throws IOException {
        idp = new MockOAuth2Server();
        idp.start(InetAddress.getByName("127.0.0.1"), 0);
        String issuer = idp.issuerUrl(ISSUER_ID).toString();
        Path tenants = TestTenants.withEdit(dir, "GM0014", "\"secondApprovalThreshold\"", "\"oidc\": {\"issuer\": \""
                + issuer + "\", \"clientId\": \"gbi-betaalmotor\", \"rolesClaim\": \"groups\", \"roles\": {\"gbi-finance\":"
                + " \"finance-officer\"}, \"persoonClaim\": \"employee_id\"}, \"secondApprovalThreshold\"");
        db = TestDatabase.start(dir.resolve("db"));
        engine = TestEngine.start(db.engineConfig(dir.resolve("engine")).withTenantsDir(tenants)
                .withOidcSecrets(Map.of("GBI_OIDC_SECRET_GM0014", "geheim-van-groningen")));
    }

    @AfterAll
    static void stop() {
        if (engine != null) {
            engine.close();
        }
        if (db != null) {
            db.close();
        }
        if (idp != null) {
            idp.shutdown();
        }
    }

    private static DefaultOAuth2TokenCallback person(String subject, String employee, List<String> groups,
                                                     Map<String, Object> extra, long expirySeconds) {
        Map<String, Object> claims = new java.util.HashMap<>(Map.of("name", "Officer " + subject, "groups", groups));
        if (employee != null) {
            claims.put("employee_id", employee);
        }
        claims.putAll(extra);
        return new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", null, claims, expirySeconds);
    }

    /** The first step: the engine sends the browser to the IdP with a fresh state, PKCE challenge and nonce. */
    private static Browser startSignIn() {
        HttpResponse<String> login = TestEngine.send(engine.request("/auth/login?gemeente=GM0014", null).GET());
        assertEquals(302, login.statusCode(), login.body());
        String location = login.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(idp.issuerUrl(ISSUER_ID).toString()), location);
        assertTrue(location.contains("code_challenge_method=S256") && location.contains("code_challenge=")
                && location.contains("nonce=") && location.contains("state="), location);
        String cookie = setCookie(login, SignInRoutes.LOGIN_COOKIE).orElseThrow();
        assertTrue(attributes(cookie).containsAll(List.of("httponly", "samesite=lax", "path=/auth", "max-age=600")), cookie);
        return new Browser(value(cookie), location);
    }

    /** The IdP signs the person in and sends the browser back with a code; the engine's answer to that. */
    private static HttpResponse<String> finish(Browser browser, DefaultOAuth2TokenCallback person) {
        idp.enqueueCallback(person);
        HttpResponse<String> authorized = TestEngine.send(HttpRequest.newBuilder(URI.create(browser.location())).GET());
        assertEquals(302, authorized.statusCode(), authorized.body());
        String back = authorized.headers().firstValue("Location").orElseThrow();
        assertTrue(back.startsWith(engine.base() + "/auth/callback?"), back);
        return TestEngine.send(HttpRequest.newBuilder(URI.create(back))
                .header("Cookie", SignInRoutes.LOGIN_COOKIE + "=" + browser.loginCookie()).GET());
    }

    private static Session signIn(DefaultOAuth2TokenCallback person) {
        HttpResponse<String> callback = finish(startSignIn(), person);
        assertEquals(200, callback.statusCode(), callback.body());
        String cookie = setCookie(callback, SignInRoutes.SESSION_COOKIE).orElseThrow();
        assertTrue(attributes(cookie).containsAll(List.of("httponly", "samesite=strict", "path=/")), cookie);
        assertFalse(attributes(cookie).contains("secure"), "plain http on loopback: not Secure (https is)");
        JsonNode me = TestEngine.json(TestEngine.send(withSession(engine.request("/api/v1/token", null), value(cookie)).GET()));
        return new Session(value(cookie), me.get("csrf").textValue(), me);
    }

    private static HttpRequest.Builder withSession(HttpRequest.Builder request, String cookie) {
        return request.header("Cookie", SignInRoutes.SESSION_COOKIE + "=" + cookie);
    }

    private static HttpResponse<String> approve(Session session, long batchId, String reader) {
        String body = engine.acknowledgingFindings(batchId, reader, "{}");
        return TestEngine.send(withSession(engine.request("/api/v1/batches/" + batchId + "/approvals", null), session.cookie())
                .header("X-CSRF-Token", session.csrf()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void anOfficerSignsInAndTheSessionIsACredentialOfTheirPerson() {
        HttpResponse<String> list = engine.get("/auth/gemeenten", null);
        assertEquals(200, list.statusCode());
        assertEquals("GM0014", TestEngine.json(list).get("gemeenten").get(0).get("gemeentecode").textValue());
        assertEquals(1, TestEngine.json(list).get("gemeenten").size(), "only Groningen has a sign-in here");

        Session anna = signIn(person("anna", "E100", List.of("gbi-finance"), Map.of(), 3600));
        assertEquals("finance-officer", anna.me().get("role").textValue(), anna.me().toString());
        assertEquals("GM0014", anna.me().get("tenant").textValue());
        assertEquals("E100", anna.me().get("persoon").textValue(), "the person the municipality's tokens name too");
        assertEquals("Officer anna", anna.me().get("naam").textValue());
        assertTrue(anna.me().get("sessie").booleanValue());
        assertEquals(200, TestEngine.send(withSession(engine.request("/api/v1/batches", null), anna.cookie()).GET())
                .statusCode(), "a finance officer reads the batches");
        assertEquals(403, TestEngine.send(withSession(engine.request("/api/v1/betaalruns", null), anna.cookie()).GET())
                .statusCode(), "roles are checked on every request as for tokens");

        // the session's secret is valid only from its cookie, and a token's secret is no session
        assertEquals(401, engine.get("/api/v1/token", anna.cookie()).statusCode());
        String token = engine.token("GM0014", "finance-officer");
        assertEquals(401, TestEngine.send(withSession(engine.request("/api/v1/token", null), token).GET()).statusCode());

        // the session is in the admin's list and the access review, and its start is in the audit trail by person
        JsonNode tokens = TestEngine.json(engine.get("/api/v1/tokens", engine.adminToken()));
        JsonNode listed = null;
        for (JsonNode t : tokens.get("tokens")) {
            if (t.get("id").textValue().equals(anna.me().get("id").textValue())) {
                listed = t;
            }
        }
        assertNotNull(listed, tokens.toString());
        assertEquals("sessie", listed.get("soort").textValue());
        assertTrue(engine.get("/api/v1/toegang?formaat=csv", engine.adminToken()).body().contains(";sessie\r\n"));
        boolean audited = false;
        for (JsonNode e : TestEngine.json(engine.get("/api/v1/audit?tenant=GM0014&aantal=500", token)).get("regels")) {
            audited |= "SESSIE_GESTART".equals(e.get("actie").textValue()) && "E100".equals(e.get("persoon").textValue())
                    && e.get("details").textValue().contains("issuer=" + idp.issuerUrl(ISSUER_ID));
        }
        assertTrue(audited, "SESSIE_GESTART by E100 naming the issuer");

        // a day later the session is out of the list (a year of daily sign-ins would push the tokens out of it)
        db.query("UPDATE tokens SET created_at = created_at - interval '2 days', expires_at = expires_at - interval '2 days'"
                + " WHERE id = $1", anna.me().get("id").textValue());
        String later = engine.get("/api/v1/tokens", engine.adminToken()).body();
        assertFalse(later.contains(anna.me().get("id").textValue()), later);
        assertTrue(later.contains(TestEngine.json(engine.get("/api/v1/token", token)).get("id").textValue()),
                "tokens stay in the list");
        assertEquals(401, TestEngine.send(withSession(engine.request("/api/v1/token", null), anna.cookie()).GET())
                .statusCode(), "and the session is long expired");
    }

    @Test
    void everyBadSignInGetsNoSessionAndARefusalThatSaysNothingAboutWhy() {
        List<String> whys = List.of("issuer", "audience", "aud", "expired", "nonce", "groups", "state", "id_token");
        Map<String, DefaultOAuth2TokenCallback> bad = new java.util.LinkedHashMap<>();
        bad.put("a wrong issuer", person("eve", "E900", List.of("gbi-finance"),
                Map.of("iss", "http://127.0.0.1:9/elders"), 3600));
        bad.put("a wrong audience", person("eve", "E900", List.of("gbi-finance"), Map.of("aud", List.of("iets-anders")), 3600));
        bad.put("an expired id_token", person("eve", "E900", List.of("gbi-finance"), Map.of(), -300));
        List<String> bodies = new ArrayList<>();
        for (Map.Entry<String, DefaultOAuth2TokenCallback> attempt : bad.entrySet()) {
            HttpResponse<String> refused = finish(startSignIn(), attempt.getValue());
            assertEquals(401, refused.statusCode(), attempt.getKey() + ": " + refused.body());
            assertTrue(setCookie(refused, SignInRoutes.SESSION_COOKIE).isEmpty(), attempt.getKey() + ": no session");
            whys.forEach(why -> assertFalse(refused.body().contains(why), attempt.getKey() + " leaks " + why));
            bodies.add(refused.body());
        }
        assertEquals(1, bodies.stream().distinct().count(), "the same refusal whatever was wrong: " + bodies);

        HttpResponse<String> noRole = finish(startSignIn(), person("piet", "E500", List.of("medewerkers"), Map.of(), 3600));
        assertEquals(403, noRole.statusCode(), "known at the municipality but without the role: " + noRole.body());
        assertTrue(setCookie(noRole, SignInRoutes.SESSION_COOKIE).isEmpty());

        // a code that comes back to another browser (no sign-in cookie, or that of another sign-in) is refused
        Browser mine = startSignIn();
        Browser other = startSignIn();
        HttpResponse<String> crossed = finish(new Browser(other.loginCookie(), mine.location()),
                person("anna", "E100", List.of("gbi-finance"), Map.of(), 3600));
        assertEquals(401, crossed.statusCode(), crossed.body());
        idp.enqueueCallback(person("anna", "E100", List.of("gbi-finance"), Map.of(), 3600));
        String back = TestEngine.send(HttpRequest.newBuilder(URI.create(startSignIn().location())).GET())
                .headers().firstValue("Location").orElseThrow();
        assertEquals(401, TestEngine.send(HttpRequest.newBuilder(URI.create(back)).GET()).statusCode(), "no cookie");
        assertEquals(404, engine.get("/auth/login?gemeente=GM0363", null).statusCode(), "no sign-in for Amsterdam here");
        HttpResponse<String> page = TestEngine.send(HttpRequest.newBuilder(URI.create(back)).header("Accept", "text/html").GET());
        assertEquals(401, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), "a browser gets a page");
    }

    @Test
    void aChangeNeedsTheCsrfTokenAndSignOutEndsTheSessionAtOnce() {
        Session bram = signIn(person("bram", "E200", List.of("gbi-finance"), Map.of(), 3600));
        HttpRequest.Builder signOut = withSession(engine.request("/api/v1/sessie", null), bram.cookie()).DELETE();
        HttpResponse<String> forged = TestEngine.send(signOut);
        assertEquals(403, forged.statusCode(), "no X-CSRF-Token: " + forged.body());
        assertTrue(TestEngine.json(forged).get("detail").textValue().contains("CSRF"));
        HttpResponse<String> wrong = TestEngine.send(withSession(engine.request("/api/v1/sessie", null), bram.cookie())
                .header("X-CSRF-Token", bram.csrf().substring(1) + "x").DELETE());
        assertEquals(403, wrong.statusCode());
        assertEquals(200, TestEngine.send(withSession(engine.request("/api/v1/token", null), bram.cookie()).GET())
                .statusCode(), "still signed in: the forged sign-out changed nothing");

        HttpResponse<String> out = TestEngine.send(withSession(engine.request("/api/v1/sessie", null), bram.cookie())
                .header("X-CSRF-Token", bram.csrf()).DELETE());
        assertEquals(204, out.statusCode(), out.body());
        assertTrue(setCookie(out, SignInRoutes.SESSION_COOKIE).orElseThrow().contains("Max-Age=0"), "the cookie is cleared");
        assertEquals(401, TestEngine.send(withSession(engine.request("/api/v1/token", null), bram.cookie()).GET())
                .statusCode(), "the cookie is worth nothing after sign-out");
        assertEquals(409, TestEngine.send(engine.request("/api/v1/sessie", engine.token("GM0014", "finance-officer")).DELETE())
                .statusCode(), "a token is revoked by an admin, not signed out");
    }

    @Test
    void twoPersonsApproveAndOnePersonWithASessionAndATokenCountsOnce() {
        String starter = engine.issue("GM0014", "finance-officer", "Starter").get("id").textValue();
        String reader = engine.token("GM0014", "finance-officer");
        Batch batch = engine.createBatch(BatchFixtures.batch("GM0014", starter, BatchFixtures.lines("SSO", 30, 4_000_000)));
        assertEquals(2, batch.approvalsNeeded());
        Session carla = signIn(person("carla", "E300", List.of("gbi-finance"), Map.of(), 3600));
        HttpResponse<String> first = approve(carla, batch.id(), reader);
        assertEquals(201, first.statusCode(), first.body());
        // Carla's own static token (persoon E300, as her employee number in the IdP)
        HttpResponse<String> made = engine.postJson("/api/v1/tokens", engine.adminToken(),
                "{\"tenant\":\"GM0014\",\"role\":\"finance-officer\",\"naam\":\"Carla (token)\",\"persoon\":\"E300\"}");
        HttpResponse<String> again = engine.approve(batch.id(), TestEngine.json(made).get("token").textValue());
        assertEquals(409, again.statusCode(), "the same person with another credential: " + again.body());
        Session daan = signIn(person("daan", "E400", List.of("gbi-finance"), Map.of(), 3600));
        HttpResponse<String> second = approve(daan, batch.id(), reader);
        assertEquals(201, second.statusCode(), second.body());
        JsonNode approved = TestEngine.json(engine.get("/api/v1/batches/" + batch.id(), reader));
        assertEquals("APPROVED", approved.get("status").textValue());
        assertEquals("E300", approved.get("goedkeuringen").get(0).get("persoon").textValue());
        assertEquals("E400", approved.get("goedkeuringen").get(1).get("persoon").textValue());
    }

    /** RFC 7636 appendix B: the S256 challenge of the example verifier. */
    @Test
    void thePkceChallengeIsTheRfcsExample() {
        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
                SignInRoutes.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    }

    @Test
    void withoutItsClientSecretTheEngineDoesNotStart() {
        nl.gbi.tenants.TenantConfigException e = org.junit.jupiter.api.Assertions.assertThrows(
                nl.gbi.tenants.TenantConfigException.class, () -> nl.gbi.Engine.start(nl.gbi.EngineConfig.defaults(Map.of())
                        .withPort(0).withDataDir(dir.resolve("no-secret")).withTenantsDir(dir.resolve("tenants"))));
        assertTrue(e.getMessage().contains("GBI_OIDC_SECRET_GM0014"), e.getMessage());
    }

    private static Optional<String> setCookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst();
    }

    /** A Set-Cookie's attributes, lower case (Vert.x writes "HTTPOnly"; the name is case-insensitive, RFC 6265). */
    private static List<String> attributes(String setCookie) {
        return java.util.Arrays.stream(setCookie.split(";")).skip(1).map(a -> a.strip().toLowerCase(java.util.Locale.ROOT))
                .toList();
    }

    private static String value(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        return pair.substring(pair.indexOf('=') + 1);
    }
}
