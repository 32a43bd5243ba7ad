package nl.gbi.werkvoorraad;

import io.vertx.core.Future;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.gbi.access.Caller;
import nl.gbi.access.Role;
import nl.gbi.audit.AuditEvent;
import nl.gbi.batches.Batch;
import nl.gbi.batches.Batches;
import nl.gbi.domain.EngineError;
import nl.gbi.domain.Fout;
import nl.gbi.domain.Money;
import nl.gbi.domain.Tenant;
import nl.gbi.kwijtschelding.Kwijtscheldingen;
import nl.gbi.opschorting.Opschortingen;
import nl.gbi.tenants.TenantRegistry;

/**
 * The werkvoorraad use cases: list every item that needs a person (finance officers their own municipality, ops
 * every one, one tenant transaction at a time), lift a stopped dossier with the evidence, and decide on a payment the
 * bank returned. Each action is audited with who and why.
 */
public final class Werkvoorraad {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** The most items of one kind read per municipality; beyond it the answer says so ({@code afgekapt}). */
    public static final int PER_SOORT_MAX = 500;
    /** The most batches awaiting approval whose rails are checked per answer. */
    static final int BATCHES_MAX = 50;
    public static final int LIMIT_MAX = 1_000;
    public static final int LIMIT_DEFAULT = 200;
    private static final Set<String> STATUSES = Set.of(Item.OPEN, Item.VERLOPEN, Item.WACHT);

    private final WerkvoorraadStore store;
    private final Opschortingen opschortingen;
    private final Kwijtscheldingen kwijtscheldingen;
    private final Batches batches;
    private final TenantRegistry tenants;

    public Werkvoorraad(WerkvoorraadStore store, Opschortingen opschortingen, Kwijtscheldingen kwijtscheldingen,
                        Batches batches, TenantRegistry tenants) {
        this.store = store;
        this.opschortingen = opschortingen;
        this.kwijtscheldingen = kwijtscheldingen;
        this.batches = batches;
        this.tenants = tenants;
    }

    /** The list, oldest first: {@code items} at most {@code limit}, {@code totaal} all that matched. */
    public record Lijst(List<Item> items, int totaal, Set<ItemSoort> afgekapt) {
    }

    public Future<Lijst> list(Caller caller, String soort, String status, int limit) {
        List<Fout> fouten = new ArrayList<>();
        ItemSoort wantedSoort = null;
        if (soort != null) {
            wantedSoort = Arrays.stream(ItemSoort.values()).filter(s -> s.name().equals(soort)).findFirst().orElse(null);
            if (wantedSoort == null) {
                fouten.add(new Fout("soort", "ONGELDIGE_WAARDE", "Een van " + Arrays.toString(ItemSoort.values())));
            }
        }
        if (status != null && !STATUSES.contains(status)) {
            fouten.add(new Fout("status", "ONGELDIGE_WAARDE", "Een van OPEN, VERLOPEN, WACHT"));
        }
        if (!fouten.isEmpty()) {
            return Future.failedFuture(EngineError.invalid("De werkvoorraad kan zo niet worden gefilterd", fouten));
        }
        List<String> codes = caller.role() == Role.OPS ? tenants.all().stream().map(Tenant::gemeentecode).toList()
                : List.of(caller.tenantId());
        LocalDate today = opschortingen.today();
        List<Item> all = new ArrayList<>();
        Set<ItemSoort> afgekapt = EnumSet.noneOf(ItemSoort.class);
        Future<Void> chain = Future.succeededFuture();
        for (String code : codes) {
            chain = chain.compose(done -> store.rows(code, PER_SOORT_MAX)
                    .compose(rows -> opschortingen.active(code, PER_SOORT_MAX + 1)
                            .compose(holds -> kwijtscheldingen.pending(code, PER_SOORT_MAX + 1).map(proposals -> {
                                afgekapt.addAll(rows.afgekapt());
                                all.addAll(WerkvoorraadItems.of(rows, bounded(holds, ItemSoort.OPSCHORTING, afgekapt),
                                        bounded(proposals, ItemSoort.KWIJTSCHELDING_VOORGESTELD, afgekapt), today));
                                return null;
                            }))));
        }
        ItemSoort filterSoort = wantedSoort;
        return chain.compose(done -> batchItems(caller, all, afgekapt)).map(done -> {
            List<Item> matched = all.stream()
                    .filter(item -> filterSoort == null || item.soort() == filterSoort)
                    .filter(item -> status == null || item.status().equals(status))
                    .sorted(WerkvoorraadItems.ORDER).toList();
            return new Lijst(matched.subList(0, Math.min(matched.size(), Math.max(1, Math.min(limit, LIMIT_MAX)))),
                    matched.size(), afgekapt);
        });
    }

    /** The first PER_SOORT_MAX of {@code read} (read one more than that), noting the kind when there were more. */
    private static <T> List<T> bounded(List<T> read, ItemSoort soort, Set<ItemSoort> afgekapt) {
        if (read.size() > PER_SOORT_MAX) {
            afgekapt.add(soort);
            return read.subList(0, PER_SOORT_MAX);
        }
        return read;
    }

    /** The batches awaiting approval whose rails found something (their own transactions, at most BATCHES_MAX). */
    private Future<Void> batchItems(Caller caller, List<Item> all, Set<ItemSoort> afgekapt) {
        return batches.list(caller, "AWAITING_APPROVAL").compose(waiting -> {
            if (waiting.size() > BATCHES_MAX) {
                afgekapt.add(ItemSoort.BATCH_BEVINDINGEN);
            }
            Future<Void> chain = Future.succeededFuture();
            for (Batch batch : waiting.subList(0, Math.min(waiting.size(), BATCHES_MAX))) {
                chain = chain.compose(done -> batches.rails(caller, batch.id()).map(rails -> {
                    all.addAll(WerkvoorraadItems.batch(batch.tenantId(), batch.id(),
                            batch.createdAt().atZoneSameInstant(AMSTERDAM).toLocalDate(), batch.ctrlSum().cents(),
                            rails.findings()));
                    return null;
                }));
            }
            return chain;
        });
    }

    /** Lifts the dossier's stop (MD07) with the evidence: the next run pays it again. 409 when it is not stopped. */
    public Future<WerkvoorraadRows.Stop> liftStop(Caller caller, String dossierId, String bewijs) {
        AuditEvent event = AuditEvent.by(caller, "STOP_OPGEHEVEN", "dossier/" + dossierId, "bewijs=" + bewijs);
        return store.liftStop(caller.tenantId(), dossierId, caller.tokenId(), caller.naam(), bewijs, event)
                .compose(lifted -> lifted.map(Future::succeededFuture).orElseGet(() -> Future.failedFuture(
                        EngineError.conflict("Dossier " + dossierId + " is niet gestopt"))));
    }

    /**
     * Records a person's decision on a returned or rejected payment: {@code BUITEN_ENGINE} (settled outside the
     * engine; it leaves the list) or {@code VRIJGEGEVEN} (RR01-RR04 after the compliance review; the next run pays
     * it again). 404 when the payment does not wait for a person, 409 when the decision is not allowed.
     */
    public Future<WerkvoorraadRows.Returned> decide(Caller caller, long seq, String soort, String reden) {
        return store.returned(caller.tenantId(), seq).compose(found -> {
            if (found.isEmpty()) {
                return Future.failedFuture(EngineError.notFound("Betaling " + seq
                        + " is niet door de bank teruggestort of geweigerd, of is al opnieuw betaald"));
            }
            WerkvoorraadRows.Returned payment = found.get();
            String refusal = WerkvoorraadItems.decisionRefusal(payment, soort);
            if (refusal != null) {
                return Future.failedFuture(EngineError.conflict(refusal));
            }
            AuditEvent event = AuditEvent.by(caller, WerkvoorraadItems.VRIJGEGEVEN.equals(soort)
                            ? "BETALING_VRIJGEGEVEN" : "BETALING_BUITEN_ENGINE_AFGEHANDELD", "betaling/" + seq,
                    "dossier=" + payment.dossierId() + " periode=" + payment.periode() + " soort=" + payment.soort()
                            + " bedrag=" + Money.ofCents(payment.cents()).toEuros().toPlainString() + " redencode="
                            + payment.reasonCode() + " reden=" + reden);
            return store.decide(caller.tenantId(), seq, soort, reden, caller.tokenId(), caller.naam(), event)
                    .compose(written -> written ? Future.succeededFuture(new WerkvoorraadRows.Returned(payment.seq(),
                            payment.dossierId(), payment.periode(), payment.soort(), payment.cents(), payment.state(),
                            payment.reasonCode(), payment.sinds(), soort))
                            : Future.failedFuture(EngineError.conflict("Over betaling " + seq + " is al beslist")));
        });
    }
}
