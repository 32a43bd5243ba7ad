package nl.gbi.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Month;
import java.time.YearMonth;
import java.util.Random;
import nl.gbi.domain.Money;
import org.junit.jupiter.api.Test;

class VakantiegeldLedgerTest {

    /** 68,45 a month (1.369,06 incl. VT, participatiewet.md §1): June pays out what June–May reserved. */
    @Test
    void thePayoutMonthPaysTheTwelveMonthsBeforeIt() {
        Money balance = Money.ZERO;
        for (YearMonth m = YearMonth.of(2025, 6); m.isBefore(YearMonth.of(2026, 7)); m = m.plusMonths(1)) {
            VakantiegeldLedger.Booking booking = VakantiegeldLedger.book(balance, Money.ofCents(6845), m, Month.JUNE, false);
            balance = booking.balance();
            if (m.equals(YearMonth.of(2026, 6))) {
                assertEquals(Money.ofCents(12 * 6845), booking.payout(), "June 2026 pays June 2025 – May 2026");
                assertEquals(Money.ofCents(6845), booking.balance(), "June 2026's own reservation starts the next year");
            } else if (!m.equals(YearMonth.of(2025, 6))) {
                assertEquals(Money.ZERO, booking.payout());
            }
        }
    }

    @Test
    void whenTheRightEndsEverythingIsPaid() {
        VakantiegeldLedger.Booking last = VakantiegeldLedger.book(Money.ofCents(27380), Money.ofCents(3423),
                YearMonth.of(2026, 3), Month.JUNE, true);
        assertEquals(Money.ofCents(30803), last.payout());
        assertEquals(Money.ZERO, last.balance());
    }

    /** Whatever the months, nothing reserved is lost or paid twice: reserved = paid out + what is still reserved. */
    @Test
    void nothingReservedIsLostOrPaidTwice() {
        Random random = new Random(11);
        for (int dossier = 0; dossier < 1_000; dossier++) {
            Month payoutMonth = Month.of(1 + random.nextInt(12));
            Money balance = Money.ZERO;
            long reserved = 0;
            long paid = 0;
            YearMonth m = YearMonth.of(2024, 1 + random.nextInt(12));
            int months = 1 + random.nextInt(36);
            for (int i = 0; i < months; i++, m = m.plusMonths(1)) {
                Money reservation = Money.ofCents(random.nextInt(8_000));
                VakantiegeldLedger.Booking booking = VakantiegeldLedger.book(balance, reservation, m, payoutMonth, i == months - 1
                        && random.nextBoolean());
                reserved += reservation.cents();
                paid += booking.payout().cents();
                balance = booking.balance();
            }
            assertEquals(reserved, paid + balance.cents());
        }
    }

    @Test
    void aNegativeReserveIsABug() {
        assertThrows(IllegalArgumentException.class,
                () -> VakantiegeldLedger.book(Money.ofCents(-1), Money.ZERO, YearMonth.of(2026, 1), Month.JUNE, false));
    }
}
