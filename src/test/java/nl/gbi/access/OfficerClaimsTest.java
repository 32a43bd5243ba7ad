package nl.gbi.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.gbi.tenants.SignInSettings;
import org.junit.jupiter.api.Test;

/** The id_token of an officer's sign-in, alone: what gives a session, and every claim that refuses one and why. */
class OfficerClaimsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final String ISSUER = "https://login.example.nl/groningen";
    private static final SignInSettings SETTINGS = new SignInSettings(ISSUER, "gbi-betaalmotor", "groups",
            Map.of("gbi-finance", "finance-officer"), null, null, null);

    private static Map<String, Object> good() {
        Map<String, Object> claims = new HashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", "gbi-betaalmotor");
        claims.put("sub", "f81d4fae-7dec-11d0-a765-00a0c91e6bf6");
        claims.put("exp", NOW.getEpochSecond() + 300);
        claims.put("iat", NOW.getEpochSecond() - 5);
        claims.put("nbf", NOW.getEpochSecond() - 5);
        claims.put("nonce", "n-123");
        claims.put("name", "Anna de Vries");
        claims.put("groups", List.of("medewerkers", "gbi-finance"));
        return claims;
    }

    private static OfficerClaims.Verdict verdict(Map<String, Object> claims) {
        return OfficerClaims.of(claims, SETTINGS, "n-123", NOW);
    }

    @Test
    void aGoodIdTokenGivesTheRoleToThePersonOfIssuerAndSubject() {
        OfficerClaims.Verdict verdict = verdict(good());
        assertNull(verdict.why());
        assertEquals(new OfficerClaims.Officer(ISSUER + "#f81d4fae-7dec-11d0-a765-00a0c91e6bf6", "Anna de Vries",
                Role.FINANCE_OFFICER), verdict.officer());
    }

    @Test
    void everyClaimThatCannotBeTrustedRefusesWith401AndSaysWhyInTheLogOnly() {
        Map<String, Map<String, Object>> bad = new java.util.LinkedHashMap<>();
        bad.put("another issuer", with("iss", "https://login.example.nl/elders"));
        bad.put("no issuer", with("iss", null));
        bad.put("another audience", with("aud", "iets-anders"));
        bad.put("several audiences without azp", with("aud", List.of("gbi-betaalmotor", "iets-anders")));
        bad.put("expired beyond the leeway", with("exp", NOW.getEpochSecond() - OfficerClaims.LEEWAY_SECONDS));
        bad.put("no expiry", with("exp", null));
        bad.put("expiry not a number", with("exp", "morgen"));
        bad.put("issued in the future", with("iat", NOW.getEpochSecond() + 600));
        bad.put("not valid yet", with("nbf", NOW.getEpochSecond() + 600));
        bad.put("the nonce of another sign-in", with("nonce", "n-999"));
        bad.put("no nonce", with("nonce", null));
        bad.put("no subject", with("sub", null));
        bad.put("a subject with a space", with("sub", "anna de vries"));
        for (Map.Entry<String, Map<String, Object>> claims : bad.entrySet()) {
            OfficerClaims.Verdict verdict = verdict(claims.getValue());
            assertNull(verdict.officer(), claims.getKey());
            assertFalse(verdict.forbidden(), claims.getKey() + ": not trusted is 401, not 403");
            assertTrue(verdict.why() != null && !verdict.why().isBlank(), claims.getKey());
        }
        assertNull(OfficerClaims.of(good(), SETTINGS, null, NOW).officer(), "no nonce expected: refused");
    }

    @Test
    void aTrustedPersonWithoutTheRoleIsForbiddenNotUnknown() {
        for (Object groups : new Object[] {List.of("medewerkers"), "medewerkers", null, 42}) {
            OfficerClaims.Verdict verdict = verdict(with("groups", groups));
            assertNull(verdict.officer(), String.valueOf(groups));
            assertTrue(verdict.forbidden(), String.valueOf(groups));
        }
        assertEquals(Role.FINANCE_OFFICER, verdict(with("groups", "gbi-finance")).officer().role(), "a single string");
    }

    @Test
    void withinTheLeewayAndWithAzpForSeveralAudiencesItIsAccepted() {
        Map<String, Object> claims = with("exp", NOW.getEpochSecond() - OfficerClaims.LEEWAY_SECONDS + 1);
        claims.put("aud", List.of("gbi-betaalmotor", "graph"));
        claims.put("azp", "gbi-betaalmotor");
        assertEquals(Role.FINANCE_OFFICER, verdict(claims).officer().role());
    }

    @Test
    void thePersonClaimMakesTheSamePersonAsTheMunicipalitysTokensAndMustNameOne() {
        SignInSettings byEmployee = new SignInSettings(ISSUER, "gbi-betaalmotor", "groups",
                Map.of("gbi-finance", "finance-officer"), "employee_id", null, null);
        assertEquals("E100", OfficerClaims.of(with("employee_id", "E100"), byEmployee, "n-123", NOW).officer().persoon());
        for (Object value : new Object[] {null, "", "E 100", "token:abc", 100}) {
            OfficerClaims.Verdict verdict = OfficerClaims.of(with("employee_id", value), byEmployee, "n-123", NOW);
            assertNull(verdict.officer(), String.valueOf(value));
            assertFalse(verdict.forbidden(), String.valueOf(value));
        }
    }

    @Test
    void aSharedIdentityProviderNamesTheMunicipalityInItsTenantClaim() {
        SignInSettings shared = new SignInSettings(ISSUER, "gbi-betaalmotor", "groups",
                Map.of("gbi-finance", "finance-officer"), null, "gemeente", "GM0014");
        assertEquals(Role.FINANCE_OFFICER, OfficerClaims.of(with("gemeente", "GM0014"), shared, "n-123", NOW).officer().role());
        assertNull(OfficerClaims.of(with("gemeente", "GM0363"), shared, "n-123", NOW).officer());
        assertNull(OfficerClaims.of(good(), shared, "n-123", NOW).officer(), "without the claim");
    }

    @Test
    void theNameIsPrintableAndShortAndFallsBackToTheUsernameOrSubject() {
        assertEquals("Anna", verdict(with("name", "An\u0000na\n")).officer().naam());
        assertEquals(100, verdict(with("name", "x".repeat(300))).officer().naam().length());
        Map<String, Object> noName = with("name", null);
        noName.put("preferred_username", "avries");
        assertEquals("avries", verdict(noName).officer().naam());
        assertEquals("f81d4fae-7dec-11d0-a765-00a0c91e6bf6", verdict(with("name", null)).officer().naam());
    }

    private static Map<String, Object> with(String claim, Object value) {
        Map<String, Object> claims = good();
        if (value == null) {
            claims.remove(claim);
        } else {
            claims.put(claim, value);
        }
        return claims;
    }
}
