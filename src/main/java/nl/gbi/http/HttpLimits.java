package nl.gbi.http;

/**
 * The bounds that keep one client from starving the others.
 *
 * @param uploadIdleSeconds {@code GBI_UPLOAD_IDLE_SECONDS}: an upload that sends no byte for this long is refused
 *                          (408) and its connection closed
 * @param requestsPerTokenMax {@code GBI_REQUESTS_PER_TOKEN_MAX}: concurrent {@code /api} requests of one token
 * @param requestsPerTenantMax {@code GBI_REQUESTS_PER_TENANT_MAX}: concurrent {@code /api} requests of one
 *                             municipality, all its tokens together; kept below the pool size so that one
 *                             municipality cannot hold every database connection
 */
public record HttpLimits(int uploadIdleSeconds, int requestsPerTokenMax, int requestsPerTenantMax) {

    public static final int UPLOAD_IDLE_SECONDS_DEFAULT = 30;
    public static final int REQUESTS_PER_TOKEN_MAX_DEFAULT = 4;
    public static final int REQUESTS_PER_TENANT_MAX_DEFAULT = 8;
    public static final HttpLimits DEFAULTS = new HttpLimits(UPLOAD_IDLE_SECONDS_DEFAULT, REQUESTS_PER_TOKEN_MAX_DEFAULT,
            REQUESTS_PER_TENANT_MAX_DEFAULT);

    public HttpLimits {
        if (uploadIdleSeconds < 1 || requestsPerTokenMax < 1 || requestsPerTenantMax < 1) {
            throw new IllegalArgumentException("GBI_UPLOAD_IDLE_SECONDS, GBI_REQUESTS_PER_TOKEN_MAX and"
                    + " GBI_REQUESTS_PER_TENANT_MAX must be at least 1");
        }
    }
}
