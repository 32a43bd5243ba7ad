package nl.gbi.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.pgclient.PgConnectOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import nl.gbi.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server keeps what it commits (nothing of the durability settings is switched off), and it is
 * private to the engine's OS user: passwords for every connection, no unix socket, 0700 directories, 0600
 * secrets and log, and a log that holds no statement, parameter or DETAIL.
 */
class EmbeddedDatabaseTest {

    @TempDir
    static Path dir;
    static TestDatabase db;

    @BeforeAll
    static void start() {
        db = TestDatabase.start(dir);
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    void commitsAreFlushedToDisk() {
        assertEquals("on", setting("fsync"));
        assertEquals("on", setting("synchronous_commit"));
        assertEquals("on", setting("full_page_writes"));
    }

    /** Ops read what each statement costs; the texts hold no value and no password (docs/operations.md). */
    @Test
    void statementStatisticsAreKeptWithoutValues() {
        assertEquals("off", setting("pg_stat_statements.track_utility"));
        db.query("SELECT count(*) FROM pg_class WHERE relname = $1", "geheim-12345");
        db.query("SELECT count(*) FROM pg_class WHERE relname = 'letterlijk-67890'");
        db.query("CREATE ROLE statistics_probe PASSWORD 'wachtwoord-in-de-tekst'");
        db.query("DROP ROLE statistics_probe");
        assertTrue(db.count("SELECT count(*) FROM pg_stat_statements WHERE query LIKE '%FROM pg_class WHERE relname = $1%'") >= 1);
        assertEquals(0, db.count("SELECT count(*) FROM pg_stat_statements WHERE query LIKE '%geheim%'"
                + " OR query LIKE '%letterlijk%' OR query LIKE '%wachtwoord%'"));
    }

    @Test
    void everyConnectionNeedsItsPassword() {
        PgConnectOptions owner = PgConnectOptions.fromUri(db.url());
        for (PgConnectOptions refused : new PgConnectOptions[] {new PgConnectOptions(owner).setPassword(""),
                new PgConnectOptions(owner).setPassword("wrong"),
                new PgConnectOptions(owner).setUser("gbi_app").setPassword(""),
                new PgConnectOptions(owner).setUser("gbi_app").setPassword(db.appPassword() + "x")}) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> db.as(refused, conn -> conn.query("SELECT 1").execute()));
            assertTrue(e.getMessage().contains("password"), e.getMessage());
        }
        assertEquals(1, db.as(new PgConnectOptions(owner).setUser("gbi_app").setPassword(db.appPassword()),
                conn -> conn.query("SELECT 1").execute()).size());
        assertEquals("scram-sha-256", setting("password_encryption"));
        assertEquals(0, db.count("SELECT count(*) FROM pg_hba_file_rules WHERE auth_method <> 'scram-sha-256'"));
        assertEquals(0, db.count("SELECT count(*) FROM pg_authid WHERE rolcanlogin AND rolpassword NOT LIKE 'SCRAM-SHA-256$%'"));
    }

    @Test
    void thereIsNoUnixSocketOnlyLoopback() {
        assertEquals("", setting("unix_socket_directories"));
        assertEquals("127.0.0.1", setting("listen_addresses"));
        int port = Integer.parseInt(setting("port"));
        assertFalse(Files.exists(Path.of("/tmp/.s.PGSQL." + port)));
        assertFalse(Files.exists(Path.of("/var/run/postgresql/.s.PGSQL." + port)));
    }

    @Test
    void filesArePrivateToTheEnginesUser() throws IOException {
        assertEquals("rwx------", mode(dir));
        assertEquals("rwx------", mode(dir.resolve("pg")));
        assertEquals("rw-------", mode(dir.resolve(EmbeddedDatabase.SUPERUSER_SECRET)));
        assertEquals("rw-------", mode(dir.resolve(EmbeddedDatabase.APP_SECRET)));
        assertEquals("rw-------", mode(dir.resolve("postgres.log")));
        assertEquals("rw-------", mode(dir.resolve("pg").resolve("pg_hba.conf")));
        assertEquals("0600", setting("log_file_mode"));
        assertEquals(db.appPassword(), Files.readString(dir.resolve(EmbeddedDatabase.APP_SECRET)).trim());
    }

    @Test
    void theLogHoldsNoStatementParameterOrDetail() {
        assertEquals("panic", setting("log_min_error_statement"));
        assertEquals("terse", setting("log_error_verbosity"));
        assertEquals("0", setting("log_parameter_max_length_on_error"));
        assertEquals("0", setting("log_parameter_max_length"));
        assertEquals("none", setting("log_statement"));
    }

    /**
     * A data directory of an older engine trusted every local connection and had no passwords: its next
     * start gives the roles their passwords and replaces pg_hba.conf.
     */
    @Test
    void aDataDirectoryThatTrustedConnectionsGetsPasswords(@TempDir Path old) throws IOException {
        try (TestDatabase first = TestDatabase.start(old)) {
            first.query("ALTER ROLE gbi_app PASSWORD NULL");
            first.query("ALTER ROLE postgres PASSWORD NULL");
        }
        Files.writeString(old.resolve("pg").resolve("pg_hba.conf"), "host all all 127.0.0.1/32 trust\n");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (TestDatabase second = TestDatabase.start(old)) {
            PgConnectOptions noPassword = PgConnectOptions.fromUri(second.url()).setPassword("");
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> second.as(noPassword,
                    conn -> conn.query("SELECT 1").execute()));
            assertTrue(e.getMessage().contains("password"), e.getMessage());
            assertEquals(0, second.count("SELECT count(*) FROM pg_hba_file_rules WHERE auth_method <> 'scram-sha-256'"));
            assertEquals("rwx------", mode(old));
        }
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static String setting(String name) {
        return db.query("SELECT current_setting($1) AS value", name).get(0).getString("value");
    }
}
