package nl.gbi.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a verified machine-client token may be, alone: each claim that is wrong refuses it, and why is said. */
class ClientClaimsTest {

    private static final JwtClientSettings SETTINGS = new JwtClientSettings("https://idp.example.nl/gbi", "gbi-api", "gm");

    private static Map<String, Object> good() {
        Map<String, Object> claims = new HashMap<>();
        claims.put("iss", "https://idp.example.nl/gbi");
        claims.put("aud", "gbi-api");
        claims.put("exp", 2_000_000_000L);
        claims.put("scope", "openid gbi:submitter");
        claims.put("gm", "GM0014");
        claims.put("azp", "suite4");
        return claims;
    }

    private static ClientClaims.Verdict verdict(Map<String, Object> claims) {
        return ClientClaims.of(claims, SETTINGS, code -> code.equals("GM0014"));
    }

    @Test
    void aGoodTokenIsTheCaseSystemAsASubmitterOfItsMunicipality() {
        Caller caller = verdict(good()).caller();
        assertEquals(new Caller("jwt:suite4", "GM0014", Role.SUBMITTER, "suite4", "client:suite4"), caller);
        Map<String, Object> listAudience = good();
        listAudience.put("aud", List.of("other", "gbi-api"));
        listAudience.remove("azp");
        listAudience.put("client_id", "suite4");
        assertEquals(caller, verdict(listAudience).caller(), "aud as a list, the client in client_id");
    }

    @Test
    void eachWrongClaimRefusesItAndSaysWhichToTheLog() {
        Map<String, Map.Entry<String, Object>> wrong = Map.of(
                "issuer", Map.entry("iss", "https://elders.example.nl"),
                "audience", Map.entry("aud", List.of("other")),
                "no exp", Map.entry("exp", "morgen"),
                "no scope", Map.entry("scope", "openid gbi:submitter-extra"),
                "tenant claim", Map.entry("gm", "GM9999"),
                "client", Map.entry("azp", "suite 4; drop"));
        for (Map.Entry<String, Map.Entry<String, Object>> c : wrong.entrySet()) {
            Map<String, Object> claims = good();
            claims.put(c.getValue().getKey(), c.getValue().getValue());
            ClientClaims.Verdict verdict = verdict(claims);
            assertNull(verdict.caller(), c.getKey());
            assertTrue(verdict.why().startsWith(c.getKey()), c.getKey() + ": " + verdict.why());
        }
    }

    @Test
    void theSettingsComeTogetherOrNotAtAll() {
        assertNull(JwtClientSettings.fromEnv(Map.of()));
        assertEquals("gemeente", JwtClientSettings.fromEnv(Map.of("GBI_JWT_ISSUER", "https://idp", "GBI_JWT_AUDIENCE", "a"))
                .tenantClaim());
        for (Map<String, String> half : List.of(Map.of("GBI_JWT_ISSUER", "https://idp"), Map.of("GBI_JWT_AUDIENCE", "a"))) {
            try {
                JwtClientSettings.fromEnv(half);
                throw new AssertionError("accepted " + half);
            } catch (IllegalArgumentException expected) {
                assertTrue(expected.getMessage().contains("GBI_JWT_"), expected.getMessage());
            }
        }
    }
}
