package nl.gbi.ledger;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The dossierrekening (docs/rekening.md): a dossier's loaded rows turned into one {@link MonthAccount} per month by the
 * month-account rule, plus the dossier's totals (vakantiegeld reserve, open and settled vorderingen). All sums are here,
 * over rows the store loaded as they are: SQL never adds an amount.
 */
public record Dossierrekening(String dossierId, List<Month> months, long reserveCents, long reservedTotalCents,
                              long vakantiegeldPaidCents, long vorderingenCents, long aflossingenCents,
                              long kwijtgescholdenCents) {

    /** Payment states that never reached the client or came back: they do not count for a month. */
    private static final Set<String> NOT_LIVE = Set.of("RELEASED", "RETURNED", "REJECTED");

    /** The month's latest berekening: {@code dueCents} is the settled version's due (null: not settled, or unknown). */
    public record Entitlement(YearMonth periode, int versie, Integer settledVersie, Long dueCents) {
    }

    /** One payment line as stored; {@code ibanShown} as officers may see it (masked). */
    public record Payment(long seq, YearMonth periode, String soort, long cents, String state, Long batchId,
                          String endToEndId, String ibanShown, Long correctsSeq) {
        public boolean live() {
            return !NOT_LIVE.contains(state);
        }
    }

    /**
     * One ledger booking (RESERVERING, VERREKENING, AFLOSSING, VORDERING, KWIJTSCHELDING); released bookings are not
     * loaded. A KWIJTSCHELDING is in no month's account: it only lowers the open vorderingen.
     */
    public record Booking(YearMonth periode, String kind, long cents, Integer versie, String voorschotId) {
    }

    public record Voorschot(String id, YearMonth periode, long bedragCents, String state, String reden, Long batchId) {
        public boolean pending() {
            return "TOEGEKEND".equals(state);
        }
    }

    /** One month: its account and the rows behind it. {@code entitlement} is null for a month without a berekening. */
    public record Month(MonthAccount account, Entitlement entitlement, List<Payment> payments, List<Booking> bookings,
                        List<Voorschot> voorschotten, long vakantiegeldPaidCents) {

        /** The month's latest version is not (yet) the one settled. */
        public boolean unsettledVersion() {
            return entitlement != null && !Integer.valueOf(entitlement.versie()).equals(entitlement.settledVersie());
        }

        /** No berekening yet, but a voorschot not denied: the month waits for its berekening or the denial. */
        public boolean awaitsBerekening() {
            return entitlement == null && voorschotten.stream().anyMatch(Voorschot::pending);
        }

        public long bookedCents(String kind) {
            long sum = 0;
            for (Booking booking : bookings) {
                if (booking.kind().equals(kind)) {
                    sum = Math.addExact(sum, booking.cents());
                }
            }
            return sum;
        }
    }

    public Dossierrekening {
        months = List.copyOf(months);
    }

    /** Builds the rekening of every month that has any row, in order. */
    public static Dossierrekening of(String dossierId, List<Entitlement> entitlements, List<Payment> payments,
            List<Booking> bookings, List<Voorschot> voorschotten) {
        TreeSet<YearMonth> periods = new TreeSet<>();
        TreeMap<YearMonth, Entitlement> byMonth = new TreeMap<>();
        entitlements.forEach(e -> {
            byMonth.put(e.periode(), e);
            periods.add(e.periode());
        });
        payments.forEach(p -> periods.add(p.periode()));
        bookings.forEach(b -> periods.add(b.periode()));
        voorschotten.forEach(v -> periods.add(v.periode()));
        List<Month> months = new ArrayList<>(periods.size());
        long reserved = 0;
        long vakantiegeld = 0;
        long vorderingen = 0;
        long aflossingen = 0;
        long kwijtgescholden = 0;
        for (YearMonth periode : periods) {
            Month month = month(dossierId, periode, byMonth.get(periode),
                    payments.stream().filter(p -> p.periode().equals(periode)).toList(),
                    bookings.stream().filter(b -> b.periode().equals(periode)).toList(),
                    voorschotten.stream().filter(v -> v.periode().equals(periode)).toList());
            months.add(month);
            reserved = Math.addExact(reserved, month.account().reservedCents());
            vakantiegeld = Math.addExact(vakantiegeld, month.vakantiegeldPaidCents());
            vorderingen = Math.addExact(vorderingen, month.account().vorderingCents());
            aflossingen = Math.addExact(aflossingen, month.bookedCents("AFLOSSING"));
            kwijtgescholden = Math.addExact(kwijtgescholden, month.bookedCents("KWIJTSCHELDING"));
        }
        return new Dossierrekening(dossierId, months, Math.subtractExact(reserved, vakantiegeld), reserved, vakantiegeld,
                vorderingen, aflossingen, kwijtgescholden);
    }

    private static Month month(String dossierId, YearMonth periode, Entitlement entitlement, List<Payment> payments,
            List<Booking> bookings, List<Voorschot> voorschotten) {
        long paid = 0;
        long vakantiegeld = 0;
        for (Payment payment : payments) {
            if (!payment.live()) {
                continue;
            }
            if ("VAKANTIEGELD".equals(payment.soort())) {
                vakantiegeld = Math.addExact(vakantiegeld, payment.cents());
            } else {
                paid = Math.addExact(paid, payment.cents());
            }
        }
        long reserved = 0;
        long offset = 0;
        long vordering = 0;
        for (Booking booking : bookings) {
            switch (booking.kind()) {
                case "RESERVERING" -> reserved = Math.addExact(reserved, booking.cents());
                case "VERREKENING", "AFLOSSING" -> offset = Math.addExact(offset, booking.cents());
                case "VORDERING" -> vordering = Math.addExact(vordering, booking.cents());
                case "KWIJTSCHELDING" -> { }
                default -> throw new IllegalArgumentException("unknown booking kind " + booking.kind());
            }
        }
        Integer settled = entitlement == null ? null : entitlement.settledVersie();
        long due = entitlement == null || settled == null || entitlement.dueCents() == null ? 0 : entitlement.dueCents();
        MonthAccount account = new MonthAccount(dossierId, periode, settled, due, paid, reserved, offset, vordering);
        return new Month(account, entitlement, payments, bookings, voorschotten, vakantiegeld);
    }

    /** Open vorderingen: booked VORDERING minus what was settled by AFLOSSING and what was written off. */
    public long openVorderingenCents() {
        return Math.subtractExact(Math.subtractExact(vorderingenCents, aflossingenCents), kwijtgescholdenCents);
    }

    /** The months from {@code van} to {@code tot}, both included. */
    public List<Month> between(YearMonth van, YearMonth tot) {
        return months.stream().filter(m -> !m.account().periode().isBefore(van) && !m.account().periode().isAfter(tot))
                .toList();
    }
}
