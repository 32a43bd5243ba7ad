package nl.gbi.parameterset;

import java.util.List;

/**
 * What {@link TenantPolicyReview} says of a proposed municipal policy: the strict refusals, each changed field with
 * its old and new value, and the findings that need a reason.
 */
public record PolicyReview(List<String> weigeringen, List<Wijziging> wijzigingen, List<Bevinding> bevindingen) {

    /** One field of the policy: what is in effect and what is proposed, as the tenant file writes them. */
    public record Wijziging(String veld, String oud, String nieuw) {
    }

    public PolicyReview {
        weigeringen = List.copyOf(weigeringen);
        wijzigingen = List.copyOf(wijzigingen);
        bevindingen = List.copyOf(bevindingen);
    }

    public List<Bevinding> unreasoned() {
        return bevindingen.stream().filter(b -> b.reden() == null).toList();
    }

    public boolean acceptable() {
        return weigeringen.isEmpty() && unreasoned().isEmpty();
    }
}
