package nl.gbi.tenants;

/** A tenant file that stops the start-up; the message names the file and every offending field. */
public final class TenantConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TenantConfigException(String message) {
        super(message);
    }
}
