package nl.gbi;

import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Waits for a future on a thread that may wait: the main thread of a command or a shutdown hook.
 * Never call it on an event loop — that is what Vert.x futures exist to avoid.
 */
public final class Blocking {

    private Blocking() {
    }

    /** The future did not complete in time; it may still complete later. */
    public static final class TimedOut extends IllegalStateException {
        TimedOut(long seconds) {
            super("no answer within " + seconds + " s", new TimeoutException());
        }
    }

    /** The future's value; its failure rethrown (unchecked); a timeout as {@link TimedOut}. */
    public static <T> T await(Future<T> future, long seconds) {
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<AsyncResult<T>> result = new AtomicReference<>();
        future.onComplete(outcome -> {
            result.set(outcome);
            done.countDown();
        });
        try {
            if (!done.await(seconds, TimeUnit.SECONDS)) {
                throw new TimedOut(seconds);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
        if (result.get().failed()) {
            Throwable cause = result.get().cause();
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause.getMessage(), cause);
        }
        return result.get().result();
    }
}
