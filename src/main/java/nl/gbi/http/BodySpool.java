package nl.gbi.http;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.FileSystem;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpServerRequest;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.function.Supplier;
import java.util.logging.Logger;
import nl.gbi.domain.EngineError;

/**
 * Writes a request body to a private file (mode 0600) as it arrives, with the body limit, the idle timeout
 * and its SHA-256, so that no database connection waits for a slow client and no body is held in memory.
 * On any failure (too large, stalled, the client hung up, a disk error) the file is deleted before the
 * failure is handed on; on success the caller owns the file and deletes it with {@link #delete}.
 */
final class BodySpool {

    private static final Logger LOG = Logger.getLogger(BodySpool.class.getName());
    static final String PREFIX = "intake-";
    static final String SUFFIX = ".body";

    /** A body on disk: where, how long, and its SHA-256. */
    record Spooled(String path, long bytes, byte[] sha256) {
    }

    private final FileSystem fs;
    private final String dir;

    BodySpool(FileSystem fs, String dir) {
        this.fs = fs;
        this.dir = dir;
    }

    /** Makes the spool directory (0700) and removes what a crashed engine may have left there. */
    Future<Void> prepare() {
        return fs.mkdirs(dir, "rwx------")
                .compose(made -> fs.readDir(dir, "\\Q" + PREFIX + "\\E.*\\Q" + SUFFIX + "\\E"))
                .compose(left -> Future.all(left.stream().map(this::delete).toList()))
                .mapEmpty();
    }

    /** The whole body in a file, or the first failure (TOO_LARGE from {@code tooLarge} past {@code maxBytes}). */
    Future<Spooled> spool(HttpServerRequest request, long maxBytes, Supplier<EngineError> tooLarge) {
        return fs.createTempFile(dir, PREFIX, SUFFIX, "rw-------").compose(path -> fs.open(path, new OpenOptions().setWrite(true))
                .compose(file -> new Writer(request, file, maxBytes, tooLarge).run())
                .map(written -> new Spooled(path, written.bytes, written.digest.digest()))
                .recover(failure -> delete(path).transform(deleted -> Future.failedFuture(failure))));
    }

    /** Deletes a spool file; a file that cannot be deleted is logged, never the request's failure. */
    Future<Void> delete(String path) {
        return fs.delete(path).recover(failure -> {
            LOG.warning(() -> "could not delete the spool file " + path + ": " + failure.getMessage());
            return Future.succeededFuture();
        });
    }

    /** Copies one body into one open file; closes the file before it completes, whatever the outcome. */
    private static final class Writer {
        private final HttpServerRequest request;
        private final AsyncFile file;
        private final long maxBytes;
        private final Supplier<EngineError> tooLarge;
        private final Promise<Writer> done = Promise.promise();
        private final MessageDigest digest = sha256();
        private UploadIdleTimeout idle;
        private long bytes;
        private boolean ended;

        Writer(HttpServerRequest request, AsyncFile file, long maxBytes, Supplier<EngineError> tooLarge) {
            this.request = request;
            this.file = file;
            this.maxBytes = maxBytes;
            this.tooLarge = tooLarge;
        }

        Future<Writer> run() {
            idle = UploadIdleTimeout.start(request, this::fail);
            file.exceptionHandler(this::fail);
            request.exceptionHandler(this::fail);
            request.endHandler(end -> onEnd());
            request.handler(this::onPiece);
            request.resume();
            return done.future();
        }

        private void onPiece(Buffer piece) {
            idle.touch();
            if (ended) {
                return;
            }
            bytes += piece.length();
            if (bytes > maxBytes) {
                fail(tooLarge.get());
                return;
            }
            digest.update(piece.getBytes());
            file.write(piece).onFailure(this::fail);
            if (file.writeQueueFull()) {
                request.pause();
                file.drainHandler(drained -> {
                    idle.touch();
                    if (!ended) {
                        request.resume();
                    }
                });
            }
        }

        private void onEnd() {
            if (ended) {
                return;
            }
            ended = true;
            idle.stop();
            // close waits for the writes still queued, so the file is whole when this completes
            file.close().onComplete(closed -> done.handle(closed.map(this)));
        }

        private void fail(Throwable failure) {
            if (ended) {
                return;
            }
            ended = true;
            idle.stop();
            if (!request.isEnded()) {
                request.pause();
            }
            file.close().onComplete(closed -> done.fail(failure));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
