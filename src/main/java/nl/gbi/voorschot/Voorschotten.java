package nl.gbi.voorschot;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import nl.gbi.access.Caller;
import nl.gbi.audit.AuditEvent;
import nl.gbi.batches.BatchCreation;
import nl.gbi.batches.NewBatch;
import nl.gbi.batches.PaymentLine;
import nl.gbi.calculation.HighestNorm;
import nl.gbi.calculation.ParameterTable;
import nl.gbi.parameters.CurrentParameters;
import nl.gbi.parameters.CurrentPolicies;
import nl.gbi.domain.BetalingSoort;
import nl.gbi.domain.EngineError;
import nl.gbi.domain.Fout;
import nl.gbi.domain.Money;
import nl.gbi.domain.Tenant;
import nl.gbi.ledger.VoorschotDenial;
import nl.gbi.tenants.TenantRegistry;

/**
 * The voorschot use cases: grant one (capped, idempotent, paid in a batch of its own), deny one (a VORDERING of what
 * was paid), read one. The batch is made by {@link BatchCreation}, so four-eyes approval and pain.001 are the same.
 */
public final class Voorschotten {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** The norms for gehuwden (21 to AOW age, AOW age): the engine does not know the household of an aanvraag. */
    private final VoorschotStore store;
    private final BatchCreation batchCreation;
    private final TenantRegistry tenants;
    private final CurrentParameters parameters;
    private final CurrentPolicies policies;
    private final Clock clock;

    /** {@code clock}: today, the date a voorschot's batch asks for (it is paid at once). */
    public Voorschotten(VoorschotStore store, BatchCreation batchCreation, TenantRegistry tenants,
                        CurrentParameters parameters, CurrentPolicies policies, Clock clock) {
        this.store = store;
        this.batchCreation = batchCreation;
        this.tenants = tenants;
        this.parameters = parameters;
        this.policies = policies;
        this.clock = clock;
    }

    /** A voorschot as the request met it; {@code replay} when it existed already (the same request again). */
    public record Answer(Voorschot voorschot, boolean replay) {
    }

    /**
     * The most a voorschot of {@code aanvraag}'s month may be: the tenant's share of the highest gehuwdennorm of
     * that month, in whole cents rounded down; null when the parameter table does not know the month.
     */
    static Money cap(Tenant tenant, ParameterTable parameters, java.time.YearMonth periode) {
        OptionalLong norm = HighestNorm.of(parameters, periode);
        return norm.isEmpty() ? null
                : Money.ofCents(Math.multiplyExact(norm.getAsLong(), tenant.voorschotMaxPercentage()) / 100);
    }

    public Future<Answer> request(Caller caller, String idempotencyKey, VoorschotAanvraag aanvraag) {
        return policies.refresh().compose(fresh -> {
            Tenant tenant = tenants.find(caller.tenantId()).orElse(null);
            if (tenant == null) {
                return Future.failedFuture(EngineError.notFound("Onbekende gemeente " + caller.tenantId()));
            }
            return parameters.current().compose(figures -> request(caller, tenant, idempotencyKey, aanvraag,
                    cap(tenant, figures.table(), aanvraag.periode())));
        });
    }

    private Future<Answer> request(Caller caller, Tenant tenant, String idempotencyKey, VoorschotAanvraag aanvraag,
            Money cap) {
        List<Fout> fouten = new ArrayList<>();
        if (cap == null) {
            fouten.add(new Fout("periode", "ONBEKENDE_PERIODE", "De normen van " + aanvraag.periode() + " zijn niet bekend"));
        } else if (aanvraag.bedrag().compareTo(cap) > 0) {
            fouten.add(new Fout("bedrag", "BOVEN_MAXIMUM", "Een voorschot van " + aanvraag.periode() + " is ten hoogste "
                    + cap.toEuros().toPlainString() + " (" + tenant.voorschotMaxPercentage() + "% van de gehuwdennorm)"));
        }
        if (!fouten.isEmpty()) {
            return Future.failedFuture(EngineError.invalid("Dit voorschot kan niet worden toegekend", fouten));
        }
        String id = UUID.randomUUID().toString();
        AuditEvent event = AuditEvent.by(caller, "VOORSCHOT_TOEGEKEND", "voorschot/" + id, "dossier=" + aanvraag.dossierId()
                + " periode=" + aanvraag.periode() + " bedrag=" + aanvraag.bedrag().toEuros().toPlainString());
        return store.claim(tenant.gemeentecode(), id, idempotencyKey, aanvraag, tenant.voorschotInstant(), event)
                .compose(claimed -> {
                    Voorschot stored = claimed.voorschot();
                    if (!claimed.created()) {
                        boolean sameKey = idempotencyKey.equals(stored.idempotencyKey());
                        if (sameKey ? !aanvraag.sameAs(stored) : !aanvraag.samePaymentAs(stored)) {
                            return Future.failedFuture(EngineError.conflict(sameKey
                                    ? "Deze Idempotency-Key hoort bij een ander verzoek (voorschot " + stored.id() + ")"
                                    : "Voorschot " + stored.id() + " voor dit dossier, deze periode en reden heeft een ander"
                                    + " bedrag, IBAN of tenaamstelling"));
                        }
                    }
                    if (stored.batchId() != null || !Voorschot.TOEGEKEND.equals(stored.state())) {
                        return Future.succeededFuture(new Answer(stored, !claimed.created()));
                    }
                    if (claimed.created()) {
                        return payOrAttach(caller, tenant, stored).map(paid -> new Answer(paid, false));
                    }
                    // a replay of one whose batch was not recorded (the engine stopped in between, or the first
                    // request is still paying it): record the batch that pays it, or make it now
                    return store.liveBatchOf(tenant.gemeentecode(), stored).compose(batch -> batch.isPresent()
                            ? attached(caller, tenant, stored, batch.get())
                            : payOrAttach(caller, tenant, stored))
                            .map(paid -> new Answer(paid, true));
                });
    }

    /**
     * Pays the voorschot in a batch of its own. The payment's line_no keeps it from being paid twice: when a racing
     * request (the first one, or a replay) made its batch first, the database refuses ours and that batch is recorded
     * instead, so the request that made the voorschot still answers 201 with the batch that pays it.
     */
    private Future<Voorschot> payOrAttach(Caller caller, Tenant tenant, Voorschot stored) {
        return pay(tenant, caller, stored).recover(refused -> store.liveBatchOf(tenant.gemeentecode(), stored)
                .compose(other -> other.isPresent() ? attached(caller, tenant, stored, other.get())
                        : Future.failedFuture(refused)));
    }

    private Future<Voorschot> attached(Caller caller, Tenant tenant, Voorschot voorschot, long batchId) {
        return store.attachBatch(tenant.gemeentecode(), voorschot.id(), batchId).compose(done -> get(caller, voorschot.id()));
    }

    private Future<Voorschot> pay(Tenant tenant, Caller caller, Voorschot voorschot) {
        PaymentLine line = new PaymentLine(voorschot.dossierId(), voorschot.periode(), BetalingSoort.VOORSCHOT,
                voorschot.bedrag(), voorschot.iban(), voorschot.tenaamstelling(),
                "Voorschot bijstand " + voorschot.periode() + " dossier " + voorschot.dossierId(), voorschot.lineNo());
        NewBatch batch = new NewBatch(tenant.gemeentecode(), null, caller.tokenId(), caller.naam(),
                LocalDate.now(clock.withZone(AMSTERDAM)), List.of(line), voorschot.instant());
        return batchCreation.create(batch)
                .compose(created -> store.attachBatch(tenant.gemeentecode(), voorschot.id(), created.id()))
                .compose(attached -> get(caller, voorschot.id()));
    }

    public Future<Voorschot> get(Caller caller, String id) {
        return store.find(caller.tenantId(), id).compose(found -> found.map(Future::succeededFuture)
                .orElseGet(() -> Future.failedFuture(EngineError.notFound("Voorschot " + id + " bestaat niet"))));
    }

    /**
     * Denies the voorschot: AFGEWEZEN and, when its payment counts, a VORDERING of what was paid. 409 while its batch
     * is undecided (reject the batch instead), after its month was settled, or when it was denied already.
     */
    public Future<Voorschot> deny(Caller caller, String id, String reden) {
        return store.beginDenial(caller.tenantId(), id).compose(opened -> {
            if (opened.isEmpty()) {
                return Future.failedFuture(EngineError.notFound("Voorschot " + id + " bestaat niet"));
            }
            VoorschotStore.Denial denial = opened.get();
            if (Voorschot.AFGEWEZEN.equals(denial.voorschot().state())) {
                return refuse(denial, "Voorschot " + id + " is al afgewezen");
            }
            VoorschotDenial.Decision decision = VoorschotDenial.decide(denial.payment(), denial.monthSettled());
            if (decision.refusal() == VoorschotDenial.Refusal.BATCH_UNDECIDED) {
                return refuse(denial, "De batch van voorschot " + id + " is nog niet beslist: wijs de batch af");
            }
            if (decision.refusal() == VoorschotDenial.Refusal.MONTH_SETTLED) {
                return refuse(denial, "De maand van voorschot " + id + " is al afgerekend: het voorschot is verrekend");
            }
            AuditEvent event = AuditEvent.by(caller, "VOORSCHOT_AFGEWEZEN", "voorschot/" + id,
                    "vordering=" + Money.ofCents(decision.vorderingCents()).toEuros().toPlainString());
            return denial.book(caller.tokenId(), reden, decision.vorderingCents(), event)
                    .compose(booked -> get(caller, id));
        });
    }

    private static <T> Future<T> refuse(VoorschotStore.Denial denial, String why) {
        return denial.abandon().transform(ended -> Future.failedFuture(EngineError.conflict(why)));
    }
}
