package nl.gbi.access;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.gbi.domain.EngineError;
import nl.gbi.domain.Fout;
import nl.gbi.tenants.TenantRegistry;

/** Creating tokens and finding the caller behind a bearer token. */
public final class Tokens {

    private final TokenStore store;
    private final TenantRegistry tenants;

    public Tokens(TokenStore store, TenantRegistry tenants) {
        this.store = store;
        this.tenants = tenants;
    }

    /** The caller for a bearer token, or a 401 refusal; a token that parses but does not match is refused alike. */
    public Future<Caller> authenticate(String bearer) {
        Optional<TokenSecrets.Parts> parts = TokenSecrets.parse(bearer);
        if (parts.isEmpty()) {
            return Future.failedFuture(unauthenticated());
        }
        return store.find(parts.get().id()).compose(found -> found
                .filter(token -> TokenSecrets.matches(parts.get().secret(), token.secretSha256()))
                .map(token -> Future.succeededFuture(new Caller(token.id(), token.tenantId(), token.role(), token.naam())))
                .orElseGet(() -> Future.failedFuture(unauthenticated())));
    }

    /** Creates a token for a tenant role (tenant required and known) or for ops/admin (no tenant). */
    public Future<IssuedToken> issue(Caller creator, String tenantId, String roleName, String naam) {
        List<Fout> fouten = new ArrayList<>();
        Optional<Role> role = Role.fromWireName(roleName);
        if (role.isEmpty()) {
            fouten.add(new Fout("role", "ONGELDIGE_WAARDE", "Een van submitter, finance-officer, ops, admin"));
        } else if (role.get().belongsToTenant() && (tenantId == null || tenants.find(tenantId).isEmpty())) {
            fouten.add(new Fout("tenant", tenantId == null ? "VERPLICHT" : "ONBEKENDE_TENANT",
                    "Deze rol hoort bij een bekende gemeente (gemeentecode, bijvoorbeeld GM0014)"));
        } else if (!role.get().belongsToTenant() && tenantId != null) {
            fouten.add(new Fout("tenant", "NIET_TOEGESTAAN", "ops en admin horen bij geen gemeente"));
        }
        if (naam == null || naam.isBlank() || naam.length() > 100) {
            fouten.add(new Fout("naam", "VERPLICHT", "Een naam van 1 tot 100 tekens"));
        }
        if (!fouten.isEmpty()) {
            return Future.failedFuture(EngineError.invalid("Het token kan zo niet worden gemaakt", fouten));
        }
        return create(tenantId, role.get(), naam, creator == null ? null : creator.tokenId());
    }

    /** Creates the first admin token when there is none yet; empty when one exists. */
    public Future<Optional<IssuedToken>> createFirstAdmin() {
        return store.anyWithRole(Role.ADMIN).compose(exists -> exists
                ? Future.succeededFuture(Optional.empty())
                : create(null, Role.ADMIN, "eerste beheerder", null).map(Optional::of));
    }

    private Future<IssuedToken> create(String tenantId, Role role, String naam, String createdBy) {
        String id = TokenSecrets.newId();
        String secret = TokenSecrets.newSecret();
        StoredToken stored = new StoredToken(id, tenantId, role, naam, TokenSecrets.sha256(secret), createdBy);
        return store.insert(stored).map(done -> new IssuedToken(id, TokenSecrets.format(id, secret), tenantId, role, naam));
    }

    private static EngineError unauthenticated() {
        return new EngineError(EngineError.Kind.UNAUTHENTICATED, "Een geldig token is nodig (Authorization: Bearer <token>)");
    }
}
