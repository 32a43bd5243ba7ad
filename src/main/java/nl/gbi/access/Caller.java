package nl.gbi.access;

/**
 * The authenticated token a request acts for, and the person who holds it ({@code persoon}: four eyes compare persons,
 * a person with two tokens counts once); {@code tenantId} is null for ops and admin.
 */
public record Caller(String tokenId, String tenantId, Role role, String naam, String persoon) {

    /** A caller that is a person of its own, as a token made without a persoon is. */
    public Caller(String tokenId, String tenantId, Role role, String naam) {
        this(tokenId, tenantId, role, naam, "token:" + tokenId);
    }
}
