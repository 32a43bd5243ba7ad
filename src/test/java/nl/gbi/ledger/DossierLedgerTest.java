package nl.gbi.ledger;

import static nl.gbi.ledger.LedgerResults.month;
import static nl.gbi.ledger.LedgerResults.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nl.gbi.domain.BetalingSoort;
import org.junit.jupiter.api.Test;

/** The ledger's rules one by one, in exact cents (docs/ledger.md). */
class DossierLedgerTest {

    static final YearMonth MAY = YearMonth.of(2026, 5);
    static final YearMonth JUNE = YearMonth.of(2026, 6);
    static final YearMonth JULY = YearMonth.of(2026, 7);
    static final YearMonth AUGUST = YearMonth.of(2026, 8);

    private final List<BookedPayment> payments = new ArrayList<>();
    private final List<LedgerBooking> bookings = new ArrayList<>();

    @Test
    void aMonthPaysItsLinesAndReservesItsVakantiegeldAndThePayoutMonthPaysTheReserve() {
        MonthSettlement may = settle(MAY, month(MAY, 1, null, of(MAY, 1_000_00, 74_07, 300_00), false));
        assertEquals(List.of(300_00L, 625_93L), cents(may));
        assertEquals(List.of(new LedgerBooking(MAY, BookingKind.RESERVERING, 74_07)), may.bookings());

        MonthSettlement june = settle(JUNE, month(JUNE, 1, null, of(JUNE, 1_000_00, 74_07, 0), false));
        LedgerLine payout = june.lines().get(1);
        assertEquals(BetalingSoort.VAKANTIEGELD, payout.soort());
        assertEquals(74_07, payout.cents(), "June pays what was reserved before it; June's own starts the next year");
        assertEquals(74_07, ledger(JUNE).reserveCents());
        assertBalanced(JUNE, 1_000_00);
    }

    @Test
    void aMonthDecidedLateIsANabetalingOfThatMonthWithItsVoorschotOffsetAndWhatItExceedsOwed() {
        payments.add(new BookedPayment(MAY, BetalingSoort.VOORSCHOT, 900_00, true, false));
        MonthSettlement may = settle(JULY, month(MAY, 1, null, of(MAY, 1_000_00, 74_07, 0), false));
        assertEquals(List.of(new LedgerLine(MAY, BetalingSoort.NABETALING, 1_000_00 - 74_07 - 900_00, LedgerResults.CLIENT,
                "J. Jansen", null, 0, 1, LedgerLine.Origin.LATE_MONTH)), may.lines());
        assertBalanced(MAY, 1_000_00);

        payments.add(new BookedPayment(JUNE, BetalingSoort.VOORSCHOT, 950_00, true, false));
        MonthSettlement june = settle(JULY, month(JUNE, 1, null, of(JUNE, 500_00, 37_04, 0), false));
        assertTrue(june.lines().stream().noneMatch(l -> l.soort() == BetalingSoort.NABETALING), june.toString());
        assertTrue(june.bookings().contains(new LedgerBooking(JUNE, BookingKind.VORDERING, 950_00 - (500_00 - 37_04))),
                june.toString());
        assertBalanced(JUNE, 500_00);
        assertEquals(950_00 - (500_00 - 37_04), ledger(JULY).openVorderingenCents());
    }

    @Test
    void aCorrectionUpPaysTheDifferenceLessItsVakantiegeldWhichGoesToTheReserve() {
        settle(JULY, month(JULY, 1, null, of(JULY, 1_000_00, 74_07, 0), false));
        MonthSettlement correction = settle(AUGUST, month(JULY, 2, 1, of(JULY, 1_100_00, 81_48, 0), false));
        assertEquals(List.of(new LedgerLine(JULY, BetalingSoort.NABETALING, 100_00 - 7_41, LedgerResults.CLIENT, "J. Jansen",
                null, 2, 2, LedgerLine.Origin.CORRECTION)), correction.lines());
        assertEquals(List.of(new LedgerBooking(JULY, BookingKind.RESERVERING, 7_41)), correction.bookings());
        assertEquals(1_000_00, correction.settledBeforeCents());
        assertBalanced(JULY, 1_100_00);
    }

    @Test
    void aCorrectionDownTakesTheVakantiegeldFromTheReserveAndOnlyWhatIsLeftInIt() {
        settle(MAY, month(MAY, 1, null, of(MAY, 1_000_00, 74_07, 0), false));
        settle(JUNE, month(JUNE, 1, null, of(JUNE, 1_000_00, 74_07, 0), false)); // pays May's 74,07 out
        MonthSettlement may = settle(JULY, month(MAY, 2, 1, of(MAY, 500_00, 37_04, 0), false));
        // The reserve holds June's 74,07: it can give back May's 37,03; the rest of the difference is owed.
        assertEquals(List.of(new LedgerBooking(MAY, BookingKind.RESERVERING, -37_03),
                new LedgerBooking(MAY, BookingKind.VORDERING, 500_00 - 37_03)), may.bookings());
        assertTrue(may.lines().isEmpty());
        assertBalanced(MAY, 500_00);
        assertEquals(74_07 - 37_03, ledger(JULY).reserveCents());
    }

    @Test
    void theReserveNeverGoesBelowZero() {
        settle(JUNE, month(JUNE, 1, null, of(JUNE, 1_000_00, 74_07, 0), true)); // the right ends: all paid out
        assertEquals(0, ledger(JUNE).reserveCents());
        MonthSettlement june = settle(JULY, month(JUNE, 2, 1, of(JUNE, 800_00, 59_26, 0), true));
        assertEquals(List.of(new LedgerBooking(JUNE, BookingKind.VORDERING, 200_00)), june.bookings());
        assertEquals(0, ledger(JULY).reserveCents());
        assertBalanced(JUNE, 800_00);
    }

    @Test
    void theEndOfTheRightPaysTheWholeReserveAndACorrectionAfterItPaysItsVakantiegeldAtOnce() {
        settle(MAY, month(MAY, 1, null, of(MAY, 1_000_00, 74_07, 0), false));
        MonthSettlement july = settle(JULY, month(JULY, 1, null, of(JULY, 1_000_00, 74_07, 0), true));
        assertEquals(74_07 + 74_07, july.lines().stream().filter(l -> l.soort() == BetalingSoort.VAKANTIEGELD)
                .mapToLong(LedgerLine::cents).sum());
        DossierLedger later = ledger(AUGUST);
        MonthSettlement may = later.settle(month(MAY, 2, 1, of(MAY, 1_100_00, 81_48, 0), false), true);
        record(may);
        assertEquals(List.of(BetalingSoort.NABETALING, BetalingSoort.VAKANTIEGELD),
                may.lines().stream().map(LedgerLine::soort).toList());
        assertEquals(7_41, may.lines().get(1).cents());
        assertEquals(2, may.lines().get(1).lineNo(), "numbered by the version: the yearly payout has line 0");
        assertEquals(0, ledger(AUGUST).reserveCents());
    }

    @Test
    void aMonthWithAPaymentInAnUndecidedBatchWaits() {
        payments.add(new BookedPayment(JULY, BetalingSoort.UITKERING, 925_93, true, true));
        MonthSettlement waits = ledger(AUGUST).settle(month(JULY, 2, 1, of(JULY, 1_100_00, 81_48, 0), false), false);
        assertTrue(waits.waits());
        assertTrue(waits.lines().isEmpty() && waits.bookings().isEmpty());
    }

    @Test
    void aRerunOffersTheSameLinesAndBooksNothing() {
        MonthSettlement first = settle(JUNE, month(JUNE, 1, null, of(JUNE, 1_000_00, 74_07, 300_00), true));
        MonthToSettle again = new MonthToSettle(JUNE, 1, 1, true, of(JUNE, 1_000_00, 74_07, 300_00), nl.gbi.domain.Money.ZERO,
                true, LedgerResults.CLIENT, "J. Jansen");
        MonthSettlement rerun = ledger(JUNE).settle(again, false);
        assertEquals(first.lines(), rerun.lines());
        assertTrue(rerun.bookings().isEmpty());
        assertTrue(!rerun.settles());
    }

    @Test
    void aReturnedPaymentIsTheRepairsToPayAgainSoANewVersionWithANewIbanDoesNotPayItTwice() {
        settle(JULY, month(JULY, 1, null, of(JULY, 1_000_00, 74_07, 0), false));
        payments.set(0, BookedPayment.of(JULY, BetalingSoort.UITKERING, 925_93, "RETURNED", true));
        MonthSettlement newIban = settle(AUGUST, month(JULY, 2, 1, of(JULY, 1_000_00, 74_07, 0), false));
        assertTrue(newIban.lines().isEmpty() && newIban.bookings().isEmpty(), newIban.toString());
        // The repair pays it again (corrects_seq); from then on the repair counts and the returned payment does not.
        payments.set(0, BookedPayment.of(JULY, BetalingSoort.UITKERING, 925_93, "RETURNED", false));
        payments.add(BookedPayment.of(JULY, BetalingSoort.UITKERING, 925_93, "SENT", false));
        assertBalanced(JULY, 1_000_00);
    }

    @Test
    void aCoupleWithTheirOwnAccountsGetsACorrectionAndThePayoutInHalvesTheOddCentToTheAanvrager() {
        // The calculation already pays the UITKERING in halves (E18); the ledger's own lines follow the same split.
        nl.gbi.domain.Betaalrekening partner = new nl.gbi.domain.Betaalrekening(LedgerResults.LANDLORD, "P. Jansen");
        settle(MAY, couple(month(MAY, 1, null, of(MAY, 1_000_00, 74_07, 0), false), partner));
        MonthSettlement correction = settle(JULY, couple(month(MAY, 2, 1, of(MAY, 1_100_02, 81_48, 0), false), partner));
        long nabetaling = 1_100_02 - 1_000_00 - (81_48 - 74_07);
        assertEquals(List.of(
                new LedgerLine(MAY, BetalingSoort.NABETALING, nabetaling - nabetaling / 2, LedgerResults.CLIENT, "J. Jansen",
                        null, 2, 2, LedgerLine.Origin.CORRECTION),
                new LedgerLine(MAY, BetalingSoort.NABETALING, nabetaling / 2, LedgerResults.LANDLORD, "P. Jansen", null,
                        LedgerLine.PARTNER_HALF + 2, 2, LedgerLine.Origin.CORRECTION)), correction.lines());
        assertEquals(1, nabetaling % 2, "the example has an odd cent");
        assertBalanced(MAY, 1_100_02);

        MonthSettlement june = settle(JUNE, couple(month(JUNE, 1, null, of(JUNE, 1_000_00, 74_07, 0), false), partner));
        List<LedgerLine> payouts = june.lines().stream().filter(l -> l.origin() == LedgerLine.Origin.PAYOUT).toList();
        assertEquals(List.of(81_48L - 81_48 / 2, 81_48L / 2), payouts.stream().map(LedgerLine::cents).toList());
        assertEquals(List.of(LedgerResults.CLIENT, LedgerResults.LANDLORD), payouts.stream().map(LedgerLine::iban).toList());
        assertEquals(List.of(0, LedgerLine.PARTNER_HALF), payouts.stream().map(LedgerLine::lineNo).toList());
        assertEquals(74_07, ledger(JUNE).reserveCents(), "both halves came out of the reserve");
    }

    private static MonthToSettle couple(MonthToSettle month, nl.gbi.domain.Betaalrekening partner) {
        return new MonthToSettle(month.periode(), month.versie(), month.liveVersie(), month.rerun(), month.resultaat(),
                month.aflossing(), month.rightEnds(), month.clientIban(), month.clientNaam(), partner);
    }

    private MonthSettlement settle(YearMonth runPeriode, MonthToSettle month) {
        MonthSettlement settlement = ledger(runPeriode).settle(month, false);
        record(settlement);
        return settlement;
    }

    private void record(MonthSettlement settlement) {
        bookings.addAll(settlement.bookings());
        settlement.lines().forEach(l -> payments.add(new BookedPayment(l.periode(), l.soort(), l.cents(), true, false)));
    }

    private DossierLedger ledger(YearMonth runPeriode) {
        return new DossierLedger(payments, bookings, Month.JUNE, runPeriode);
    }

    private void assertBalanced(YearMonth periode, long dueCents) {
        MonthAccount account = ledger(periode).account("D-1", periode, 1, dueCents);
        assertTrue(account.balances(), account.toString());
    }

    private static List<Long> cents(MonthSettlement settlement) {
        return settlement.lines().stream().map(LedgerLine::cents).toList();
    }
}
