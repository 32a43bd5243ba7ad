package nl.gbi.parameterset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gbi.domain.Money;
import nl.gbi.domain.TenantPolicy;
import nl.gbi.domain.VerlagingBase;
import org.junit.jupiter.api.Test;

class TenantPolicyReviewTest {

    private static final TenantPolicy GRONINGEN = new TenantPolicy(Set.of(5, 30, 100), VerlagingBase.NORM_INCL_VAKANTIEGELD,
            100, Money.ofCents(100_000_000));

    private static PolicyReview review(TenantPolicy proposed, Map<String, String> redenen) {
        return TenantPolicyReview.review(GRONINGEN, proposed, redenen);
    }

    @Test
    void aLawfulChangeShowsEachChangedField() {
        PolicyReview review = review(new TenantPolicy(Set.of(5, 30, 50, 100), VerlagingBase.NORM_INCL_VAKANTIEGELD, 95,
                Money.ofCents(100_000_000)), Map.of());
        assertTrue(review.acceptable(), review.toString());
        assertEquals(List.of(new PolicyReview.Wijziging("allowedVerlagingPercentages", "[5, 30, 100]", "[5, 30, 50, 100]"),
                new PolicyReview.Wijziging("voorschotMaxPercentage", "100", "95")), review.wijzigingen());
    }

    @Test
    void theBoundsOfTheLawAreRefusedWhateverTheReason() {
        PolicyReview review = review(new TenantPolicy(Set.of(4, 101), VerlagingBase.NORM_INCL_VAKANTIEGELD, 94,
                Money.ofCents(100_000_000)), Map.of());
        assertEquals(List.of("allowedVerlagingPercentages: 4 is outside 5–100 (Pw art. 18)",
                "allowedVerlagingPercentages: 101 is outside 5–100 (Pw art. 18)",
                "voorschotMaxPercentage: 94 is outside 95–100 (Pw art. 52 lid 2: in ieder geval 95%)"), review.weigeringen());
        assertEquals(List.of("the proposal is the policy in effect"), review(GRONINGEN, Map.of()).weigeringen());
    }

    @Test
    void aThresholdAFactorTenAwayAndAnotherBaseNeedAReason() {
        TenantPolicy typo = new TenantPolicy(Set.of(5, 30, 100), VerlagingBase.NORM_EXCL_VAKANTIEGELD, 100,
                Money.ofCents(1_000_000));
        PolicyReview unreasoned = review(typo, Map.of());
        assertEquals(List.of("AFWIJKING.secondApprovalThreshold", "WIJZIGING.verlagingBase"),
                unreasoned.unreasoned().stream().map(Bevinding::code).toList());
        PolicyReview reasoned = review(typo, Map.of("AFWIJKING.secondApprovalThreshold", "x", "WIJZIGING.verlagingBase", "y"));
        assertTrue(reasoned.acceptable());
        // ten times exactly is no finding
        assertEquals(List.of(), review(new TenantPolicy(Set.of(5, 30, 100), VerlagingBase.NORM_INCL_VAKANTIEGELD, 100,
                Money.ofCents(10_000_000)), Map.of()).bevindingen());
    }
}
