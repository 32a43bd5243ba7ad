package nl.gbi.batches;

import io.vertx.core.Future;
import java.util.function.Function;

/** A transaction a use case takes its steps on and ends: committed when the steps succeed, else rolled back. */
public interface UnitOfWork {

    Future<Void> commit();

    Future<Void> rollback();

    /** Runs {@code steps} on the opened transaction; commits when they succeed, rolls back whatever failed. */
    static <W extends UnitOfWork, T> Future<T> run(Future<W> opened, Function<W, Future<T>> steps) {
        return opened.compose(tx -> {
            Future<T> done;
            try {
                done = steps.apply(tx);
            } catch (RuntimeException refused) {
                done = Future.failedFuture(refused);
            }
            return done.transform(outcome -> outcome.succeeded() ? tx.commit().map(outcome.result())
                    : tx.rollback().transform(ended -> Future.<T>failedFuture(outcome.cause())));
        });
    }
}
