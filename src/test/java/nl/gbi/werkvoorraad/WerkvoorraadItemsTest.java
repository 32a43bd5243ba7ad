package nl.gbi.werkvoorraad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gbi.domain.BetalingSoort;
import nl.gbi.ledger.BookingKind;
import nl.gbi.ledger.LedgerBooking;
import nl.gbi.opschorting.Grondslag;
import nl.gbi.opschorting.Opschorting;
import nl.gbi.rails.RailFinding;
import org.junit.jupiter.api.Test;

/** The werkvoorraad's rules alone: statuses, amounts, actions, and which decisions on a returned payment are allowed. */
class WerkvoorraadItemsTest {

    private static final YearMonth JULY = YearMonth.of(2025, 7);
    private static final LocalDate DAY = LocalDate.of(2025, 8, 1);

    private static WerkvoorraadRows.Returned returned(BetalingSoort soort, String code, String afhandeling) {
        return new WerkvoorraadRows.Returned(7, "D-1", JULY, soort, 123_45, "RETURNED", code, DAY, afhandeling);
    }

    private static WerkvoorraadRows rows(List<WerkvoorraadRows.Returned> returned,
                                         Map<String, List<LedgerBooking>> vorderingen) {
        return new WerkvoorraadRows("GM0014", List.of(), List.of(), List.of(), returned, List.of(), List.of(), vorderingen,
                Set.of());
    }

    @Test
    void aReturnedPaymentIsForAPersonUnlessTheEngineRepaysItItself() {
        List<Item> items = WerkvoorraadItems.of(rows(List.of(returned(BetalingSoort.UITKERING, "AC04", null),
                returned(BetalingSoort.DERDENBETALING, "AC04", null), returned(BetalingSoort.UITKERING, "RR02", null),
                returned(BetalingSoort.UITKERING, "RR02", "VRIJGEGEVEN"), returned(BetalingSoort.UITKERING, "AM05", null)),
                Map.of()), List.of(), List.of(), DAY);
        assertEquals(List.of("BANK_TERUG WACHT 0", "BANK_TERUG OPEN 1", "RR_ONDERZOEK OPEN 2", "RR_ONDERZOEK WACHT 0",
                "BANK_TERUG OPEN 1"), items.stream().map(i -> i.soort() + " " + i.status() + " " + i.acties().size()).toList());
        assertEquals(123_45L, items.get(0).bedragCents());
    }

    @Test
    void onlyRrIsReleasedAndNothingTheEngineRepaysIsSettledOutsideIt() {
        assertNull(WerkvoorraadItems.decisionRefusal(returned(BetalingSoort.UITKERING, "RR01", null), "VRIJGEGEVEN"));
        assertNotNull(WerkvoorraadItems.decisionRefusal(returned(BetalingSoort.UITKERING, "AC06", null), "VRIJGEGEVEN"));
        assertNotNull(WerkvoorraadItems.decisionRefusal(returned(BetalingSoort.UITKERING, "AC04", null), "BUITEN_ENGINE"));
        assertNull(WerkvoorraadItems.decisionRefusal(returned(BetalingSoort.DERDENBETALING, "AC04", null), "BUITEN_ENGINE"));
        assertNull(WerkvoorraadItems.decisionRefusal(returned(BetalingSoort.UITKERING, "MD07", null), "BUITEN_ENGINE"));
        assertNotNull(WerkvoorraadItems.decisionRefusal(returned(BetalingSoort.UITKERING, "RR01", "VRIJGEGEVEN"),
                "BUITEN_ENGINE"), "decided once");
    }

    @Test
    void aVorderingIsOpenUntilItIsRepaidAndAHoldIsFlaggedWhenItsTermRunsOut() {
        Map<String, List<LedgerBooking>> vorderingen = Map.of(
                "OPEN", List.of(new LedgerBooking(JULY, BookingKind.VORDERING, 100_00),
                        new LedgerBooking(JULY.plusMonths(1), BookingKind.AFLOSSING, 30_00)),
                "PAID", List.of(new LedgerBooking(JULY, BookingKind.VORDERING, 50_00),
                        new LedgerBooking(JULY.plusMonths(1), BookingKind.AFLOSSING, 50_00)));
        Opschorting hold = new Opschorting(3, "D-9", Grondslag.PW_54, "verzuim", LocalDate.of(2025, 7, 20), Instant.EPOCH,
                "t", "T", null, null, null, null);
        List<Item> items = WerkvoorraadItems.of(rows(List.of(), vorderingen), List.of(hold), List.of(), LocalDate.of(2025, 9, 14));
        assertEquals(2, items.size());
        Item vordering = items.stream().filter(i -> i.soort() == ItemSoort.VORDERING).findFirst().orElseThrow();
        assertEquals("OPEN", vordering.dossierId());
        assertEquals(70_00L, vordering.bedragCents());
        Item expired = items.stream().filter(i -> i.soort() == ItemSoort.OPSCHORTING).findFirst().orElseThrow();
        assertEquals(Item.VERLOPEN, expired.status());
        assertTrue(expired.reden().contains("verstreken"), expired.reden());
        assertEquals(Item.OPEN, WerkvoorraadItems.of(rows(List.of(), Map.of()), List.of(hold), List.of(), LocalDate.of(2025, 9, 13))
                .get(0).status());
    }

    @Test
    void aBatchIsAnItemOnlyWithFindings() {
        assertEquals(List.of(), WerkvoorraadItems.batch("GM0014", 5, DAY, 100, List.of()));
        List<Item> item = WerkvoorraadItems.batch("GM0014", 5, DAY, 100, List.of(new RailFinding("DUBBEL_BETAALD", "x", true)));
        assertTrue(item.get(0).reden().contains("1 blokkerend"), item.get(0).reden());
    }
}
