package nl.gbi.domain;

import java.util.Set;
import java.util.TreeSet;

/**
 * A municipality's own figures that are policy, not law (docs/parameters.md, "Per municipality"): the verlaging
 * percentages its afstemmingsverordening allows and their base (Pw art. 18), the share of the norm a voorschot may
 * be (Pw art. 52 lid 2: at least 95%), and the batch total from which a second approval is needed. Seeded from
 * {@code tenants/*.json}; changed only through a proposal approved by a second person.
 */
public record TenantPolicy(Set<Integer> allowedVerlagingPercentages, VerlagingBase verlagingBase,
                           int voorschotMaxPercentage, Money secondApprovalThreshold) {

    public TenantPolicy {
        allowedVerlagingPercentages = Set.copyOf(new TreeSet<>(allowedVerlagingPercentages));
    }

    public static TenantPolicy of(Tenant tenant) {
        return new TenantPolicy(tenant.allowedVerlagingPercentages(), tenant.verlagingBase(),
                tenant.voorschotMaxPercentage(), tenant.secondApprovalThreshold());
    }
}
