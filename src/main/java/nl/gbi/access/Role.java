package nl.gbi.access;

import java.util.Optional;

/** The roles of the contract. Submitters and finance officers belong to a tenant; ops and admin to none. */
public enum Role {
    SUBMITTER("submitter"), FINANCE_OFFICER("finance-officer"), OPS("ops"), ADMIN("admin");

    private final String wireName;

    Role(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public boolean belongsToTenant() {
        return this == SUBMITTER || this == FINANCE_OFFICER;
    }

    public static Optional<Role> fromWireName(String name) {
        for (Role role : values()) {
            if (role.wireName.equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
