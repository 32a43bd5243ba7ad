package nl.gbi.access;

import java.time.Instant;

/**
 * A token as the store keeps it: never the secret itself, only its SHA-256. {@code persoon} is the person who holds
 * it; null before it is stored means a person of its own ({@code token:<id>}). {@code expired} is the database's verdict
 * at the moment it was read (its clock decides, the same for every engine instance); {@code createdAt},
 * {@code expiresAt}, {@code revokedAt} and {@code lastUsedAt} are null for a token not stored yet. {@code sessie}: an officer's
 * sign-in session on the page (valid only from its cookie, expired also after 30 minutes without use).
 */
public record StoredToken(String id, String tenantId, Role role, String naam, String persoon, byte[] secretSha256,
                          String createdBy,
                          Instant createdAt, Instant expiresAt, boolean expired, Instant revokedAt, String revokedBy,
                          Instant lastUsedAt, boolean sessie) {

    /** A new token, valid for {@code days} days from when it is stored. */
    static StoredToken made(String id, String tenantId, Role role, String naam, String persoon, byte[] secretSha256,
                            String createdBy) {
        return new StoredToken(id, tenantId, role, naam, persoon, secretSha256, createdBy, null, null, false, null, null,
                null, false);
    }

    /** A new sign-in session of an officer: {@code persoon} and {@code role} as the identity provider's claims give them. */
    static StoredToken session(String id, String tenantId, Role role, String naam, String persoon, byte[] secretSha256) {
        return new StoredToken(id, tenantId, role, naam, persoon, secretSha256, null, null, null, false, null, null, null,
                true);
    }

    public boolean usable() {
        return revokedAt == null && !expired;
    }
}
