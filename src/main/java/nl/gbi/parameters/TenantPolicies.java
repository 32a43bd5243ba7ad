package nl.gbi.parameters;

import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import nl.gbi.access.Caller;
import nl.gbi.access.Persons;
import nl.gbi.audit.AuditEvent;
import nl.gbi.domain.EngineError;
import nl.gbi.domain.Fout;
import nl.gbi.domain.Tenant;
import nl.gbi.domain.TenantPolicy;
import nl.gbi.parameterset.Bevinding;
import nl.gbi.parameterset.PolicyReview;
import nl.gbi.parameterset.TenantPolicyReview;
import nl.gbi.tenants.TenantRegistry;

/**
 * A municipality's policy figures (verlaging percentages and base, voorschot share, second-approval threshold) as
 * governed data, the same path as the law's figures (docs/parameters.md): seeded from {@code tenants/*.json}, changed
 * by an ops proposal that another ops person approves, reviewed by the pure {@link TenantPolicyReview}. Approved
 * policies are applied to the {@link TenantRegistry} every instance reads; {@link #refresh()} reloads them when the
 * approval number changed (per run chunk and batch, per voorschot, and every few seconds).
 */
public final class TenantPolicies implements CurrentPolicies {

    public static final int RECENT_MAX = 50;

    private final TenantPolicyStore store;
    private final TenantRegistry tenants;
    private final Persons persons;
    private final AtomicLong loaded = new AtomicLong(-1);

    public TenantPolicies(TenantPolicyStore store, TenantRegistry tenants, Persons persons) {
        this.persons = persons;
        this.store = store;
        this.tenants = tenants;
    }

    /** A policy with its review: for a proposal against the one in effect, for a decided one against the one before. */
    public record Shown(StoredPolicy policy, PolicyReview review) {
    }

    /** On first start each tenant's file figures become its first approved policy. */
    public Future<Void> seed() {
        Future<Void> chain = Future.succeededFuture();
        for (Tenant tenant : tenants.asLoaded()) {
            TenantPolicy policy = TenantPolicy.of(tenant);
            chain = chain.compose(done -> store.seedIfMissing(tenant.gemeentecode(), policy, new AuditEvent(
                    AuditEvent.ENGINE, "engine", "BELEID_GESEED", "beleid/", details(policy))));
        }
        return chain.compose(seeded -> refresh());
    }

    @Override
    public Future<Void> refresh() {
        return store.version().compose(version -> {
            if (version == loaded.get()) {
                return Future.succeededFuture();
            }
            Map<String, TenantPolicy> policies = new TreeMap<>();
            Future<Void> chain = Future.succeededFuture();
            for (Tenant tenant : tenants.asLoaded()) {
                chain = chain.compose(done -> store.inEffect(tenant.gemeentecode())
                        .map(found -> {
                            found.ifPresent(p -> policies.put(tenant.gemeentecode(), p.policy()));
                            return null;
                        }));
            }
            return chain.map(done -> {
                // refreshes may overlap; a slower one that read an older version never undoes a newer one
                synchronized (loaded) {
                    if (version >= loaded.get()) {
                        tenants.applyPolicies(policies);
                        loaded.set(version);
                    }
                }
                return null;
            });
        });
    }

    public Future<Shown> propose(Caller ops, String tenantId, TenantPolicy proposed, Map<String, String> redenen) {
        return tenant(tenantId).compose(tenant -> refresh().compose(fresh -> {
            PolicyReview review = TenantPolicyReview.review(TenantPolicy.of(tenants.find(tenantId).orElseThrow()),
                    proposed, redenen);
            if (!review.acceptable()) {
                return Future.failedFuture(refusal("Het beleid wordt niet voorgesteld", review));
            }
            return store.propose(tenantId, proposed, redenen, ops.tokenId(), ops.naam(),
                            AuditEvent.by(ops, "BELEID_VOORGESTELD", "beleid/", details(proposed)))
                    .map(stored -> new Shown(stored, review));
        }));
    }

    public Future<List<StoredPolicy>> recent(String tenantId) {
        return tenant(tenantId).compose(tenant -> store.recent(tenantId, RECENT_MAX));
    }

    public Future<Shown> get(String tenantId, long id) {
        return tenant(tenantId).compose(tenant -> store.find(tenantId, id)).compose(found -> found.isEmpty()
                ? Future.failedFuture(notFound(id))
                : store.approvedBefore(tenantId, found.get().approvalSeq())
                        .map(before -> new Shown(found.get(), reviewAgainst(before, found.get()))));
    }

    public Future<Shown> approve(Caller ops, String tenantId, long id) {
        return tenant(tenantId).compose(tenant -> otherPerson(ops, tenantId, id))
                .compose(other -> store.beginDecision(tenantId, id)).compose(opened -> {
            if (opened.isEmpty()) {
                return Future.failedFuture(notFound(id));
            }
            TenantPolicyStore.Decision decision = opened.get();
            PolicyReview review = reviewAgainst(decision.inEffect(), decision.policy());
            EngineError refused = undecidable(decision.policy(), ops);
            if (refused == null && !review.acceptable()) {
                refused = refusal("Het beleid kan niet worden goedgekeurd", review);
            }
            if (refused != null) {
                EngineError why = refused;
                return decision.abandon().compose(ended -> Future.failedFuture(why));
            }
            return decision.approve(ops.tokenId(), ops.naam(), AuditEvent.by(ops, "BELEID_GOEDGEKEURD", "beleid/" + id,
                            details(decision.policy().policy())))
                    .compose(approved -> refresh().map(applied -> new Shown(approved, review)));
        });
    }

    public Future<Shown> reject(Caller ops, String tenantId, long id, String reden) {
        if (reden == null || reden.isBlank() || reden.length() > ParameterSets.REASON_LENGTH_MAX) {
            return Future.failedFuture(EngineError.invalid(new Fout("reden", "VERPLICHT",
                    "Een afwijzing heeft een reden van ten hoogste " + ParameterSets.REASON_LENGTH_MAX + " tekens")));
        }
        return tenant(tenantId).compose(tenant -> otherPerson(ops, tenantId, id))
                .compose(other -> store.beginDecision(tenantId, id)).compose(opened -> {
            if (opened.isEmpty()) {
                return Future.failedFuture(notFound(id));
            }
            TenantPolicyStore.Decision decision = opened.get();
            EngineError refused = undecidable(decision.policy(), ops);
            if (refused != null) {
                return decision.abandon().compose(ended -> Future.failedFuture(refused));
            }
            return decision.reject(ops.tokenId(), ops.naam(), reden.strip(), AuditEvent.by(ops, "BELEID_AFGEWEZEN",
                            "beleid/" + id, "reden=" + reden.strip()))
                    .map(rejected -> new Shown(rejected, reviewAgainst(decision.inEffect(), rejected)));
        });
    }

    private static PolicyReview reviewAgainst(Optional<StoredPolicy> before, StoredPolicy policy) {
        return before.map(b -> TenantPolicyReview.review(b.policy(), policy.policy(), policy.redenen()))
                .orElse(new PolicyReview(List.of(), List.of(), List.of()));
    }

    /** The proposer decides nothing about their own policy, with none of their tokens (four eyes between persons). */
    private Future<Void> otherPerson(Caller ops, String tenantId, long id) {
        // a decided policy answers 409 in the decision, whoever asks
        return store.find(tenantId, id).compose(found -> found.isEmpty()
                || !StoredSet.VOORGESTELD.equals(found.get().status()) ? Future.<Void>succeededFuture()
                : persons.requireOther(found.get().proposedBy(), ops,
                        "Wie beleid voorstelde, beslist er niet over (vier ogen), ook niet met een ander token"));
    }

    private static EngineError undecidable(StoredPolicy policy, Caller ops) {
        if (!StoredSet.VOORGESTELD.equals(policy.status())) {
            return EngineError.conflict("Beleid " + policy.id() + " is al " + policy.status().toLowerCase());
        }
        if (policy.proposedBy().equals(ops.tokenId())) {
            return new EngineError(EngineError.Kind.FORBIDDEN, "Wie beleid voorstelde, beslist er niet over (vier ogen)");
        }
        return null;
    }

    private Future<Tenant> tenant(String tenantId) {
        return tenants.find(tenantId).map(Future::succeededFuture)
                .orElseGet(() -> Future.failedFuture(EngineError.notFound("Onbekende gemeente " + tenantId)));
    }

    private static EngineError refusal(String detail, PolicyReview review) {
        List<Fout> fouten = new java.util.ArrayList<>();
        review.weigeringen().forEach(w -> fouten.add(new Fout(w.contains(":") && !w.startsWith("reden ")
                ? w.substring(0, w.indexOf(':')) : "beleid", "GEWEIGERD", w)));
        for (Bevinding b : review.unreasoned()) {
            fouten.add(new Fout("redenen." + b.code(), "REDEN_VERPLICHT", b.melding() + "; geef een reden"
                    + " (\"redenen\": {\"" + b.code() + "\": \"…\"})"));
        }
        return EngineError.invalid(detail, fouten);
    }

    private static String details(TenantPolicy policy) {
        return "allowedVerlagingPercentages=" + new java.util.TreeSet<>(policy.allowedVerlagingPercentages())
                + " verlagingBase=" + policy.verlagingBase() + " voorschotMaxPercentage=" + policy.voorschotMaxPercentage()
                + " secondApprovalThreshold=" + policy.secondApprovalThreshold().toEuros().toPlainString();
    }

    private static EngineError notFound(long id) {
        return EngineError.notFound("Beleid " + id + " bestaat niet");
    }
}
