package nl.gbi.http;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.WebServerRequest;
import java.util.function.Consumer;

/**
 * The idle timeout of one upload: a body reader starts it when it starts reading, calls {@link #touch()} on
 * every piece and {@link #stop()} when the body ended or failed. When no byte came for the configured number
 * of seconds it hands {@code onIdle} a {@link Stalled} failure once, on the request's event loop.
 */
final class UploadIdleTimeout {

    /** Where {@link HttpApi} leaves the idle seconds in each request's routing context. */
    static final String SECONDS = "gbi.uploadIdleSeconds";

    private final Vertx vertx;
    private final long timerId;
    private long lastByteNanos = System.nanoTime();
    private boolean stopped;

    private UploadIdleTimeout(Vertx vertx, int seconds, Consumer<Stalled> onIdle) {
        this.vertx = vertx;
        long idleNanos = seconds * 1_000_000_000L;
        // A check a few times per period instead of a new timer per piece: a 256 MB body is thousands of pieces.
        this.timerId = vertx == null ? -1 : vertx.setPeriodic(Math.max(100, seconds * 250L), id -> {
            if (!stopped && System.nanoTime() - lastByteNanos > idleNanos) {
                stop();
                onIdle.accept(new Stalled(seconds));
            }
        });
    }

    /** Starts the timeout of {@code request}'s body; a request that did not come through the router gets none. */
    static UploadIdleTimeout start(HttpServerRequest request, Consumer<Stalled> onIdle) {
        if (request instanceof WebServerRequest web && web.routingContext().get(SECONDS) instanceof Integer seconds) {
            return new UploadIdleTimeout(web.routingContext().vertx(), seconds, onIdle);
        }
        return new UploadIdleTimeout(null, 0, onIdle);
    }

    void touch() {
        lastByteNanos = System.nanoTime();
    }

    void stop() {
        if (!stopped && vertx != null) {
            vertx.cancelTimer(timerId);
        }
        stopped = true;
    }

    /** The failure of an upload that stalled: 408, its connection closed, nothing of it stored. */
    static final class Stalled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stalled(int seconds) {
            super("Geen byte ontvangen in " + seconds + " seconden; het verzoek is afgebroken en er is niets van opgeslagen",
                    null, false, false);
        }
    }
}
