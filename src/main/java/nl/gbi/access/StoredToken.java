package nl.gbi.access;

/** A token as the store keeps it: never the secret itself, only its SHA-256. */
public record StoredToken(String id, String tenantId, Role role, String naam, byte[] secretSha256, String createdBy) {
}
