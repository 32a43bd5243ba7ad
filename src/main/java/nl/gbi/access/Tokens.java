package nl.gbi.access;

import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.gbi.domain.EngineError;
import nl.gbi.domain.Fout;
import nl.gbi.tenants.TenantRegistry;

/** Creating tokens and finding the caller behind a bearer token. */
public final class Tokens implements Persons {

    /** A static token is valid for 90 days unless it is made for fewer (or more, up to a year). */
    public static final int DAYS_DEFAULT = 90;
    public static final int DAYS_MAX = 365;
    public static final int LIST_MAX = 1_000;
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    /** An officer's session on the page lasts a working day at most, and ends after half an hour without use. */
    public static final int SESSION_MINUTES = 8 * 60;
    public static final int SESSION_IDLE_MINUTES = 30;
    /** Who holds a token: an employee number or another identifier; ':' is kept for the engine's own "token:<id>". */
    private static final Pattern PERSOON = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    private final TokenStore store;
    private final TenantRegistry tenants;
    private final JwtClients clients;

    public Tokens(TokenStore store, TenantRegistry tenants) {
        this(store, tenants, null);
    }

    /** {@code clients}: the JWT access tokens of machine clients, or null for static tokens only. */
    public Tokens(TokenStore store, TenantRegistry tenants, JwtClients clients) {
        this.store = store;
        this.tenants = tenants;
        this.clients = clients;
    }

    /**
     * The caller for a bearer token, or a 401 refusal; a token that parses but does not match is refused alike, and so
     * is a session's secret: a session is valid only from its cookie, where the page's CSRF defence guards it.
     */
    public Future<Caller> authenticate(String bearer) {
        Optional<TokenSecrets.Parts> parts = TokenSecrets.parse(bearer);
        if (parts.isEmpty()) {
            // not a static token: a machine client's JWT, when the engine knows an identity provider
            return clients != null && bearer != null && bearer.chars().filter(c -> c == '.').count() == 2
                    ? clients.authenticate(bearer) : Future.failedFuture(unauthenticated());
        }
        return find(parts.get(), false);
    }

    /** The officer behind a session cookie, or a 401 refusal (also for a static token's secret in the cookie). */
    public Future<Caller> authenticateSession(String cookie) {
        Optional<TokenSecrets.Parts> parts = TokenSecrets.parse(cookie);
        return parts.isEmpty() ? Future.failedFuture(unauthenticated()) : find(parts.get(), true);
    }

    /**
     * Starts an officer's session after the identity provider signed them in: a credential of the officer's person
     * and role for {@link #SESSION_MINUTES}, audited as SESSIE_GESTART. The returned token is the cookie's value.
     */
    public Future<IssuedToken> startSession(String tenantId, OfficerClaims.Officer officer, String issuer) {
        String id = TokenSecrets.newId();
        String secret = TokenSecrets.newSecret();
        StoredToken made = StoredToken.session(id, tenantId, officer.role(), officer.naam(), officer.persoon(),
                TokenSecrets.sha256(secret));
        return store.insertSession(made, SESSION_MINUTES, issuer).map(stored -> new IssuedToken(id,
                TokenSecrets.format(id, secret), tenantId, stored.role(), stored.naam(), stored.persoon(),
                stored.expiresAt()));
    }

    /** Ends the caller's own session (sign-out), audited as SESSIE_BEEINDIGD; 409 for a caller that is no session. */
    public Future<Void> endSession(Caller caller) {
        return store.find(caller.tokenId()).compose(found -> {
            if (found.isEmpty() || !found.get().sessie()) {
                return Future.failedFuture(EngineError.conflict("Alleen een aanmelding op de pagina wordt zo beëindigd;"
                        + " een token trekt een beheerder in"));
            }
            return store.revoke(found.get(), caller).mapEmpty();
        });
    }

    private Future<Caller> find(TokenSecrets.Parts parts, boolean session) {
        return store.find(parts.id()).compose(found -> found
                .filter(token -> TokenSecrets.matches(parts.secret(), token.secretSha256()))
                .filter(token -> token.sessie() == session)
                .filter(StoredToken::usable)
                .map(token -> {
                    if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(Instant.now().minus(TOUCH_EVERY))) {
                        // the request does not wait for it; a lost touch only makes "last used" a minute older
                        store.touch(token.id());
                    }
                    return Future.succeededFuture(new Caller(token.id(), token.tenantId(), token.role(), token.naam(),
                            token.persoon()));
                })
                .orElseGet(() -> Future.failedFuture(unauthenticated())));
    }

    /**
     * Creates a token for a tenant role (tenant required and known) or for ops/admin (no tenant), valid for
     * {@code days} days (null: {@link #DAYS_DEFAULT}; 1 to {@link #DAYS_MAX}).
     */
    public Future<IssuedToken> issue(Caller creator, String tenantId, String roleName, String naam, Integer days,
                                     String persoon) {
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
        if (persoon != null && !PERSOON.matcher(persoon).matches()) {
            fouten.add(new Fout("persoon", "ONGELDIG_FORMAAT",
                    "1 tot 64 letters, cijfers of . _ @ - (bijvoorbeeld een personeelsnummer)"));
        }
        if (days != null && (days < 1 || days > DAYS_MAX)) {
            fouten.add(new Fout("geldigDagen", "BUITEN_BEREIK", "1 tot en met " + DAYS_MAX + " dagen"));
        }
        if (!fouten.isEmpty()) {
            return Future.failedFuture(EngineError.invalid("Het token kan zo niet worden gemaakt", fouten));
        }
        return create(tenantId, role.get(), naam, persoon, creator, days == null ? DAYS_DEFAULT : days);
    }

    @Override
    public Future<String> personOf(String tokenId) {
        return store.find(tokenId).map(found -> found.map(StoredToken::persoon).orElse("token:" + tokenId));
    }

    /** Every token without its secret, newest first (admin), at most {@link #LIST_MAX}. */
    public Future<List<StoredToken>> list(Caller admin) {
        return store.all(LIST_MAX);
    }

    /**
     * Revokes a token at once (admin): every instance refuses it from the next request, as each request reads the
     * token. 404 for no such token, 409 when it was revoked already or is the caller's own (revoke it from another
     * admin token, so that an admin token is left).
     */
    public Future<StoredToken> revoke(Caller admin, String id) {
        if (id.equals(admin.tokenId())) {
            return Future.failedFuture(EngineError.conflict(
                    "U trekt uw eigen token niet in: doe dat met een ander admin-token, zodat er een overblijft"));
        }
        return store.find(id).compose(found -> {
            if (found.isEmpty()) {
                return Future.failedFuture(EngineError.notFound("Token " + id + " bestaat niet"));
            }
            StoredToken token = found.get();
            if (token.revokedAt() != null) {
                return Future.failedFuture(EngineError.conflict("Token " + id + " is al ingetrokken"));
            }
            return store.revoke(token, admin).compose(revoked -> revoked.map(Future::succeededFuture)
                    .orElseGet(() -> Future.failedFuture(EngineError.conflict("Token " + id + " is al ingetrokken"))));
        });
    }

    /** Creates the first admin token when there is none yet; empty when one exists. */
    public Future<Optional<IssuedToken>> createFirstAdmin() {
        return store.anyWithRole(Role.ADMIN).compose(exists -> exists
                ? Future.succeededFuture(Optional.empty())
                : create(null, Role.ADMIN, "eerste beheerder", null, null, DAYS_DEFAULT).map(Optional::of));
    }

    /** {@code creator}: the admin who makes it, or null for the engine's first admin token. */
    private Future<IssuedToken> create(String tenantId, Role role, String naam, String persoon, Caller creator,
            int days) {
        String id = TokenSecrets.newId();
        String secret = TokenSecrets.newSecret();
        StoredToken made = StoredToken.made(id, tenantId, role, naam, persoon, TokenSecrets.sha256(secret),
                creator == null ? null : creator.tokenId());
        return store.insert(made, days, creator).map(stored -> new IssuedToken(id, TokenSecrets.format(id, secret), tenantId, role,
                naam, stored.persoon(), stored.expiresAt()));
    }

    static EngineError unauthenticated() {
        return new EngineError(EngineError.Kind.UNAUTHENTICATED, "Een geldig token is nodig (Authorization: Bearer <token>)");
    }
}
