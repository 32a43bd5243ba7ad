package nl.gbi.tenants;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.gbi.domain.Tenant;
import nl.gbi.domain.TenantPolicy;

/**
 * The loaded tenants by gemeentecode, in code order, each with its approved policy
 * ({@link #applyPolicies}: the figures a second person approved replace those of the file, docs/parameters.md).
 * The tenants themselves are immutable; the policies are swapped whole, so a reader sees one version or the next.
 */
public final class TenantRegistry {

    private final Map<String, Tenant> byCode;
    private final Map<String, SignInSettings> signIn;
    private volatile Map<String, Tenant> withPolicies;

    TenantRegistry(Map<String, Tenant> byCode, Map<String, SignInSettings> signIn) {
        this.byCode = Map.copyOf(byCode);
        this.signIn = Map.copyOf(signIn);
        this.withPolicies = this.byCode;
    }

    /** How {@code gemeentecode}'s officers sign in on the page; empty when its file has no {@code oidc}. */
    public Optional<SignInSettings> signIn(String gemeentecode) {
        return Optional.ofNullable(signIn.get(gemeentecode));
    }

    /** The codes of the municipalities whose officers sign in with their identity provider, in code order. */
    public Collection<String> withSignIn() {
        return new TreeMap<>(signIn).keySet();
    }

    public Optional<Tenant> find(String gemeentecode) {
        return Optional.ofNullable(withPolicies.get(gemeentecode));
    }

    public Collection<Tenant> all() {
        return new TreeMap<>(withPolicies).values();
    }

    /** The tenants as their files give them, before any approved policy: what the policies are seeded from. */
    public Collection<Tenant> asLoaded() {
        return new TreeMap<>(byCode).values();
    }

    /** Makes {@code policies} (by gemeentecode) the ones in effect; a tenant without one keeps its file's figures. */
    public void applyPolicies(Map<String, TenantPolicy> policies) {
        Map<String, Tenant> applied = new TreeMap<>();
        byCode.forEach((code, tenant) -> applied.put(code,
                policies.containsKey(code) ? tenant.withPolicy(policies.get(code)) : tenant));
        withPolicies = Map.copyOf(applied);
    }

    public int size() {
        return byCode.size();
    }
}
