package nl.gbi.access;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What a verified JWT access token of a machine client may be, in plain Java: issued by the configured issuer, for the
 * engine's audience, with an expiry, the scope {@value #SUBMITTER_SCOPE} and a known municipality in the tenant claim.
 * A case system submits; other roles are persons and sign in otherwise. The reason a token is refused goes to the log,
 * never to the client.
 */
public final class ClientClaims {

    public static final String SUBMITTER_SCOPE = "gbi:submitter";
    private static final Pattern CLIENT = Pattern.compile("[A-Za-z0-9._:@-]{1,64}");

    private ClientClaims() {
    }

    /** The caller, or null with {@code why}. */
    public record Verdict(Caller caller, String why) {
        static Verdict refused(String why) {
            return new Verdict(null, why);
        }
    }

    public static Verdict of(Map<String, Object> claims, JwtClientSettings settings, Predicate<String> knownTenant) {
        if (!settings.issuer().equals(claims.get("iss"))) {
            return Verdict.refused("issuer " + claims.get("iss"));
        }
        Object aud = claims.get("aud");
        boolean audience = aud instanceof String one ? one.equals(settings.audience())
                : aud instanceof List<?> many && many.contains(settings.audience());
        if (!audience) {
            return Verdict.refused("audience " + aud);
        }
        if (!(claims.get("exp") instanceof Number)) {
            return Verdict.refused("no exp");
        }
        Object scope = claims.get("scope");
        if (!(scope instanceof String scopes) || !List.of(scopes.split(" ")).contains(SUBMITTER_SCOPE)) {
            return Verdict.refused("no scope " + SUBMITTER_SCOPE);
        }
        Object tenant = claims.get(settings.tenantClaim());
        if (!(tenant instanceof String code) || !knownTenant.test(code)) {
            return Verdict.refused("tenant claim " + settings.tenantClaim() + " = " + tenant);
        }
        Object client = claims.containsKey("azp") ? claims.get("azp")
                : claims.containsKey("client_id") ? claims.get("client_id") : claims.get("sub");
        if (!(client instanceof String id) || !CLIENT.matcher(id).matches()) {
            return Verdict.refused("client " + client);
        }
        return new Verdict(new Caller("jwt:" + id, code, Role.SUBMITTER, id, "client:" + id), null);
    }
}
