package nl.gbi.werkvoorraad;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.gbi.kwijtschelding.Kwijtschelding;
import nl.gbi.ledger.BookingKind;
import nl.gbi.ledger.DossierLedger;
import nl.gbi.ledger.LedgerBooking;
import nl.gbi.opschorting.Opschorting;
import nl.gbi.payments.ReasonAction;
import nl.gbi.rails.RailFinding;

/**
 * The werkvoorraad's rules, in plain Java: which rows are items, with which status, reason and actions
 * (docs/werkvoorraad.md), and which decision a person may take on a returned payment.
 */
public final class WerkvoorraadItems {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    public static final String BUITEN_ENGINE = "BUITEN_ENGINE";
    public static final String VRIJGEGEVEN = "VRIJGEGEVEN";
    /** Oldest first, then by kind and dossier: what waits longest comes first. */
    public static final Comparator<Item> ORDER = Comparator.comparing(Item::sinds, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Item::soort).thenComparing(Item::gemeente)
            .thenComparing(Item::dossierId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Item::ref);

    private WerkvoorraadItems() {
    }

    /** The items of a tenant's rows, active holds and write-offs waiting for a second person, on {@code today}. */
    public static List<Item> of(WerkvoorraadRows rows, List<Opschorting> holds, List<Kwijtschelding> proposals,
                                LocalDate today) {
        String g = rows.gemeente();
        List<Item> items = new ArrayList<>();
        for (WerkvoorraadRows.Refusal r : rows.refusals()) {
            items.add(new Item(ItemSoort.WEIGERING, Item.OPEN, g, r.dossierId(), r.periode(), null,
                    "De berekening is geweigerd (" + r.melding() + "); de gemeente stuurt een verbeterde berekening",
                    r.op(), "betaalrun/" + r.runId() + "/" + r.dossierId(), List.of()));
        }
        for (WerkvoorraadRows.Stop s : rows.stops()) {
            Skipped held = skipped(rows, s.dossierId(), "STOPPED_DOSSIER");
            items.add(new Item(ItemSoort.STOP, Item.OPEN, g, s.dossierId(), held.periode(), held.cents(),
                    "Alle betalingen gestopt na " + s.reasonCode() + " van de bank (overleden); hef de stop op met het bewijs",
                    s.sinds(), "stop/" + s.dossierId(), List.of(new Item.Actie("STOP_OPHEFFEN", "POST",
                            "/api/v1/dossiers/" + s.dossierId() + "/stop/opheffing", List.of("bewijs")))));
        }
        for (WerkvoorraadRows.Block b : rows.blocks()) {
            Skipped held = skipped(rows, b.dossierId(), "BLOCKED_IBAN");
            items.add(new Item(ItemSoort.IBAN_GEBLOKKEERD, Item.WACHT, g, b.dossierId(), held.periode(), held.cents(),
                    "IBAN " + b.ibanMasked() + " geblokkeerd na " + b.reasonCode() + "; betaald zodra de gemeente een"
                            + " andere IBAN stuurt", b.sinds(), "iban/" + b.dossierId() + "/" + b.ibanMasked(), List.of()));
        }
        for (WerkvoorraadRows.Returned p : rows.returned()) {
            items.add(returned(g, p));
        }
        for (WerkvoorraadRows.Waiting w : rows.waiting()) {
            items.add(new Item(ItemSoort.HERBEREKENING_WACHT, Item.OPEN, g, w.dossierId(), w.periode(), w.differenceCents(),
                    "Een herberekening van deze maand wacht: de batch van de maand is nog niet beslist; keur hem goed of"
                            + " wijs hem af", w.sinds(), "herberekening/" + w.dossierId() + "/" + w.periode(), List.of()));
        }
        for (Map.Entry<String, List<LedgerBooking>> dossier : rows.vorderingen().entrySet()) {
            long open = DossierLedger.openVorderingenCents(dossier.getValue());
            if (open > 0) {
                YearMonth first = dossier.getValue().stream().filter(b -> b.kind() == BookingKind.VORDERING)
                        .map(LedgerBooking::periode).min(Comparator.naturalOrder()).orElseThrow();
                items.add(new Item(ItemSoort.VORDERING, Item.OPEN, g, dossier.getKey(), first, open,
                        "Openstaande vordering (Pw art. 58); de runs lossen af binnen de beslagvrije voet",
                        first.atDay(1), "vordering/" + dossier.getKey(), List.of(new Item.Actie("KWIJTSCHELDEN", "POST",
                                "/api/v1/dossiers/" + dossier.getKey() + "/kwijtscheldingen",
                                List.of("bedrag", "grond", "reden")))));
            }
        }
        for (Kwijtschelding k : proposals) {
            String pad = "/api/v1/kwijtscheldingen/" + k.id();
            items.add(new Item(ItemSoort.KWIJTSCHELDING_VOORGESTELD, Item.OPEN, g, k.dossierId(), null, k.bedragCents(),
                    "Kwijtschelding voorgesteld door " + k.voorgesteldNaam() + " (" + k.grond().omschrijving() + "): "
                            + k.reden() + "; een andere finance officer beslist",
                    k.voorgesteldOp().atZone(AMSTERDAM).toLocalDate(), "kwijtschelding/" + k.id(),
                    List.of(new Item.Actie("GOEDKEUREN", "POST", pad + "/approvals", List.of()),
                            new Item.Actie("AFWIJZEN", "POST", pad + "/rejection", List.of("reden")))));
        }
        for (Opschorting h : holds) {
            boolean expired = h.verlopen(today);
            items.add(new Item(ItemSoort.OPSCHORTING, expired ? Item.VERLOPEN : Item.OPEN, g, h.dossierId(), null, null,
                    h.grondslag().omschrijving() + ": " + h.reden() + (expired
                            ? "; de termijn van 8 weken is verstreken: trek het recht in of hef de opschorting op"
                            : "; nog " + h.dagenOver(today) + " dagen van de termijn van 8 weken"),
                    h.ingangsdatum(), "opschorting/" + h.id(), List.of(new Item.Actie("OPHEFFEN", "POST",
                            "/api/v1/opschortingen/" + h.id() + "/opheffing", List.of("reden")))));
        }
        return items;
    }

    /** What the latest run held back of a dossier for {@code reason}: the latest month and the sum; nulls when nothing. */
    private record Skipped(YearMonth periode, Long cents) {
    }

    private static Skipped skipped(WerkvoorraadRows rows, String dossierId, String reason) {
        YearMonth latest = null;
        long cents = 0;
        boolean any = false;
        for (WerkvoorraadRows.Skipped s : rows.skipped()) {
            if (s.dossierId().equals(dossierId) && s.reason().equals(reason)) {
                any = true;
                cents = Math.addExact(cents, s.cents());
                latest = latest == null || s.periode().isAfter(latest) ? s.periode() : latest;
            }
        }
        return any ? new Skipped(latest, cents) : new Skipped(null, null);
    }

    private static Item returned(String g, WerkvoorraadRows.Returned p) {
        ReasonAction action = ReasonAction.forCode(p.reasonCode());
        String what = ("REJECTED".equals(p.state()) ? "Geweigerd" : "Teruggestort") + " door de bank met "
                + (p.reasonCode() == null ? "geen redencode" : p.reasonCode()) + " (" + p.soort() + ")";
        String ref = "betaling/" + p.seq();
        String pad = "/api/v1/betalingen/" + p.seq() + "/afhandeling";
        Item.Actie settle = new Item.Actie("AFHANDELEN_BUITEN_ENGINE", "POST", pad, List.of("soort=BUITEN_ENGINE", "reden"));
        if (VRIJGEGEVEN.equals(p.afhandeling())) {
            return new Item(ItemSoort.RR_ONDERZOEK, Item.WACHT, g, p.dossierId(), p.periode(), p.cents(),
                    what + "; vrijgegeven na onderzoek: de volgende run betaalt het opnieuw", p.sinds(), ref, List.of());
        }
        if (action == ReasonAction.COMPLIANCE_REVIEW) {
            return new Item(ItemSoort.RR_ONDERZOEK, Item.OPEN, g, p.dossierId(), p.periode(), p.cents(),
                    what + "; onderzoek door compliance, daarna vrijgeven of buiten de motor afhandelen", p.sinds(), ref,
                    List.of(new Item.Actie("VRIJGEVEN", "POST", pad, List.of("soort=VRIJGEGEVEN", "reden")), settle));
        }
        if (action.blocksIban() && p.soort().clientOwnPayment()) {
            return new Item(ItemSoort.BANK_TERUG, Item.WACHT, g, p.dossierId(), p.periode(), p.cents(),
                    what + "; opnieuw betaald zodra de gemeente een andere IBAN stuurt", p.sinds(), ref, List.of());
        }
        String next = switch (action) {
            case STOP_DOSSIER -> "; het dossier is gestopt";
            case DUPLICATE_CHECK -> "; controleer of dit twee keer is betaald";
            case BLOCK_IBAN_AWAIT_NEW -> "; een betaling aan een derde: betaal die buiten de motor en handel hem hier af";
            default -> "; een persoon beslist";
        };
        return new Item(ItemSoort.BANK_TERUG, Item.OPEN, g, p.dossierId(), p.periode(), p.cents(), what + next, p.sinds(),
                ref, List.of(settle));
    }

    /** An item for a batch awaiting approval whose rails found something; none when they found nothing. */
    public static List<Item> batch(String gemeente, long batchId, LocalDate createdOn, long totalCents,
                                   List<RailFinding> findings) {
        if (findings.isEmpty()) {
            return List.of();
        }
        long blocking = findings.stream().filter(RailFinding::blocking).count();
        StringBuilder codes = new StringBuilder();
        findings.forEach(f -> codes.append(codes.length() == 0 ? "" : ", ").append(f.code()));
        String pad = "/api/v1/batches/" + batchId;
        return List.of(new Item(ItemSoort.BATCH_BEVINDINGEN, Item.OPEN, gemeente, null, null, totalCents,
                findings.size() + " bevinding(en)" + (blocking > 0 ? ", waarvan " + blocking + " blokkerend" : "") + ": "
                        + codes, createdOn, "batch/" + batchId,
                List.of(new Item.Actie("GOEDKEUREN", "POST", pad + "/approvals", List.of("bevindingen")),
                        new Item.Actie("AFWIJZEN", "POST", pad + "/rejection", List.of("reden")))));
    }

    /**
     * Why a person may not take decision {@code soort} on the returned payment, or null when they may. Released is
     * only for a compliance review (RR01-RR04); settling outside the engine is not for a client's own payment the
     * engine pays again itself once another IBAN comes (it would be paid twice).
     */
    public static String decisionRefusal(WerkvoorraadRows.Returned payment, String soort) {
        if (payment.afhandeling() != null) {
            return "Over betaling " + payment.seq() + " is al beslist (" + payment.afhandeling() + ")";
        }
        ReasonAction action = ReasonAction.forCode(payment.reasonCode());
        if (VRIJGEGEVEN.equals(soort)) {
            return action == ReasonAction.COMPLIANCE_REVIEW ? null
                    : "Alleen een betaling met RR01-RR04 wordt na onderzoek vrijgegeven";
        }
        if (action.blocksIban() && payment.soort().clientOwnPayment()) {
            return "Betaling " + payment.seq() + " wordt opnieuw betaald zodra de gemeente een andere IBAN stuurt";
        }
        return null;
    }
}
