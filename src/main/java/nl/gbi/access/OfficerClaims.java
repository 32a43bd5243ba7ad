package nl.gbi.access;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.gbi.tenants.SignInSettings;

/**
 * What the id_token of an officer's sign-in must say before the engine gives them a session (OpenID Connect Core 1.0
 * §3.1.3.7): the municipality's issuer, the engine's client id as audience (and as {@code azp} when there are more),
 * not expired nor issued in the future, the nonce of this sign-in, a subject, the municipality's tenant claim when it
 * has one, and a value of the roles claim that gives a role. Plain Java over the claims the library verified the
 * signature of; tested alone (OfficerClaimsTest).
 */
public final class OfficerClaims {

    /** Clocks of IdP and engine may differ this much. */
    static final long LEEWAY_SECONDS = 60;
    private static final Pattern PERSOON_CLAIM = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private static final Pattern SUBJECT = Pattern.compile("[!-~]{1,255}");
    private static final int NAAM_MAX = 100;

    private OfficerClaims() {
    }

    /** Who signed in: the person, the name shown and audited, and the role the claims give. */
    public record Officer(String persoon, String naam, Role role) {
    }

    /**
     * The officer, or why not: {@code forbidden} when the person is known but has no role here (403), otherwise a
     * token that cannot be trusted (401). {@code why} goes to the log only, never to the browser.
     */
    public record Verdict(Officer officer, boolean forbidden, String why) {
        static Verdict refused(String why) {
            return new Verdict(null, false, why);
        }
    }

    public static Verdict of(Map<String, Object> claims, SignInSettings settings, String expectedNonce, Instant now) {
        if (!settings.issuer().equals(claims.get("iss"))) {
            return Verdict.refused("issuer " + claims.get("iss") + " is not " + settings.issuer());
        }
        List<String> audience = strings(claims.get("aud"));
        if (!audience.contains(settings.clientId())) {
            return Verdict.refused("audience " + audience + " does not contain " + settings.clientId());
        }
        if (audience.size() > 1 && !settings.clientId().equals(claims.get("azp"))) {
            return Verdict.refused("several audiences and azp " + claims.get("azp") + " is not " + settings.clientId());
        }
        Long exp = seconds(claims.get("exp"));
        if (exp == null || exp + LEEWAY_SECONDS <= now.getEpochSecond()) {
            return Verdict.refused("expired or without exp: " + claims.get("exp"));
        }
        Long iat = seconds(claims.get("iat"));
        if (iat == null || iat - LEEWAY_SECONDS > now.getEpochSecond()) {
            return Verdict.refused("issued in the future or without iat: " + claims.get("iat"));
        }
        Long nbf = seconds(claims.get("nbf"));
        if (claims.containsKey("nbf") && (nbf == null || nbf - LEEWAY_SECONDS > now.getEpochSecond())) {
            return Verdict.refused("not valid yet: nbf " + claims.get("nbf"));
        }
        if (expectedNonce == null || !expectedNonce.equals(claims.get("nonce"))) {
            return Verdict.refused("the nonce is not the one of this sign-in");
        }
        Object sub = claims.get("sub");
        if (!(sub instanceof String subject) || !SUBJECT.matcher(subject).matches()) {
            return Verdict.refused("no usable sub");
        }
        if (settings.tenantClaim() != null && !strings(claims.get(settings.tenantClaim())).contains(settings.tenantValue())) {
            return Verdict.refused("claim " + settings.tenantClaim() + " is not " + settings.tenantValue());
        }
        String persoon = settings.issuer() + "#" + subject;
        if (settings.persoonClaim() != null) {
            Object value = claims.get(settings.persoonClaim());
            if (!(value instanceof String text) || !PERSOON_CLAIM.matcher(text).matches()) {
                return Verdict.refused("claim " + settings.persoonClaim() + " does not name a person");
            }
            persoon = text;
        }
        if (persoon.length() > 300) {
            return Verdict.refused("issuer and sub are longer than 300 characters together");
        }
        Role role = null;
        for (String value : strings(claims.get(settings.rolesClaim()))) {
            String wire = settings.roles().get(value);
            if (wire != null) {
                role = Role.fromWireName(wire).orElse(null);
            }
        }
        String naam = naam(claims, subject);
        if (role == null) {
            return new Verdict(null, true, persoon + " has no value of " + settings.rolesClaim() + " that gives a role");
        }
        return new Verdict(new Officer(persoon, naam, role), false, null);
    }

    /** The name to show and audit: {@code name}, else {@code preferred_username}, else the subject; printable, short. */
    private static String naam(Map<String, Object> claims, String subject) {
        for (String claim : List.of("name", "preferred_username")) {
            if (claims.get(claim) instanceof String text) {
                String clean = text.replaceAll("\\p{Cntrl}", "").strip();
                if (!clean.isEmpty()) {
                    return clean.length() > NAAM_MAX ? clean.substring(0, NAAM_MAX) : clean;
                }
            }
        }
        return subject.length() > NAAM_MAX ? subject.substring(0, NAAM_MAX) : subject;
    }

    /** A claim that is a string or a list of strings, as a list; anything else is empty. */
    private static List<String> strings(Object value) {
        if (value instanceof String text) {
            return List.of(text);
        }
        if (value instanceof Iterable<?> list) {
            // a List from a parsed map, or a JsonArray from the library's JsonObject
            List<String> out = new java.util.ArrayList<>();
            list.forEach(item -> {
                if (item instanceof String text) {
                    out.add(text);
                }
            });
            return out;
        }
        return List.of();
    }

    private static Long seconds(Object value) {
        return value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
                ? Long.valueOf(number.longValue()) : null;
    }
}
