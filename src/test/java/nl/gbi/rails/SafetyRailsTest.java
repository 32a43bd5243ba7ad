package nl.gbi.rails;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.gbi.domain.SafetyRailSettings;
import org.junit.jupiter.api.Test;

class SafetyRailsTest {

    private static final YearMonth DEC = YearMonth.of(2026, 12);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final LocalDate DATE = LocalDate.of(2026, 12, 24);
    /** The gehuwdennorm of 2026 in cents, roughly. */
    private static final long NORM = 201_000;
    private static final SafetyRailSettings DEFAULTS = SafetyRailSettings.DEFAULT;

    private static List<RailLine> month(int dossiers, long amount) {
        List<RailLine> lines = new ArrayList<>();
        for (int i = 0; i < dossiers; i++) {
            lines.add(new RailLine("D" + i, DEC, "UITKERING", amount + i, String.format("NL91ABNA%010d", i)));
        }
        return lines;
    }

    private static RailFacts facts(List<RailLine> lines, List<RailLine> previous) {
        return new RailFacts(lines, Optional.of(new RailFacts.Previous(7, previous)), Map.of(DEC, NORM), List.of(), DATE,
                null, TODAY);
    }

    private static List<String> codes(List<RailFinding> findings) {
        return findings.stream().map(RailFinding::code).toList();
    }

    @Test
    void aBatchLikeTheLastOneHasNoFindings() {
        assertEquals(List.of(), SafetyRails.check(facts(month(100, 120_000), month(98, 120_000)), DEFAULTS));
    }

    @Test
    void aDoubledBatchIsAFindingPerKind() {
        List<RailLine> doubled = new ArrayList<>(month(100, 120_000));
        doubled.addAll(month(100, 120_000));
        List<RailFinding> findings = SafetyRails.check(facts(doubled, month(100, 120_000)), DEFAULTS);
        assertEquals(List.of("AFWIJKING.UITKERING"), codes(findings));
        assertTrue(findings.get(0).melding().contains("aantal +100,0%"), findings.get(0).melding());
        assertTrue(findings.get(0).melding().contains("200 betalingen"), findings.get(0).melding());
        assertFalse(findings.get(0).blocking());
    }

    @Test
    void theThresholdIsTheTenantsAndItsOwnValueIsNoFinding() {
        // 110 against 100 is exactly 10%: no finding; 111 is
        assertEquals(List.of(), SafetyRails.check(facts(month(110, 100_000), month(100, 100_000)),
                new SafetyRailSettings(11, 2, 5, Set.of())).stream().filter(f -> f.code().startsWith("AFWIJKING")).toList());
        assertTrue(SafetyRails.beyond(111, 100, 10));
        assertFalse(SafetyRails.beyond(110, 100, 10));
        assertFalse(SafetyRails.beyond(90, 100, 10));
        assertTrue(SafetyRails.beyond(89, 100, 10));
        assertTrue(SafetyRails.beyond(1, 0, 10), "a kind that appears");
        assertTrue(SafetyRails.beyond(0, 1, 10), "a kind that disappears");
        assertEquals(List.of("AFWIJKING.UITKERING"), codes(SafetyRails.check(facts(month(100, 100_000), month(50, 100_000)),
                new SafetyRailSettings(50, 2, 5, Set.of()))));
    }

    @Test
    void aNewKindIsAFindingAndTheFirstBatchHasNoComparison() {
        List<RailLine> lines = new ArrayList<>(month(10, 100_000));
        lines.add(new RailLine("D1", DEC, "VAKANTIEGELD", 60_000, "NL91ABNA0417164301"));
        assertEquals(List.of("AFWIJKING.VAKANTIEGELD"), codes(SafetyRails.check(facts(lines, month(10, 100_000)), DEFAULTS)));
        RailFacts first = new RailFacts(lines, Optional.empty(), Map.of(DEC, NORM), List.of(), DATE, null, TODAY);
        assertEquals(List.of(), SafetyRails.check(first, DEFAULTS));
    }

    @Test
    void aMisplacedDecimalIsAboveTheNorm() {
        List<RailLine> lines = new ArrayList<>(month(1000, 120_000));
        lines.set(500, new RailLine("D500", DEC, "UITKERING", 12_000_000, "NL91ABNA0417164300"));
        List<RailFinding> findings = SafetyRails.check(facts(lines, month(1000, 120_000)), DEFAULTS);
        assertEquals(List.of("BOVEN_NORM"), codes(findings));
        assertTrue(findings.get(0).melding().contains("dossier D500 UITKERING december 2026 € 120.000,00 (norm € 2.010,00)"),
                findings.get(0).melding());
        // twice the norm itself is not above it
        lines.set(500, new RailLine("D500", DEC, "UITKERING", 2 * NORM, "NL91ABNA0417164300"));
        assertEquals(List.of(), SafetyRails.check(facts(lines, month(1000, 120_000)), DEFAULTS));
    }

    @Test
    void aMonthWithoutANormIsSaidAndNotPassedSilently() {
        List<RailLine> lines = List.of(new RailLine("D1", YearMonth.of(2031, 1), "NABETALING", 100, "NL91ABNA0417164300"));
        RailFacts facts = new RailFacts(lines, Optional.empty(), Map.of(DEC, NORM), List.of(), DATE, null, TODAY);
        assertEquals(List.of("NORM_ONBEKEND"), codes(SafetyRails.check(facts, DEFAULTS)));
    }

    @Test
    void aMuleAccountPaidFromManyDossiersIsAFindingUnlessAKnownThirdParty() {
        List<RailLine> lines = new ArrayList<>(month(100, 120_000));
        for (int i = 0; i < 6; i++) {
            lines.add(new RailLine("D" + i, DEC, "DERDENBETALING", 10_000, "NL02RABO0123456789"));
        }
        List<RailLine> before = new ArrayList<>(lines);
        List<RailFinding> findings = SafetyRails.check(facts(lines, before), DEFAULTS);
        assertEquals(List.of("IBAN_VEEL_DOSSIERS.NL02**********6789"), codes(findings));
        assertTrue(findings.get(0).melding().startsWith("6 dossiers betalen aan NL02**********6789"), findings.get(0).melding());
        assertEquals(List.of(), SafetyRails.check(facts(lines, before),
                new SafetyRailSettings(10, 2, 5, Set.of("NL02RABO0123456789"))));
        assertEquals(List.of(), SafetyRails.check(facts(lines, before), new SafetyRailSettings(10, 2, 6, Set.of())));
        // one dossier paid to the same account five times is one dossier
        List<RailLine> one = new ArrayList<>(month(10, 120_000));
        for (int i = 0; i < 8; i++) {
            one.add(new RailLine("D1", DEC, "BESLAG", 1_000 + i, "NL02RABO0123456789"));
        }
        assertFalse(codes(SafetyRails.check(facts(one, one), DEFAULTS)).stream().anyMatch(c -> c.startsWith("IBAN")));
    }

    @Test
    void manyMuleAccountsAreNamedUpToALimitAndTheRestTogether() {
        List<RailLine> lines = new ArrayList<>();
        for (int account = 0; account < SafetyRails.ACCOUNTS_NAMED_MAX + 3; account++) {
            for (int d = 0; d < 6; d++) {
                lines.add(new RailLine("D" + account + "x" + d, DEC, "UITKERING", 100_000,
                        String.format("NL02RABO%010d", account)));
            }
        }
        List<String> codes = codes(SafetyRails.check(facts(lines, lines), DEFAULTS));
        assertEquals(SafetyRails.ACCOUNTS_NAMED_MAX + 1, codes.size());
        assertEquals("IBAN_VEEL_DOSSIERS.OVERIG", codes.get(codes.size() - 1));
    }

    @Test
    void aMonthPaidByAnotherBatchBlocks() {
        RailFacts facts = new RailFacts(month(3, 120_000), Optional.empty(), Map.of(DEC, NORM),
                List.of(new PaidElsewhere("D1", DEC, 41)), DATE, null, TODAY);
        List<RailFinding> findings = SafetyRails.check(facts, DEFAULTS);
        assertEquals(List.of("DUBBEL_BETAALD"), codes(findings));
        assertTrue(findings.get(0).blocking());
        assertTrue(findings.get(0).melding().contains("dossier D1 december 2026 ook in batch 41"), findings.get(0).melding());
    }

    @Test
    void aMovedDateIsAFindingAndAPassedOneBlocks() {
        RailFacts moved = new RailFacts(month(3, 120_000), Optional.empty(), Map.of(DEC, NORM), List.of(), DATE,
                LocalDate.of(2026, 12, 1), TODAY);
        List<RailFinding> findings = SafetyRails.check(moved, DEFAULTS);
        assertEquals(List.of("UITVOERDATUM_VERSCHOVEN"), codes(findings));
        assertTrue(findings.get(0).melding().contains("24 december 2026 in plaats van 1 december 2026"));
        RailFacts passed = new RailFacts(month(3, 120_000), Optional.empty(), Map.of(DEC, NORM), List.of(),
                LocalDate.of(2026, 12, 2), null, TODAY);
        assertEquals(List.of("UITVOERDATUM_VERSTREKEN"), codes(SafetyRails.check(passed, DEFAULTS)));
        assertTrue(SafetyRails.check(passed, DEFAULTS).get(0).blocking());
        RailFacts today = new RailFacts(month(3, 120_000), Optional.empty(), Map.of(DEC, NORM), List.of(), TODAY, null, TODAY);
        assertEquals(List.of(), SafetyRails.check(today, DEFAULTS));
    }

    @Test
    void eachFindingNeedsAReasonAndOnlyFindingsCanBeAcknowledged() {
        List<RailFinding> findings = List.of(new RailFinding("AFWIJKING.UITKERING", "m1", false),
                new RailFinding("BOVEN_NORM", "m2", false));
        Acknowledgement.Result none = Acknowledgement.check(findings, Map.of());
        assertFalse(none.accepted());
        assertEquals(List.of("bevindingen.AFWIJKING.UITKERING", "bevindingen.BOVEN_NORM"),
                none.problems().stream().map(f -> f.veld()).toList());
        Acknowledgement.Result blank = Acknowledgement.check(findings, Map.of("AFWIJKING.UITKERING", " ", "BOVEN_NORM", "x"));
        assertEquals(List.of("ONGELDIGE_REDEN"), blank.problems().stream().map(f -> f.code()).toList());
        Acknowledgement.Result control = Acknowledgement.check(findings,
                Map.of("AFWIJKING.UITKERING", "ok\u0000", "BOVEN_NORM", "x"));
        assertEquals(List.of("ONGELDIGE_REDEN"), control.problems().stream().map(f -> f.code()).toList());
        Acknowledgement.Result unknown = Acknowledgement.check(findings,
                Map.of("AFWIJKING.UITKERING", "nieuwe wijk", "BOVEN_NORM", "nabetaling gecontroleerd", "VERZONNEN", "x"));
        assertEquals(List.of("bevindingen.VERZONNEN"), unknown.problems().stream().map(f -> f.veld()).toList());
        Acknowledgement.Result ok = Acknowledgement.check(findings,
                Map.of("AFWIJKING.UITKERING", " nieuwe wijk ", "BOVEN_NORM", "nabetaling gecontroleerd"));
        assertTrue(ok.accepted());
        assertEquals(Map.of("AFWIJKING.UITKERING", "nieuwe wijk", "BOVEN_NORM", "nabetaling gecontroleerd"), ok.reasons());
        Acknowledgement.Result blocked = Acknowledgement.check(List.of(new RailFinding("DUBBEL_BETAALD", "m", true)),
                Map.of("DUBBEL_BETAALD", "toch doen"));
        assertEquals(List.of("BLOKKEREND"), blocked.problems().stream().map(f -> f.code()).toList());
        assertTrue(Acknowledgement.check(List.of(), Map.of()).accepted());
    }
}
