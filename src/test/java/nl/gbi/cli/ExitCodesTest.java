package nl.gbi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.pgclient.PgConnectOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.gbi.EngineProcess;
import nl.gbi.Main;
import nl.gbi.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Fails loudly": the real commands, as ops start them, on each way a start goes wrong. Each ends by itself with
 * its documented code and one line naming what, why and what to do; none exits 0, none hangs, none prints the
 * database password or a stack trace.
 */
class ExitCodesTest {

    private static final long HANG_SECONDS = 120;

    @Test
    void aTakenPortIsExit4WithOneLine(@TempDir Path dir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            GbiProcess serve = GbiProcess.run(dir, Map.of(), HANG_SECONDS, "serve", "--port",
                    String.valueOf(taken.getLocalPort()), "--data-dir", dir.resolve("data").toString());
            assertFails(serve, ExitCode.PORT_UNAVAILABLE, "gbi serve: cannot listen on 127.0.0.1:" + taken.getLocalPort());
            assertTrue(serve.failureLines().get(0).contains("--port"), "says what to do: " + serve.err());
        }
    }

    @Test
    void anUnreachableDatabaseIsExit5(@TempDir Path dir) throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closed = socket.getLocalPort();
        }
        GbiProcess serve = GbiProcess.run(dir, Map.of("GBI_DATABASE_URL",
                "postgresql://gbi_owner:s3cret-Pw@127.0.0.1:" + closed + "/gbi"), HANG_SECONDS,
                "serve", "--port", "0", "--data-dir", dir.resolve("data").toString());
        assertFails(serve, ExitCode.DATABASE_UNREACHABLE, "gbi serve: cannot reach PostgreSQL at 127.0.0.1:" + closed + "/gbi");
        assertFalse(serve.err().contains("s3cret-Pw"), "never the password: " + serve.err());
    }

    @Test
    void aRefusingDatabaseIsExit6AndAChangedMigrationExit7(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.start(dir.resolve("db"))) {
            PgConnectOptions owner = PgConnectOptions.fromUri(db.url());
            String wrong = "postgresql://" + owner.getUser() + ":Wrong-Pw-1@127.0.0.1:" + owner.getPort() + "/" + owner.getDatabase();
            GbiProcess refused = GbiProcess.run(dir, Map.of("GBI_DATABASE_URL", wrong), HANG_SECONDS,
                    "serve", "--port", "0", "--data-dir", dir.resolve("data").toString());
            assertFails(refused, ExitCode.DATABASE_REFUSED, "gbi serve: PostgreSQL at 127.0.0.1:" + owner.getPort());
            assertTrue(refused.err().contains("28P01"), "names PostgreSQL's reason: " + refused.err());
            assertFalse(refused.err().contains("Wrong-Pw-1"), refused.err());

            String noSuchDatabase = "postgresql://" + owner.getUser() + ":" + owner.getPassword() + "@127.0.0.1:"
                    + owner.getPort() + "/no_such_db";
            GbiProcess missing = GbiProcess.run(dir, Map.of("GBI_DATABASE_URL", noSuchDatabase), HANG_SECONDS,
                    "serve", "--port", "0", "--data-dir", dir.resolve("data").toString());
            assertFails(missing, ExitCode.DATABASE_REFUSED, "gbi serve: PostgreSQL at 127.0.0.1:" + owner.getPort() + "/no_such_db");
            assertFalse(missing.err().contains(owner.getPassword()), missing.err());

            // What ran in production was edited afterwards: the recorded checksum no longer matches the file.
            db.query("CREATE TABLE schema_migrations (version integer PRIMARY KEY, checksum text NOT NULL,"
                    + " applied_at timestamptz NOT NULL DEFAULT now())");
            db.query("INSERT INTO schema_migrations (version, checksum) VALUES (1, 'edited')");
            GbiProcess edited = GbiProcess.run(dir, Map.of("GBI_DATABASE_URL", db.url(),
                    "GBI_APP_DB_PASSWORD", db.appPassword()), HANG_SECONDS,
                    "serve", "--port", "0", "--data-dir", dir.resolve("data").toString());
            assertFails(edited, ExitCode.MIGRATION_FAILED, "gbi serve: the schema in PostgreSQL at");
            assertTrue(edited.err().contains("migration V001 was edited after it was applied"), edited.err());
        }
    }

    @Test
    void aDataDirectoryInUseIsExit8ForAuditVerifyServeAndDemo(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        try (EngineProcess running = EngineProcess.start(data)) {
            running.awaitPort();
            Result audit = main("audit", "verify", "--data-dir", data.toString());
            assertEquals(ExitCode.DATA_DIR_IN_USE.code(), audit.exit, audit.err);
            assertTrue(audit.err.startsWith("gbi audit verify: the data directory " + data + " is in use"), audit.err);
            assertEquals(1, audit.err.lines().count(), audit.err);
            Result serve = main("serve", "--port", "0", "--data-dir", data.toString());
            assertEquals(ExitCode.DATA_DIR_IN_USE.code(), serve.exit, serve.err);
            Result demo = main("demo", "--port", "0", "--exit", "--data-dir", data.toString(), "--out", dir.resolve("out").toString());
            assertEquals(ExitCode.DATA_DIR_IN_USE.code(), demo.exit, demo.err);
            assertTrue(demo.err.startsWith("gbi demo: the data directory"), demo.err);
        }
    }

    @Test
    void helpWorksOnEveryCommandAndABadOptionIsExit2() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"serve", "--help"}, new String[] {"demo", "-h"},
                new String[] {"calc", "--help"}, new String[] {"audit", "--help"}, new String[] {"audit", "verify", "--help"})) {
            Result help = main(args);
            assertEquals(0, help.exit, String.join(" ", args));
            assertTrue(help.out.startsWith("usage: java -jar target/gbi.jar"), help.out);
            assertTrue(help.out.contains("Exit codes:") && help.out.contains("DATABASE_UNREACHABLE"), help.out);
            assertEquals("", help.err, String.join(" ", args));
        }
        for (String[] args : List.of(new String[] {}, new String[] {"bogus"}, new String[] {"serve", "--bogus", "1"},
                new String[] {"serve", "--port"}, new String[] {"serve", "--port", "eighty"}, new String[] {"demo", "--bogus"},
                new String[] {"calc", "--bogus"}, new String[] {"audit"}, new String[] {"audit", "bogus"},
                new String[] {"audit", "verify", "--bogus", "x"})) {
            Result bad = main(args);
            assertEquals(ExitCode.USAGE.code(), bad.exit, String.join(" ", args) + ": " + bad.err);
            assertTrue(bad.err.startsWith("gbi") && bad.err.contains("usage:"), bad.err);
            assertEquals("", bad.out, String.join(" ", args));
        }
    }

    @Test
    void aBadSettingIsExit3() {
        Result serve = main(Map.of("GBI_DB_POOL_SIZE", "many"), "serve", "--port", "0");
        assertEquals(ExitCode.CONFIGURATION.code(), serve.exit, serve.err);
        assertTrue(serve.err.startsWith("gbi serve: configuration: "), serve.err);
        Result url = main(Map.of("GBI_DATABASE_URL", "mysql://nobody@localhost/x"), "serve", "--port", "0");
        assertEquals(ExitCode.CONFIGURATION.code(), url.exit, url.err);
    }

    private static void assertFails(GbiProcess run, ExitCode expected, String lineStart) {
        assertEquals(expected.code(), run.exit(), "exit code; stderr:\n" + run.err());
        List<String> lines = run.failureLines();
        assertEquals(1, lines.size(), "one line about the failure:\n" + run.err());
        assertTrue(lines.get(0).startsWith(lineStart), lines.get(0));
        assertTrue(lines.get(0).endsWith("(exit " + expected.code() + ", " + expected.name() + ")"), lines.get(0));
        assertFalse(run.err().contains("\tat "), "no stack trace:\n" + run.err());
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result main(String... args) {
        return main(Map.of(), args);
    }

    private static Result main(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
