package nl.gbi.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rekening's month accounts and the afstemming, from rows, without a database. */
class AfstemmingTest {

    static final YearMonth JULY = YearMonth.of(2026, 7);
    static final YearMonth AUGUST = YearMonth.of(2026, 8);
    static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);

    @Test
    void aBalancedMonthAnUnsettledVersionAHeldBackLineAndAPendingVoorschot() {
        List<Dossierrekening.Entitlement> entitlements = List.of(
                new Dossierrekening.Entitlement(JULY, 2, 2, 1_050_00L),
                new Dossierrekening.Entitlement(AUGUST, 2, 1, 1_050_00L));
        List<Dossierrekening.Payment> payments = List.of(
                payment(1, JULY, "UITKERING", 1_150_00, "ACCEPTED"),
                payment(2, AUGUST, "UITKERING", 1_000_00, "RETURNED"),
                payment(3, SEPTEMBER, "VOORSCHOT", 900_00, "SENT"));
        List<Dossierrekening.Booking> bookings = List.of(
                new Dossierrekening.Booking(JULY, "RESERVERING", 50_00, 1, null),
                new Dossierrekening.Booking(JULY, "VORDERING", 150_00, 2, null),
                new Dossierrekening.Booking(JULY, "AFLOSSING", 0_01, 2, null),
                new Dossierrekening.Booking(AUGUST, "RESERVERING", 50_00, 1, null));
        List<Dossierrekening.Voorschot> voorschotten = List.of(
                new Dossierrekening.Voorschot("V-1", SEPTEMBER, 900_00, "TOEGEKEND", "aanvraag", 7L));

        Dossierrekening rekening = Dossierrekening.of("D-1", entitlements, payments, bookings, voorschotten);

        Dossierrekening.Month july = rekening.months().get(0);
        assertEquals(1_150_00 + 50_00 + 0_01 - 150_00, july.account().paidCents() + july.account().reservedCents()
                + july.account().offsetCents() - july.account().vorderingCents());
        assertEquals(-0_01, july.account().unsettledCents(), "a cent withheld beyond the due shows as a difference");
        assertEquals(150_00 - 0_01, rekening.openVorderingenCents());
        assertEquals(100_00, rekening.reserveCents());
        List<Afstemming.Afwijking> found = Afstemming.of(rekening, SEPTEMBER);
        assertEquals(List.of(Afstemming.Reason.VERSCHIL, Afstemming.Reason.NIET_VERREKEND),
                found.stream().map(Afstemming.Afwijking::reason).toList(), found.toString());
        assertEquals(JULY, found.get(0).account().periode());
        assertEquals(AUGUST, found.get(1).account().periode());
        assertTrue(Afstemming.of(rekening, JULY).size() == 1, "months after the period are not looked at");
    }

    private static Dossierrekening.Payment payment(long seq, YearMonth periode, String soort, long cents, String state) {
        return new Dossierrekening.Payment(seq, periode, soort, cents, state, 1L, "E2E-" + seq, "NL91****4300", null);
    }
}
