package nl.gbi.kwijtschelding;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import nl.gbi.access.Caller;
import nl.gbi.access.Persons;
import nl.gbi.audit.AuditEvent;
import nl.gbi.domain.EngineError;
import nl.gbi.domain.Fout;
import nl.gbi.domain.Money;
import nl.gbi.domain.Tenant;
import nl.gbi.ledger.DossierLedger;
import nl.gbi.tenants.TenantRegistry;

/**
 * The write-off use cases: propose one (at once effective below the municipality's second-approval threshold),
 * approve or reject a proposal (another finance officer than the proposer), read one. Never more than the dossier
 * still owes when it takes effect: the open vorderingen are counted again in the decision's transaction, with the
 * dossier locked.
 */
public final class Kwijtscheldingen {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final KwijtscheldingStore store;
    private final TenantRegistry tenants;
    private final Clock clock;
    private final Persons persons;

    public Kwijtscheldingen(KwijtscheldingStore store, TenantRegistry tenants, Clock clock, Persons persons) {
        this.persons = persons;
        this.store = store;
        this.tenants = tenants;
        this.clock = clock;
    }

    private YearMonth boekmaand() {
        return YearMonth.now(clock.withZone(AMSTERDAM));
    }

    public Future<Kwijtschelding> propose(Caller caller, String dossierId, Money bedrag, Grond grond, String reden) {
        Tenant tenant = tenants.find(caller.tenantId()).orElseThrow();
        boolean vierOgen = bedrag.compareTo(tenant.secondApprovalThreshold()) >= 0;
        return store.begin(caller.tenantId(), dossierId).compose(decision -> {
            long open = DossierLedger.openVorderingenCents(decision.bookings());
            if (bedrag.cents() > open) {
                return decision.abandon().transform(ended -> Future.failedFuture(EngineError.invalid(
                        "Er staat minder open dan u wilt kwijtschelden", List.of(new Fout("bedrag", "BOVEN_OPENSTAAND",
                                "Dossier " + dossierId + " heeft " + Money.ofCents(open).toEuros().toPlainString()
                                        + " aan openstaande vorderingen")))));
            }
            AuditEvent event = AuditEvent.by(caller, vierOgen ? "KWIJTSCHELDING_VOORGESTELD" : "KWIJTSCHELDING_GOEDGEKEURD",
                    "dossier/" + dossierId, "bedrag=" + bedrag.toEuros().toPlainString() + " grond=" + grond
                            + " openstaand=" + Money.ofCents(open).toEuros().toPlainString()
                            + (vierOgen ? " vierOgen=ja" : " vierOgen=nee") + " reden=" + reden);
            return decision.propose(dossierId, bedrag.cents(), grond, reden, caller.tokenId(), caller.naam(), vierOgen,
                    !vierOgen, boekmaand(), event);
        });
    }

    /** Approves ({@code reden} null) or rejects proposal {@code id}; 409 for the proposer, or when it was decided. */
    public Future<Kwijtschelding> decide(Caller caller, long id, boolean approve, String reden) {
        return get(caller, id).compose(proposal -> {
            if (!Kwijtschelding.VOORGESTELD.equals(proposal.status())) {
                return Future.failedFuture(EngineError.conflict("Kwijtschelding " + id + " is al beslist"));
            }
            Future<Void> other = !approve ? Future.succeededFuture() : persons.personOf(proposal.voorgesteldDoor())
                    .compose(proposer -> proposer.equals(caller.persoon()) ? Future.failedFuture(EngineError.conflict(
                            "Vier ogen: een andere persoon dan wie de kwijtschelding voorstelde, keurt hem goed; ook niet"
                                    + " met een ander token")) : Future.<Void>succeededFuture());
            return other.compose(checked -> store.begin(caller.tenantId(), proposal.dossierId())).compose(decision -> {
                long open = DossierLedger.openVorderingenCents(decision.bookings());
                if (approve && proposal.bedragCents() > open) {
                    return decision.abandon().transform(ended -> Future.failedFuture(EngineError.conflict(
                            "Er staat nog " + Money.ofCents(open).toEuros().toPlainString() + " open, minder dan deze"
                                    + " kwijtschelding: wijs hem af en stel een nieuwe voor")));
                }
                AuditEvent event = AuditEvent.by(caller, approve ? "KWIJTSCHELDING_GOEDGEKEURD" : "KWIJTSCHELDING_AFGEWEZEN",
                        "dossier/" + proposal.dossierId(), "kwijtschelding=" + id + " bedrag="
                                + Money.ofCents(proposal.bedragCents()).toEuros().toPlainString() + " grond=" + proposal.grond()
                                + (approve ? "" : " reden=" + reden));
                return decision.decide(id, approve, caller.tokenId(), caller.naam(), reden, boekmaand(), event);
            });
        });
    }

    public Future<Kwijtschelding> get(Caller caller, long id) {
        return store.find(caller.tenantId(), id).compose(found -> found.map(Future::succeededFuture).orElseGet(() ->
                Future.failedFuture(EngineError.notFound("Kwijtschelding " + id + " bestaat niet"))));
    }

    /** The proposals waiting for a second person (for the werkvoorraad). */
    public Future<List<Kwijtschelding>> pending(String tenantId, int limit) {
        return store.pending(tenantId, limit);
    }
}
