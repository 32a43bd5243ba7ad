package nl.gbi.parameterset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.gbi.calculation.Parameter;
import nl.gbi.calculation.ParameterTableException;
import nl.gbi.calculation.ParameterValue;
import org.junit.jupiter.api.Test;

class ParameterSetReviewTest {

    private static final EffectiveParameters SHIPPED = TestSets.shipped();

    private static Review review(String text) {
        return ParameterSetReview.review(ParameterSetDocument.parse(text), SHIPPED, SanityRules.DEFAULTS);
    }

    private static List<String> codes(Review review) {
        return review.bevindingen().stream().map(Bevinding::code).toList();
    }

    @Test
    void aCompleteIndexedHalfYearIsAcceptableAndShowsEveryDifference() {
        Review review = review(TestSets.indexed2027());
        assertEquals(List.of(), review.weigeringen());
        assertEquals(List.of(), review.bevindingen());
        assertTrue(review.acceptable());
        assertEquals(14, review.verschillen().size());
        Verschil b = review.verschillen().stream().filter(v -> v.key() == Parameter.NORM_21_B).findFirst().orElseThrow();
        assertEquals(202779L, b.vorige());
        assertNull(b.huidig(), "nothing in effect for 2027-01 yet");
        assertEquals("1.50", b.procent());
    }

    @Test
    void theStrictParsersRulesApply() {
        ParameterTableException e = assertThrows(ParameterTableException.class, () -> ParameterSetDocument.parse(
                "NORM_99 | 2027-01-01 | 1.00 | x\nNORM_21_A | 2027-01-01 | 1419,46 | x\n"
                        + "NORM_21_B | 2027-01-01 | 1.00 | x\nNORM_21_B | 2027-01-01 | 1.00 | x\n# reden : x\n# vervangt een\n"));
        String all = String.join("\n", e.problems());
        assertTrue(all.contains("unknown parameter key 'NORM_99'"), all);
        assertTrue(all.contains("not a whole number of cents"), all);
        assertTrue(all.contains("line 5: write '# reden CODE: why'"), all);
        assertTrue(all.contains("line 6: 'vervangt' takes the id"), all);
        ParameterTableException twice = assertThrows(ParameterTableException.class, () -> ParameterSetDocument.parse(
                "NORM_21_B | 2027-01-01 | 1.00 | x\nNORM_21_B | 2027-01-01 | 1.00 | x\n"));
        assertTrue(twice.problems().get(0).contains("overlaps or duplicates"), twice.problems().toString());
        assertThrows(ParameterTableException.class, () -> ParameterSetDocument.parse("# only a comment\n"));
    }

    @Test
    void aKeyNeitherGivenNorDeclaredAbsentIsRefusedAndAbsenceIsExplicit() {
        Review missing = review(TestSets.indexed(t -> t.replaceAll("(?m)^NORM_23_B.*\n", "")));
        assertEquals(List.of("NORM_23_B is missing for 2027-01-01; give it or write '# afwezig NORM_23_B: why'"),
                missing.weigeringen());
        Review absent = review(TestSets.indexed(t -> t.replaceAll("(?m)^NORM_23_B.*\n", "")
                + "# afwezig NORM_23_B: nog niet gepubliceerd\n"));
        assertEquals(List.of(), absent.weigeringen());
        Review both = review(TestSets.indexed(t -> t + "# afwezig NORM_23_B: x\n"));
        assertEquals(List.of("NORM_23_B is given for 2027-01-01 and declared absent"), both.weigeringen());
    }

    @Test
    void aHalfYearWithApprovedFiguresIsOnlyTakenOverByACorrectionOfThatSet() {
        String july = TestSets.indexed(t -> t.replace("2027-01-01", "2026-07-01"));
        Review overlap = review(july);
        assertEquals(1, overlap.weigeringen().size(), overlap.weigeringen().toString());
        assertTrue(overlap.weigeringen().get(0).contains("has approved figures (set 1)"), overlap.weigeringen().toString());
        Review wrongSet = review(july + "# vervangt 7\n");
        assertTrue(wrongSet.weigeringen().stream().anyMatch(w -> w.contains("vervangt 7")), wrongSet.weigeringen().toString());
        Review correction = review(TestSets.indexed(t -> t.replace("2027-01-01", "2026-07-01")
                .replace(TestSets.PUBLICATIE, "correctie")) + "# vervangt 1\n");
        assertEquals(List.of(), correction.weigeringen());
        Verschil b = correction.verschillen().stream().filter(v -> v.key() == Parameter.NORM_21_B).findFirst().orElseThrow();
        assertEquals(202779L, b.huidig(), "the value it replaces");
    }

    @Test
    void theAmsterdamCommaIsAFindingThatNeedsAReason() {
        // 1.419,46 typed as 141.946,00: out of range and far from the half-year before
        String typo = TestSets.indexed(t -> t.replaceAll("(?m)^NORM_21_A \\| 2027-01-01 \\| [0-9.]+", "NORM_21_A | 2027-01-01 | 144078.00"));
        Review review = review(typo);
        assertEquals(List.of("AFWIJKING.NORM_21_A.2027-01-01", "BEREIK.NORM_21_A.2027-01-01",
                "VERHOUDING.NORM_21_A.2027-01-01", "VERHOUDING.NORM_21_B.2027-01-01", "VERHOUDING.NORM_22_A.2027-01-01"),
                codes(review));
        assertFalse(review.acceptable());
        assertEquals(5, review.unreasoned().size());
        Review reasoned = review(typo + "# reden AFWIJKING.NORM_21_A.2027-01-01: x\n# reden BEREIK.NORM_21_A.2027-01-01: y\n"
                + "# reden VERHOUDING.NORM_21_A.2027-01-01: z\n# reden VERHOUDING.NORM_21_B.2027-01-01: z\n"
                + "# reden VERHOUDING.NORM_22_A.2027-01-01: z\n");
        assertTrue(reasoned.acceptable());
        assertEquals("y", reasoned.bevindingen().get(1).reden());
    }

    @Test
    void aMoveAboveTheThresholdIsAFindingAndTheThresholdIsASetting() {
        String sixPercent = TestSets.indexed(t -> t.replaceAll("(?m)^VRIJLATING_MAX_N \\| 2027-01-01 \\| [0-9.]+",
                "VRIJLATING_MAX_N | 2027-01-01 | 306.34"));
        assertEquals(List.of("AFWIJKING.VRIJLATING_MAX_N.2027-01-01"), codes(review(sixPercent)));
        Review lenient = ParameterSetReview.review(ParameterSetDocument.parse(sixPercent), SHIPPED, new SanityRules(10));
        assertEquals(List.of(), lenient.bevindingen());
    }

    @Test
    void relationsTheLawFixesAreChecked() {
        Review swapped = review(TestSets.indexed(t -> t.replaceAll("(?m)^NORM_20_1_B \\| 2027-01-01 \\| [0-9.]+",
                "NORM_20_1_B | 2027-01-01 | 700.00")));
        assertEquals(List.of("VERHOUDING.NORM_20_1_B.2027-01-01"), codes(swapped));
        Review inverted = review(TestSets.indexed(t -> t.replaceAll("(?m)^NORM_23_B \\| 2027-01-01 \\| [0-9.]+",
                "NORM_23_B | 2027-01-01 | 440.00")));
        assertTrue(codes(inverted).contains("VERHOUDING.NORM_23_B.2027-01-01"), codes(inverted).toString());
    }

    @Test
    void aReasonForAFindingThatIsNotThereIsRefused() {
        Review review = review(TestSets.indexed2027() + "# reden AFWIJKING.NORM_21_B.2027-01-01: typo?\n");
        assertEquals(List.of("reden AFWIJKING.NORM_21_B.2027-01-01: the set has no such finding"), review.weigeringen());
    }

    @Test
    void anApprovedAowAgeIsOnlyReplacedByACorrectionOfItsSet() {
        Review again = review("AOW_LEEFTIJD_MAANDEN | 2027-01-01 | 807 | x\n");
        assertEquals(List.of("AOW_LEEFTIJD_MAANDEN of 2027 is approved (set 1); a correction supersedes that set with"
                + " '# vervangt 1'"), again.weigeringen());
        Review correction = review("AOW_LEEFTIJD_MAANDEN | 2027-01-01 | 807 | x\n# vervangt 1\n");
        assertEquals(List.of(), correction.weigeringen());
        assertEquals(804L, correction.verschillen().get(0).huidig());
    }

    @Test
    void aJanuarySetNeedsTheAowAgeOfItsYear() {
        String text2028 = TestSets.indexed(t -> t.replace("2027-01-01", "2028-01-01"));
        Review review = review(text2028);
        assertTrue(review.weigeringen().contains(
                "AOW_LEEFTIJD_MAANDEN for 2028 is neither given nor known; give it or write '# afwezig AOW_LEEFTIJD_MAANDEN: why'"),
                review.weigeringen().toString());
    }

    @Test
    void theEffectiveTableTakesAHalfYearFromItsLastSetAndNamesThatSet() {
        List<ParameterValue> seed = SHIPPED.table().rows();
        Proposal january = ParameterSetDocument.parse(TestSets.indexed2027());
        EffectiveParameters two = EffectiveParameters.of(2, List.of(new ApprovedSet(1, "a", seed),
                new ApprovedSet(2, january.sha256(), january.rows())));
        assertTrue(two.knows(YearMonth.of(2027, 6)));
        assertFalse(SHIPPED.knows(YearMonth.of(2027, 1)));
        assertEquals(YearMonth.of(2027, 1), SHIPPED.firstUnknown(YearMonth.of(2026, 12), 12));
        assertEquals(YearMonth.of(2027, 7), two.firstUnknown(YearMonth.of(2026, 12), 12));
        assertEquals(new SetRef(2, january.sha256()), two.setFor(YearMonth.of(2027, 3)));
        assertEquals(1, two.setFor(YearMonth.of(2026, 12)).id());
        // a correction of the seed's 2026-07 keeps only its own rows for that half-year
        Proposal correction = ParameterSetDocument.parse("NORM_21_A | 2026-07-01 | 1419.47 | correctie\n");
        EffectiveParameters three = EffectiveParameters.of(3, List.of(new ApprovedSet(1, "a", seed),
                new ApprovedSet(3, correction.sha256(), correction.rows())));
        assertEquals(141947L, three.value(Parameter.NORM_21_A, YearMonth.of(2026, 8)));
        assertNull(three.value(Parameter.NORM_21_B, YearMonth.of(2026, 8)), "the half-year is the correction's alone");
        assertNotNull(three.value(Parameter.AOW_LEEFTIJD_MAANDEN, YearMonth.of(2026, 8)));
    }

    @Test
    void theHashIsOverTheFiguresInCanonicalOrder() {
        Proposal a = ParameterSetDocument.parse("NORM_21_A | 2027-01-01 | 1.00 | x\nNORM_21_B | 2027-01-01 | 2.00 | x\n");
        Proposal b = ParameterSetDocument.parse("# other comment\nNORM_21_B | 2027-01-01 | 2.00 | x\nNORM_21_A | 2027-01-01 | 1.00 | x\n");
        Proposal c = ParameterSetDocument.parse("NORM_21_A | 2027-01-01 | 1.01 | x\nNORM_21_B | 2027-01-01 | 2.00 | x\n");
        assertEquals(a.sha256(), b.sha256());
        assertFalse(a.sha256().equals(c.sha256()));
        assertEquals("NORM_21_A | 2027-01-01 | 1.00 | x\nNORM_21_B | 2027-01-01 | 2.00 | x\n",
                ParameterSetDocument.canonical(b.rows()));
        assertEquals(LocalDate.of(2027, 1, 1), a.rows().get(0).geldigVanaf());
    }
}
