package nl.gbi.http;

import io.vertx.core.http.HttpServerResponse;

/**
 * The headers every response carries, errors included. Every {@code /api} answer may hold personal data,
 * so nothing is stored by a browser or proxy ({@code no-store}); the page is small and gets the same. The
 * policy allows the page exactly what it uses: its own scripts, styles and fetches.
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none';"
            + " frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void apply(HttpServerResponse response) {
        response.putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Referrer-Policy", "no-referrer")
                .putHeader("Cache-Control", "no-store")
                .putHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    }
}
