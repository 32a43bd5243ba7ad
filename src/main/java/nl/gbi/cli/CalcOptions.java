package nl.gbi.cli;

import java.nio.file.Path;
import nl.gbi.calculation.CalculationSettings;
import nl.gbi.domain.Tenant;
import nl.gbi.tenants.TenantConfigException;
import nl.gbi.tenants.TenantLoader;
import nl.gbi.tenants.TenantRegistry;

/**
 * The arguments of {@code calc}: {@code --tenant GM0014} takes the tenant's verlaging base and allowed percentages
 * from {@code --tenants DIR} (default {@code ./tenants}); without a tenant the documented defaults apply.
 * {@code --data-dir D} calculates with the approved parameter sets of the engine's database instead of the shipped
 * table (docs/parameters.md).
 */
record CalcOptions(String tenant, Path tenantsDir, Path dataDir) {

    static final Path DEFAULT_TENANTS_DIR = Path.of("tenants");

    static CalcOptions parse(String[] args) {
        String tenant = null;
        Path dir = DEFAULT_TENANTS_DIR;
        Path dataDir = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--tenant" -> tenant = required("--tenant", value);
                case "--tenants" -> dir = Path.of(required("--tenants", value));
                case "--data-dir" -> dataDir = Path.of(required("--data-dir", value));
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
            i++;
        }
        return new CalcOptions(tenant, dir, dataDir);
    }

    /**
     * The settings for the calculation; throws IllegalArgumentException for an unknown tenant (a bad argument) and
     * IllegalStateException for a tenants directory that cannot be read (the configuration).
     */
    CalculationSettings settings() {
        if (tenant == null) {
            return CalculationSettings.DEFAULTS;
        }
        TenantRegistry tenants;
        try {
            tenants = TenantLoader.load(tenantsDir);
        } catch (TenantConfigException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        Tenant found = tenants.find(tenant)
                .orElseThrow(() -> new IllegalArgumentException("unknown tenant " + tenant + " in " + tenantsDir));
        return CalculationSettings.of(found);
    }

    private static String required(String option, String value) {
        if (value == null || value.startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
