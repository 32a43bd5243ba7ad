package nl.gbi.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Whether a running engine holds a data directory. The embedded PostgreSQL's library locks
 * {@code <data-dir>/pg/epg-lock} for as long as its server runs; a lock we cannot take is held by another
 * engine (another process, or this JVM). Looking takes the lock for an instant and lets it go.
 */
public final class DataDirectory {

    private DataDirectory() {
    }

    public static boolean inUse(Path dataDir) {
        Path lockFile = dataDir.resolve("pg").resolve("epg-lock");
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            // Cannot even open it (permissions): not ours to judge here; the start itself will say why.
            return false;
        }
    }
}
