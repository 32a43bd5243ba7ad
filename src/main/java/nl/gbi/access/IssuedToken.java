package nl.gbi.access;

/** A newly created token: {@code token} is shown once and never stored. */
public record IssuedToken(String id, String token, String tenantId, Role role, String naam) {
}
