package nl.gbi.calculation;

import java.util.Set;
import nl.gbi.domain.Tenant;
import nl.gbi.domain.VerlagingBase;

/**
 * The tenant's choices the calculation needs. {@code allowedVerlagingPercentages} empty means any
 * percentage from 5 to 100 (no tenant given).
 */
public record CalculationSettings(VerlagingBase verlagingBase, Set<Integer> allowedVerlagingPercentages) {

    /** The documented defaults without a tenant: verlaging on the norm incl. vakantiegeld, any 5-100%. */
    public static final CalculationSettings DEFAULTS = new CalculationSettings(VerlagingBase.NORM_INCL_VAKANTIEGELD, Set.of());

    public CalculationSettings {
        allowedVerlagingPercentages = Set.copyOf(allowedVerlagingPercentages);
    }

    public static CalculationSettings of(Tenant tenant) {
        return new CalculationSettings(tenant.verlagingBase(), tenant.allowedVerlagingPercentages());
    }
}
