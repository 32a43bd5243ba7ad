package nl.gbi.tenants;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.gbi.domain.Tenant;

/** The loaded tenants by gemeentecode, in code order. Immutable. */
public final class TenantRegistry {

    private final Map<String, Tenant> byCode;

    TenantRegistry(Map<String, Tenant> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    public Optional<Tenant> find(String gemeentecode) {
        return Optional.ofNullable(byCode.get(gemeentecode));
    }

    public Collection<Tenant> all() {
        return new TreeMap<>(byCode).values();
    }

    public int size() {
        return byCode.size();
    }
}
