package nl.gbi.access;

import java.time.Instant;

/** A newly created token: {@code token} is shown once and never stored. */
public record IssuedToken(String id, String token, String tenantId, Role role, String naam, String persoon,
                          Instant expiresAt) {
}
