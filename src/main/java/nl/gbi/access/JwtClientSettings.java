package nl.gbi.access;

import java.util.Map;

/**
 * Machine clients with OAuth 2 client credentials (issue 15 point 3): the identity provider's issuer (its
 * {@code /.well-known/openid-configuration} names the JWKS), the audience the engine's access tokens carry, and the
 * claim that names the municipality. Null when {@code GBI_JWT_ISSUER} is not set: static tokens only.
 */
public record JwtClientSettings(String issuer, String audience, String tenantClaim) {

    public static final String TENANT_CLAIM_DEFAULT = "gemeente";

    public JwtClientSettings {
        if (issuer == null || issuer.isBlank() || audience == null || audience.isBlank()) {
            throw new IllegalArgumentException("GBI_JWT_ISSUER and GBI_JWT_AUDIENCE are set together");
        }
        tenantClaim = tenantClaim == null || tenantClaim.isBlank() ? TENANT_CLAIM_DEFAULT : tenantClaim;
    }

    public static JwtClientSettings fromEnv(Map<String, String> env) {
        String issuer = env.get("GBI_JWT_ISSUER");
        if (issuer == null || issuer.isBlank()) {
            if (env.get("GBI_JWT_AUDIENCE") != null && !env.get("GBI_JWT_AUDIENCE").isBlank()) {
                throw new IllegalArgumentException("GBI_JWT_AUDIENCE is set without GBI_JWT_ISSUER");
            }
            return null;
        }
        return new JwtClientSettings(issuer.strip(), env.get("GBI_JWT_AUDIENCE"), env.get("GBI_JWT_TENANT_CLAIM"));
    }
}
