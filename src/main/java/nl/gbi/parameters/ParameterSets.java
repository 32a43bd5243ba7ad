package nl.gbi.parameters;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.gbi.access.Caller;
import nl.gbi.access.Persons;
import nl.gbi.audit.AuditEvent;
import nl.gbi.calculation.Parameter;
import nl.gbi.calculation.ParameterTableException;
import nl.gbi.domain.EngineError;
import nl.gbi.domain.Fout;
import nl.gbi.domain.Tenant;
import nl.gbi.parameterset.Bevinding;
import nl.gbi.parameterset.EffectiveParameters;
import nl.gbi.parameterset.ParameterSetDocument;
import nl.gbi.parameterset.ParameterSetReview;
import nl.gbi.parameterset.Proposal;
import nl.gbi.parameterset.Readiness;
import nl.gbi.parameterset.Review;
import nl.gbi.parameterset.SanityRules;
import nl.gbi.tenants.TenantRegistry;

/**
 * The law's figures as governed data (docs/parameters.md): ops propose a set, another ops person approves or rejects
 * it, and only approved sets make the table the calculation reads. Each step reviews the set again with the pure
 * {@link ParameterSetReview}; the approval does so under the decision lock, so two sets for one half-year can never
 * both take effect. The table is cached per approval number, so every instance reads it again after an approval.
 */
public final class ParameterSets implements CurrentParameters {

    /** How many sets {@link #recent()} lists: two a year, plus corrections and rejections. */
    public static final int RECENT_MAX = 50;
    public static final int REASON_LENGTH_MAX = 500;
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final ParameterSetStore store;
    private final TenantRegistry tenants;
    private final SanityRules rules;
    private final Clock clock;
    private final Persons persons;
    private volatile EffectiveParameters cached;

    public ParameterSets(ParameterSetStore store, TenantRegistry tenants, SanityRules rules, Clock clock,
                         Persons persons) {
        this.persons = persons;
        this.store = store;
        this.tenants = tenants;
        this.rules = rules;
        this.clock = clock;
    }

    /** A set with what its review says now (for a decided set: against the sets approved before it). */
    public record Shown(StoredSet set, Review review) {
    }

    /** On first start the shipped file becomes the first approved set. */
    public Future<Void> seed() {
        String document = ParameterResource.text();
        Proposal shipped = ParameterSetDocument.parse(document);
        return store.seedIfEmpty(shipped, document, new AuditEvent(AuditEvent.ENGINE, "engine", "PARAMETERSET_GESEED",
                "parameterset/", "sha256=" + shipped.sha256() + " bron=" + ParameterResource.PATH))
                .compose(seeded -> current()).mapEmpty();
    }

    @Override
    public Future<EffectiveParameters> current() {
        return store.version().compose(version -> {
            EffectiveParameters known = cached;
            if (known != null && known.version() == version) {
                return Future.succeededFuture(known);
            }
            return store.approved().map(sets -> {
                EffectiveParameters made = EffectiveParameters.of(version,
                        sets.stream().map(StoredSet::approved).toList());
                cached = made;
                return made;
            });
        });
    }

    /** The last table read, for a gauge; null before the first read. */
    public EffectiveParameters lastRead() {
        return cached;
    }

    public Future<Readiness> readiness() {
        return current().map(parameters -> Readiness.of(parameters, LocalDate.now(clock.withZone(AMSTERDAM))));
    }

    /** Reviews and stores a proposal; refused (400, every problem named) unless {@link Review#acceptable()}. */
    public Future<Shown> propose(Caller ops, String document) {
        Proposal proposal;
        try {
            proposal = ParameterSetDocument.parse(document);
        } catch (ParameterTableException invalid) {
            return Future.failedFuture(EngineError.invalid("De parameterset is niet geldig",
                    invalid.problems().stream().map(p -> new Fout("document", "ONGELDIG", p)).toList()));
        }
        return current().compose(effective -> {
            Review review = ParameterSetReview.review(proposal, effective, rules);
            if (!review.acceptable()) {
                return Future.failedFuture(refusal("De parameterset wordt niet voorgesteld", review));
            }
            AuditEvent event = AuditEvent.by(ops, "PARAMETERSET_VOORGESTELD", "parameterset/", details(proposal));
            return store.propose(proposal, document, ops.tokenId(), ops.naam(), event)
                    .map(stored -> new Shown(stored, review));
        });
    }

    public Future<List<StoredSet>> recent() {
        return store.recent(RECENT_MAX);
    }

    public Future<Shown> get(long id) {
        return store.find(id).compose(found -> found.isEmpty() ? Future.failedFuture(notFound(id))
                : store.approved().map(approved -> new Shown(found.get(), reviewBefore(found.get(), approved))));
    }

    /** Approves the set (ops, not its proposer): it takes effect for months from its dates. */
    public Future<Shown> approve(Caller ops, long id) {
        return otherPerson(ops, id).compose(other -> store.beginDecision(id)).compose(opened -> {
            if (opened.isEmpty()) {
                return Future.failedFuture(notFound(id));
            }
            ParameterSetStore.Decision decision = opened.get();
            StoredSet set = decision.set();
            EngineError refused = undecidable(set, ops);
            Review review = reviewBefore(set, decision.approved());
            if (refused == null && !review.acceptable()) {
                refused = refusal("De parameterset kan niet worden goedgekeurd", review);
            }
            if (refused != null) {
                EngineError why = refused;
                return decision.abandon().compose(ended -> Future.failedFuture(why));
            }
            AuditEvent event = AuditEvent.by(ops, "PARAMETERSET_GOEDGEKEURD", "parameterset/" + id, details(set.proposal()));
            ParameterSetStore.Supersession supersession = set.vervangt() == null ? null
                    : new ParameterSetStore.Supersession(set.vervangt(), set.rows().stream()
                            .filter(r -> r.parameter().unit() == Parameter.Unit.CENTS)
                            .map(r -> YearMonth.from(r.geldigVanaf())).distinct().sorted().toList(),
                            // only a changed AOW-leeftijd redoes its year; repeating the one in effect changes nothing
                            review.verschillen().stream().filter(v -> v.key().unit() == Parameter.Unit.MONTHS
                                            && v.huidig() != null && v.huidig() != v.nieuw())
                                    .map(v -> v.geldigVanaf().getYear()).distinct().sorted().toList(),
                            tenants.all().stream().map(Tenant::gemeentecode).sorted().toList());
            return decision.approve(ops.tokenId(), ops.naam(), supersession, event)
                    .map(approved -> new Shown(approved, review));
        }).andThen(done -> cached = null);
    }

    /** Rejects the set (ops, not its proposer) with a reason. */
    public Future<Shown> reject(Caller ops, long id, String reden) {
        if (reden == null || reden.isBlank() || reden.length() > REASON_LENGTH_MAX) {
            return Future.failedFuture(EngineError.invalid(new Fout("reden", "VERPLICHT",
                    "Een afwijzing heeft een reden van ten hoogste " + REASON_LENGTH_MAX + " tekens")));
        }
        return otherPerson(ops, id).compose(other -> store.beginDecision(id)).compose(opened -> {
            if (opened.isEmpty()) {
                return Future.failedFuture(notFound(id));
            }
            ParameterSetStore.Decision decision = opened.get();
            EngineError refused = undecidable(decision.set(), ops);
            if (refused != null) {
                return decision.abandon().compose(ended -> Future.failedFuture(refused));
            }
            AuditEvent event = AuditEvent.by(ops, "PARAMETERSET_AFGEWEZEN", "parameterset/" + id,
                    "sha256=" + decision.set().sha256() + " reden=" + reden.strip());
            return decision.reject(ops.tokenId(), ops.naam(), reden.strip(), event)
                    .map(rejected -> new Shown(rejected, reviewBefore(rejected, decision.approved())));
        });
    }

    /** The proposer decides nothing about their own set, with none of their tokens (four eyes between persons). */
    private Future<Void> otherPerson(Caller ops, long id) {
        // a decided set answers 409 in the decision, whoever asks
        return store.find(id).compose(found -> found.isEmpty() || !StoredSet.VOORGESTELD.equals(found.get().status())
                ? Future.<Void>succeededFuture()
                : persons.requireOther(found.get().proposedBy(), ops,
                        "Wie een parameterset voorstelde, beslist er niet over (vier ogen), ook niet met een ander token"));
    }

    private static EngineError undecidable(StoredSet set, Caller ops) {
        if (!StoredSet.VOORGESTELD.equals(set.status())) {
            return EngineError.conflict("Parameterset " + set.id() + " is al " + set.status().toLowerCase());
        }
        if (set.proposedBy().equals(ops.tokenId())) {
            return new EngineError(EngineError.Kind.FORBIDDEN,
                    "Wie een parameterset voorstelde, beslist er niet over (vier ogen)");
        }
        return null;
    }

    /**
     * The review of {@code set} against what was in effect when it was or will be decided: the sets approved before
     * it (a decided set), or all approved sets (a proposal).
     */
    private Review reviewBefore(StoredSet set, List<StoredSet> approved) {
        List<StoredSet> before = approved.stream().filter(a -> a.id() != set.id()
                && (set.approvalSeq() == null || a.approvalSeq() < set.approvalSeq())).toList();
        if (before.isEmpty()) {
            return new Review(List.of(), List.of(), List.of());
        }
        EffectiveParameters effective = EffectiveParameters.of(0, before.stream().map(StoredSet::approved).toList());
        return ParameterSetReview.review(set.proposal(), effective, rules);
    }

    private static EngineError refusal(String detail, Review review) {
        List<Fout> fouten = new ArrayList<>();
        review.weigeringen().forEach(w -> fouten.add(new Fout("document", "GEWEIGERD", w)));
        for (Bevinding b : review.unreasoned()) {
            fouten.add(new Fout("redenen." + b.code(), "REDEN_VERPLICHT", b.melding()
                    + "; geef een reden ('# reden " + b.code() + ": …' of \"redenen\": {\"" + b.code() + "\": \"…\"})"));
        }
        return EngineError.invalid(detail, fouten);
    }

    private static String details(Proposal proposal) {
        String halfYears = proposal.rows().stream().map(r -> r.geldigVanaf().toString()).distinct().sorted()
                .collect(Collectors.joining(","));
        return "sha256=" + proposal.sha256() + " geldigVanaf=" + halfYears
                + (proposal.vervangt() == null ? "" : " vervangt=" + proposal.vervangt());
    }

    private static EngineError notFound(long id) {
        return EngineError.notFound("Parameterset " + id + " bestaat niet");
    }
}
