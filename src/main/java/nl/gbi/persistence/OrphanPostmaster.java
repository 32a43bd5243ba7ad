package nl.gbi.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * An engine killed with {@code kill -9} leaves its embedded postmaster running on the data directory, and a
 * new one cannot start beside it. When no live engine holds the directory's lock, such an orphan is stopped
 * (SIGTERM: a smart shutdown, it has no clients left) before the new server starts; PostgreSQL's own crash
 * recovery does the rest. A directory locked by a live engine is never touched.
 */
final class OrphanPostmaster {

    private static final Logger LOG = Logger.getLogger(OrphanPostmaster.class.getName());
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);

    private OrphanPostmaster() {
    }

    static void stopIfAny(Path pgDir) throws IOException {
        Path pidFile = pgDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Path lockFile = pgDir.resolve("epg-lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("another engine is using " + pgDir + "; stop it first or use another --data-dir");
            }
            postmaster(pidFile).ifPresent(OrphanPostmaster::stop);
        }
    }

    private static Optional<ProcessHandle> postmaster(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).trim().matches("[0-9]+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(command -> command.endsWith("/postgres")).orElse(false));
    }

    private static void stop(ProcessHandle postmaster) {
        LOG.warning("Stopping the embedded PostgreSQL (pid " + postmaster.pid() + ") left running by an engine that died");
        postmaster.destroy();
        Instant deadline = Instant.now().plus(STOP_WAIT);
        while (postmaster.isAlive() && Instant.now().isBefore(deadline)) {
            try {
                postmaster.onExit().get(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException e) {
                // not gone yet; look again
            }
        }
        if (postmaster.isAlive()) {
            throw new IllegalStateException("the orphaned PostgreSQL (pid " + postmaster.pid() + ") did not stop");
        }
    }
}
