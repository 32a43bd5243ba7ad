package nl.gbi.parameterset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.gbi.domain.Money;
import nl.gbi.domain.TenantPolicy;

/**
 * Reviews a municipality's proposed policy against the one in effect. Strict refusals: a verlaging percentage outside
 * 5–100 (Pw art. 18; participatiewet.md §4), a voorschot share below 95% (Pw art. 52 lid 2, since 1-1-2026: "in ieder
 * geval 95%") or above 100%, a second-approval threshold not above zero or above 100.000.000,00, a proposal that
 * changes nothing, a reason for a finding that is not there. Findings (refused unless reasoned): the threshold moving
 * by more than a factor {@link #THRESHOLD_FACTOR} ({@code AFWIJKING.secondApprovalThreshold}: 1.000.000,00 typed
 * as 10.000,00 makes every batch need two approvals, the other way round none), and a changed verlaging base
 * ({@code WIJZIGING.verlagingBase}: it changes every verlaging).
 */
public final class TenantPolicyReview {

    static final int THRESHOLD_FACTOR = 10;
    static final long THRESHOLD_MAX_CENTS = 10_000_000_000L;
    static final int VOORSCHOT_MIN_PERCENTAGE = 95;

    private TenantPolicyReview() {
    }

    public static PolicyReview review(TenantPolicy current, TenantPolicy proposed, Map<String, String> redenen) {
        List<String> weigeringen = new ArrayList<>();
        Map<String, Bevinding> bevindingen = new LinkedHashMap<>();
        if (proposed.allowedVerlagingPercentages().isEmpty() || proposed.allowedVerlagingPercentages().size() > 10) {
            weigeringen.add("allowedVerlagingPercentages: 1 to 10 percentages");
        }
        for (int percentage : new TreeSet<>(proposed.allowedVerlagingPercentages())) {
            if (percentage < 5 || percentage > 100) {
                weigeringen.add("allowedVerlagingPercentages: " + percentage + " is outside 5–100 (Pw art. 18)");
            }
        }
        if (proposed.voorschotMaxPercentage() < VOORSCHOT_MIN_PERCENTAGE || proposed.voorschotMaxPercentage() > 100) {
            weigeringen.add("voorschotMaxPercentage: " + proposed.voorschotMaxPercentage()
                    + " is outside 95–100 (Pw art. 52 lid 2: in ieder geval 95%)");
        }
        long threshold = proposed.secondApprovalThreshold().cents();
        if (threshold <= 0 || threshold > THRESHOLD_MAX_CENTS) {
            weigeringen.add("secondApprovalThreshold: " + proposed.secondApprovalThreshold().toEuros().toPlainString()
                    + " is outside 0,01–100.000.000,00");
        }
        List<PolicyReview.Wijziging> wijzigingen = new ArrayList<>();
        change(wijzigingen, "allowedVerlagingPercentages", new TreeSet<>(current.allowedVerlagingPercentages()).toString(),
                new TreeSet<>(proposed.allowedVerlagingPercentages()).toString());
        change(wijzigingen, "verlagingBase", current.verlagingBase().name(), proposed.verlagingBase().name());
        change(wijzigingen, "voorschotMaxPercentage", Integer.toString(current.voorschotMaxPercentage()),
                Integer.toString(proposed.voorschotMaxPercentage()));
        change(wijzigingen, "secondApprovalThreshold", euros(current.secondApprovalThreshold()),
                euros(proposed.secondApprovalThreshold()));
        if (wijzigingen.isEmpty()) {
            weigeringen.add("the proposal is the policy in effect");
        }
        long old = current.secondApprovalThreshold().cents();
        if (old > 0 && threshold > 0 && (threshold > old * THRESHOLD_FACTOR || threshold * THRESHOLD_FACTOR < old)) {
            add(bevindingen, "AFWIJKING.secondApprovalThreshold", "secondApprovalThreshold moves from "
                    + euros(current.secondApprovalThreshold()) + " to " + euros(proposed.secondApprovalThreshold())
                    + ": more than a factor " + THRESHOLD_FACTOR);
        }
        if (current.verlagingBase() != proposed.verlagingBase()) {
            add(bevindingen, "WIJZIGING.verlagingBase", "verlagingBase changes from " + current.verlagingBase() + " to "
                    + proposed.verlagingBase() + ": every verlaging changes");
        }
        List<Bevinding> withReasons = new ArrayList<>();
        bevindingen.values().forEach(b -> withReasons.add(new Bevinding(b.code(), b.melding(), redenen.get(b.code()))));
        for (String code : redenen.keySet()) {
            if (!bevindingen.containsKey(code)) {
                weigeringen.add("reden " + code + ": the proposal has no such finding");
            }
        }
        return new PolicyReview(weigeringen, wijzigingen, withReasons);
    }

    private static void change(List<PolicyReview.Wijziging> changes, String field, String old, String proposed) {
        if (!old.equals(proposed)) {
            changes.add(new PolicyReview.Wijziging(field, old, proposed));
        }
    }

    private static String euros(Money money) {
        return money.toEuros().toPlainString();
    }

    private static void add(Map<String, Bevinding> bevindingen, String code, String melding) {
        bevindingen.putIfAbsent(code, new Bevinding(code, melding, null));
    }
}
