package nl.gbi.ledger;

import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.gbi.calculation.Betaling;
import nl.gbi.calculation.Resultaat;
import nl.gbi.domain.BetalingSoort;

/**
 * Money over time for one dossier (docs/ledger.md): given what is booked for it (payments and bookings) and the
 * calculation of each month a run must settle, says what to book now, so that every month ends with
 * paid + reserved + offset − vordering = due ({@link MonthAccount}).
 *
 * <ul>
 *   <li>A month settled for the first time gets its calculated lines; when it is decided late (before the run's
 *       month, Pw art. 44 lid 5) the client's line is a NABETALING of that month. What was booked for the month
 *       before (a voorschot, Pw art. 52 lid 4) is offset against the client's line; beyond it, a VORDERING.</li>
 *   <li>A correction (a newer version of a settled month) pays or reclaims only the difference with what is booked.
 *       Its vakantiegeld part goes to or comes from the reserve (Pw art. 19 lid 3: vakantiegeld is reserved and
 *       paid yearly or when the right ends), never out of the client's pocket beyond the reserve; the rest is a
 *       NABETALING numbered by the version, or a VORDERING (Pw art. 58).</li>
 *   <li>The reserve is paid in the tenant's payout month and when the right ends; a correction after the end of
 *       the right pays its reserve at once.</li>
 *   <li>When the month's version pays the spouses in halves (Pw art. 45 lid 4), the ledger's own lines (a
 *       correction's NABETALING, a payout) are split the same way; a voorschot is offset against the aanvrager's
 *       half first, then the partner's.</li>
 * </ul>
 * Pure: no I/O, no clock; a run creates one per dossier and calls {@link #settle} month by month, oldest first.
 */
public final class DossierLedger {

    private final List<BookedPayment> payments;
    private final List<LedgerBooking> bookings;
    private final Month payoutMonth;
    private final YearMonth runPeriode;

    public DossierLedger(List<BookedPayment> payments, List<LedgerBooking> bookings, Month payoutMonth,
                         YearMonth runPeriode) {
        this.payments = new ArrayList<>(payments);
        this.bookings = new ArrayList<>(bookings);
        this.payoutMonth = payoutMonth;
        this.runPeriode = runPeriode;
    }

    /** Σ VORDERING − Σ AFLOSSING − Σ KWIJTSCHELDING: what the dossier still owes. */
    public long openVorderingenCents() {
        return openVorderingenCents(bookings);
    }

    /** Σ VORDERING − Σ AFLOSSING − Σ KWIJTSCHELDING of a dossier's live bookings (0 when it owes nothing). */
    public static long openVorderingenCents(List<LedgerBooking> bookings) {
        long open = 0;
        for (LedgerBooking booking : bookings) {
            if (booking.kind() == BookingKind.VORDERING) {
                open = Math.addExact(open, booking.cents());
            } else if (booking.kind() == BookingKind.AFLOSSING || booking.kind() == BookingKind.KWIJTSCHELDING) {
                open = Math.subtractExact(open, booking.cents());
            }
        }
        return Math.max(0, open);
    }

    /** Σ RESERVERING − Σ vakantiegeld payouts that count: the dossier's vakantiegeld reserve. */
    public long reserveCents() {
        long paidOut = 0;
        for (BookedPayment payment : payments) {
            if (payment.counts() && payment.soort() == BetalingSoort.VAKANTIEGELD) {
                paidOut = Math.addExact(paidOut, payment.cents());
            }
        }
        return booked(null, BookingKind.RESERVERING) - paidOut;
    }

    /** What was withheld from {@code periode} for open vorderingen (a rerun withholds it again, no more). */
    public long aflossingCents(YearMonth periode) {
        return booked(periode, BookingKind.AFLOSSING);
    }

    /** The month's account against {@code dueCents}. */
    public MonthAccount account(String dossierId, YearMonth periode, Integer versie, long dueCents) {
        return new MonthAccount(dossierId, periode, versie, dueCents, paid(periode), booked(periode, BookingKind.RESERVERING),
                booked(periode, BookingKind.VERREKENING) + booked(periode, BookingKind.AFLOSSING),
                booked(periode, BookingKind.VORDERING));
    }

    /**
     * Settles {@code month} and books the outcome here, so the next month sees it. {@code rightEnded}: the right
     * ended in a month settled before this one (not in this run, or earlier in it), so a correction pays the
     * reserve out at once.
     */
    public MonthSettlement settle(MonthToSettle month, boolean rightEnded) {
        MonthToSettle.Kind kind = month.kind();
        long due = month.resultaat().uitkeringInclVakantiegeld().cents();
        long bookedBefore = bookedSum(month.periode());
        if ((kind == MonthToSettle.Kind.FIRST || kind == MonthToSettle.Kind.CORRECTION) && undecided(month.periode())) {
            return new MonthSettlement(month.periode(), month.versie(), kind, true, List.of(), List.of(), due, bookedBefore);
        }
        List<LedgerLine> lines = new ArrayList<>();
        List<LedgerBooking> booked = new ArrayList<>();
        switch (kind) {
            case FIRST -> first(month, bookedBefore, lines, booked);
            case RERUN -> rerun(month, lines);
            case CORRECTION -> correct(month, bookedBefore, rightEnded, lines, booked);
            case SETTLED -> { }
        }
        if (kind != MonthToSettle.Kind.RERUN) {
            bookings.addAll(booked);
            lines.forEach(l -> payments.add(new BookedPayment(l.periode(), l.soort(), l.cents(), true, true)));
        }
        return new MonthSettlement(month.periode(), month.versie(), kind, false, lines, booked, due, bookedBefore);
    }

    private void first(MonthToSettle month, long bookedBefore, List<LedgerLine> lines, List<LedgerBooking> booked) {
        Resultaat resultaat = month.resultaat();
        calculatedLines(month, lines);
        long rest = offsetAgainstClient(month, lines, bookedBefore);
        long own = resultaat.verrekening().cents() - month.aflossing().cents();
        add(booked, month.periode(), BookingKind.RESERVERING, resultaat.vakantiegeldReservering().cents());
        add(booked, month.periode(), BookingKind.VERREKENING, own);
        add(booked, month.periode(), BookingKind.AFLOSSING, month.aflossing().cents());
        add(booked, month.periode(), BookingKind.VORDERING, rest);
        if (month.rightEnds()) {
            payout(month, reserveCents() + resultaat.vakantiegeldReservering().cents(), 0, lines);
        } else if (month.periode().getMonth() == payoutMonth) {
            payout(month, reserveCents(), 0, lines);
        }
    }

    /** The same lines as the month's first settlement; the database refuses each one paid before. */
    private void rerun(MonthToSettle month, List<LedgerLine> lines) {
        calculatedLines(month, lines);
        long voorschotten = 0;
        for (BookedPayment payment : payments) {
            if (payment.counts() && payment.soort() == BetalingSoort.VOORSCHOT && payment.periode().equals(month.periode())) {
                voorschotten = Math.addExact(voorschotten, payment.cents());
            }
        }
        offsetAgainstClient(month, lines, voorschotten);
        // The reserve as the first settlement saw it: before this month's own payout.
        long paidOut = 0;
        for (BookedPayment payment : payments) {
            if (payment.counts() && payment.soort() == BetalingSoort.VAKANTIEGELD && payment.periode().equals(month.periode())) {
                paidOut = Math.addExact(paidOut, payment.cents());
            }
        }
        if (month.rightEnds()) {
            payout(month, reserveCents() + paidOut, 0, lines);
        } else if (month.periode().getMonth() == payoutMonth) {
            payout(month, reserveCents() + paidOut - booked(month.periode(), BookingKind.RESERVERING), 0, lines);
        }
    }

    private void correct(MonthToSettle month, long bookedBefore, boolean rightEnded, List<LedgerLine> lines,
                         List<LedgerBooking> booked) {
        Resultaat resultaat = month.resultaat();
        long gap = resultaat.uitkeringInclVakantiegeld().cents() - bookedBefore;
        long reservation = resultaat.vakantiegeldReservering().cents() - booked(month.periode(), BookingKind.RESERVERING);
        if (reservation < 0) {
            reservation = Math.max(reservation, -reserveCents());
        }
        long own = Math.max(0, resultaat.verrekening().cents() - month.aflossing().cents()
                - booked(month.periode(), BookingKind.VERREKENING));
        long rest = gap - reservation - own;
        add(booked, month.periode(), BookingKind.RESERVERING, reservation);
        add(booked, month.periode(), BookingKind.VERREKENING, own);
        if (rest > 0) {
            clientLines(month, BetalingSoort.NABETALING, rest, month.versie(), LedgerLine.Origin.CORRECTION, lines);
        } else {
            add(booked, month.periode(), BookingKind.VORDERING, -rest);
        }
        if (rightEnded || month.rightEnds()) {
            payout(month, reserveCents() + reservation, month.versie(), lines);
        }
    }

    /** The month's calculated betalingen as lines; a late month's client line is a NABETALING of that month. */
    private void calculatedLines(MonthToSettle month, List<LedgerLine> lines) {
        boolean late = month.periode().isBefore(runPeriode);
        int[] ordinals = new int[BetalingSoort.values().length];
        for (Betaling betaling : month.resultaat().betalingen()) {
            BetalingSoort soort = late && betaling.soort() == BetalingSoort.UITKERING ? BetalingSoort.NABETALING
                    : betaling.soort();
            lines.add(new LedgerLine(month.periode(), soort, betaling.bedrag().cents(), betaling.iban(), betaling.naam(),
                    betaling.kenmerk(), ordinals[soort.ordinal()]++, month.versie(),
                    late ? LedgerLine.Origin.LATE_MONTH : LedgerLine.Origin.MONTH));
        }
    }

    /**
     * Takes {@code cents} booked for the month before (a voorschot) off the client's own lines, first line first;
     * returns what they could not carry (a VORDERING). A negative amount (more reclaimed than paid) is added to the
     * client's first line.
     */
    private long offsetAgainstClient(MonthToSettle month, List<LedgerLine> lines, long cents) {
        BetalingSoort client = month.periode().isBefore(runPeriode) ? BetalingSoort.NABETALING : BetalingSoort.UITKERING;
        long rest = cents;
        for (int i = 0; i < lines.size() && rest != 0; i++) {
            LedgerLine line = lines.get(i);
            if (line.soort() != client || line.origin() == LedgerLine.Origin.PAYOUT) {
                continue;
            }
            long take = Math.min(rest, line.cents());
            long left = line.cents() - take;
            rest -= take;
            if (left == 0) {
                lines.remove(i--);
            } else {
                lines.set(i, new LedgerLine(line.periode(), line.soort(), left, line.iban(), line.naam(), line.kenmerk(),
                        line.lineNo(), line.versie(), line.origin()));
            }
        }
        if (rest < 0) {
            long ordinal = lines.stream().filter(l -> l.soort() == client).count();
            lines.add(new LedgerLine(month.periode(), client, -rest, month.clientIban(), month.clientNaam(), null,
                    (int) ordinal, month.versie(), lines.isEmpty() ? LedgerLine.Origin.MONTH : lines.get(0).origin()));
            rest = 0;
        }
        return rest;
    }

    private static void payout(MonthToSettle month, long cents, int lineNo, List<LedgerLine> lines) {
        if (cents > 0) {
            clientLines(month, BetalingSoort.VAKANTIEGELD, cents, lineNo, LedgerLine.Origin.PAYOUT, lines);
        }
    }

    private static void clientLines(MonthToSettle month, BetalingSoort soort, long cents, int lineNo,
                                    LedgerLine.Origin origin, List<LedgerLine> lines) {
        lines.addAll(LedgerLine.toClient(month.periode(), soort, cents, lineNo, month.versie(), origin, month.clientIban(),
                month.clientNaam(), month.partner()));
    }

    private static void add(List<LedgerBooking> booked, YearMonth periode, BookingKind kind, long cents) {
        if (cents != 0) {
            booked.add(new LedgerBooking(periode, kind, cents));
        }
    }

    private long bookedSum(YearMonth periode) {
        return paid(periode) + booked(periode, BookingKind.RESERVERING) + booked(periode, BookingKind.VERREKENING)
                + booked(periode, BookingKind.AFLOSSING) - booked(periode, BookingKind.VORDERING);
    }

    /** The month's payments that count, vakantiegeld payouts excepted (they come out of the reserve). */
    private long paid(YearMonth periode) {
        long cents = 0;
        for (BookedPayment payment : payments) {
            if (payment.counts() && payment.soort() != BetalingSoort.VAKANTIEGELD && payment.periode().equals(periode)) {
                cents = Math.addExact(cents, payment.cents());
            }
        }
        return cents;
    }

    private boolean undecided(YearMonth periode) {
        return payments.stream().anyMatch(p -> p.undecided() && p.periode().equals(periode));
    }

    /** Σ of {@code kind} for the month, or for every month when {@code periode} is null. */
    private long booked(YearMonth periode, BookingKind kind) {
        long cents = 0;
        for (LedgerBooking booking : bookings) {
            if (booking.kind() == kind && (periode == null || booking.periode().equals(periode))) {
                cents = Math.addExact(cents, booking.cents());
            }
        }
        return cents;
    }

    /** The order in which a run settles a dossier's months: oldest first. */
    public static final Comparator<MonthToSettle> ORDER = Comparator.comparing(MonthToSettle::periode);
}
