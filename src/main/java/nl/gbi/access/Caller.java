package nl.gbi.access;

/** The authenticated token a request acts for; {@code tenantId} is null for ops and admin. */
public record Caller(String tokenId, String tenantId, Role role, String naam) {
}
