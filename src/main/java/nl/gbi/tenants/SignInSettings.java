package nl.gbi.tenants;

import java.util.Map;

/**
 * How a municipality's finance officers sign in on the page (issue 15 point 2): the {@code oidc} object of its tenant
 * file. The engine is a confidential client of the municipality's identity provider; the client secret is never in
 * the file but in the environment variable {@link #secretVariable}.
 *
 * @param issuer the IdP's issuer (its {@code /.well-known/openid-configuration} names every endpoint and the keys)
 * @param clientId the engine's client id at that IdP: the audience of the id_token
 * @param rolesClaim the id_token claim that carries the user's groups or roles (a string or a list of strings)
 * @param roles which value of {@code rolesClaim} gives which role of the engine; only {@code finance-officer} may be
 *              given here, as ops and admin belong to no municipality
 * @param persoonClaim the claim that names the person as the municipality's tokens do (an employee number); null:
 *                     the person is the issuer and subject ({@code <issuer>#<sub>})
 * @param tenantClaim with {@code tenantValue}: a claim the id_token must carry with that value (an IdP shared by
 *                    several municipalities); null: the issuer alone decides the municipality
 */
public record SignInSettings(String issuer, String clientId, String rolesClaim, Map<String, String> roles,
                             String persoonClaim, String tenantClaim, String tenantValue) {

    public SignInSettings {
        roles = Map.copyOf(roles);
    }

    /** The environment variable with the client secret of {@code gemeentecode}'s sign-in. */
    public static String secretVariable(String gemeentecode) {
        return "GBI_OIDC_SECRET_" + gemeentecode;
    }
}
