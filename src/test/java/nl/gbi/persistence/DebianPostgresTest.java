package nl.gbi.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnection;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import nl.gbi.Directories;
import nl.gbi.EngineConfig;
import nl.gbi.TestEngine;
import nl.gbi.json.Json;
import nl.gbi.runs.RunFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PasswordUtil;

/**
 * docs/operations.md followed on Debian's PostgreSQL 15, as ops would: a cluster of the test's own (initdb in
 * a temp dir, 127.0.0.1 on a free port, TLS only, SCRAM), the DBA script copied from the docs applied as the
 * superuser, passwords set as SCRAM verifiers, and an engine on {@code GBI_DATABASE_URL} with
 * {@code sslmode=verify-full} that takes a month from intake through the betaalrun and two approvals to the
 * download. The engine has no CREATEROLE, no database ownership and sets no password; a misprepared
 * {@code gbi_app} or server log stops its start. Without Debian's binaries this test fails: .ci/run installs
 * them ({@code apt-get install -y postgresql}).
 */
class DebianPostgresTest {

    private static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
    private static final String TENANT = "GM0995";
    private static final YearMonth PERIODE = YearMonth.of(2025, 9);
    private static final String OWNER_PASSWORD = "owner-" + Long.toHexString(System.nanoTime());
    private static final String APP_PASSWORD = "app-" + Long.toHexString(System.nanoTime() * 31);

    static Path dir;
    static int port;
    static boolean root;

    @BeforeAll
    static void startCluster() throws Exception {
        for (String tool : List.of("initdb", "pg_ctl", "psql")) {
            assertTrue(Files.isExecutable(BIN.resolve(tool)), "this test needs Debian's PostgreSQL 15 (" + BIN.resolve(tool)
                    + "): apt-get install -y postgresql (.ci/run does this)");
        }
        root = "root".equals(System.getProperty("user.name"));
        dir = Files.createTempDirectory("gbi-debian-pg");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
        Path cluster = Files.createDirectories(dir.resolve("cluster"));
        Files.writeString(cluster.resolve("pwfile"), "superuser-" + System.nanoTime() + "\n");
        tls(cluster);
        if (root) {
            run(List.of("chown", "-R", "postgres:postgres", cluster.toString()));
        }
        asServer(BIN.resolve("initdb").toString(), "-D", cluster.resolve("data").toString(), "-U", "postgres", "-E", "UTF8",
                "--auth-local=trust", "--auth-host=scram-sha-256", "--pwfile=" + cluster.resolve("pwfile"));
        port = freePort();
        Files.writeString(cluster.resolve("data").resolve("pg_hba.conf"), """
                local    all  postgres                trust
                hostssl  all  all       127.0.0.1/32  scram-sha-256
                """);
        Files.writeString(cluster.resolve("data").resolve("postgresql.conf"), String.join("\n",
                "port = " + port, "listen_addresses = '127.0.0.1'", "unix_socket_directories = '" + cluster + "'",
                "ssl = on", "ssl_cert_file = '" + cluster.resolve("server.crt") + "'",
                "ssl_key_file = '" + cluster.resolve("server.key") + "'", "fsync = off",
                "log_statement = 'ddl'", "") , java.nio.file.StandardOpenOption.APPEND);
        asServer(BIN.resolve("pg_ctl").toString(), "-D", cluster.resolve("data").toString(), "-l", cluster.resolve("server.log").toString(),
                "-w", "-t", "60", "start");
        psqlFile(dbaScript(), "postgres");
        psql("ALTER ROLE gbi_owner PASSWORD '" + PasswordUtil.encodeScramSha256(OWNER_PASSWORD.toCharArray()) + "'", "postgres");
        psql("ALTER ROLE gbi_app PASSWORD '" + PasswordUtil.encodeScramSha256(APP_PASSWORD.toCharArray()) + "'", "postgres");
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (dir != null) {
            try {
                asServer(BIN.resolve("pg_ctl").toString(), "-D", dir.resolve("cluster").resolve("data").toString(),
                        "-m", "fast", "-w", "stop");
            } finally {
                Directories.delete(dir);
            }
        }
    }

    @Test
    void theDocumentedPathTakesAMonthFromIntakeToDownload() throws Exception {
        try (TestEngine engine = TestEngine.start(config("verify-full").withBetaalrun(RunFixtures.FAST))) {
            List<ObjectNode> records = RunFixtures.dossiers(TENANT, PERIODE, 400, 7);
            RunFixtures.submit(engine, engine.token(TENANT, "submitter"), records);
            String ops = engine.token(null, "ops");
            JsonNode run = RunFixtures.awaitEnd(engine, ops, RunFixtures.start(engine, ops, PERIODE.toString()), Duration.ofSeconds(180));
            assertEquals("COMPLETED", run.get("status").textValue(), run.toString());
            long batchId = RunFixtures.tenantOf(run, TENANT).get("batchId").longValue();

            String first = engine.token(TENANT, "finance-officer");
            String second = engine.token(TENANT, "finance-officer");
            JsonNode batch = TestEngine.json(engine.get("/api/v1/batches/" + batchId, first));
            assertEquals(2, batch.get("goedkeuringenNodig").intValue(), "a batch above the threshold needs two: " + batch);
            String shown = Json.MAPPER.createObjectNode().put("sha256", batch.get("sha256").textValue())
                    .put("aantal", batch.get("aantal").intValue()).toString();
            assertEquals(201, engine.approve(batchId, first, shown).statusCode());
            assertEquals(201, engine.approve(batchId, second, shown).statusCode());
            HttpResponse<String> pain001 = engine.get("/api/v1/batches/" + batchId + "/pain001", first);
            assertEquals(200, pain001.statusCode(), pain001.body());
            assertTrue(pain001.body().contains("<NbOfTxs>" + batch.get("aantal").intValue() + "</NbOfTxs>"), pain001.body());
        }
        assertEquals("f", psql("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = 'gbi_owner'", "postgres"));
        assertEquals("0", psql("SELECT count(*) FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = 'gbi_app'", "gbi"));
        String serverLog = Files.readString(dir.resolve("cluster").resolve("server.log"), StandardCharsets.UTF_8);
        assertFalse(serverLog.contains(OWNER_PASSWORD) || serverLog.contains(APP_PASSWORD), serverLog);
        assertEquals(1, serverLog.split("ALTER ROLE gbi_app PASSWORD 'SCRAM-SHA-256", -1).length - 1,
                "only the DBA step (a verifier, log_statement = ddl) set gbi_app's password, never the engine: " + serverLog);
    }

    @Test
    void requireEncryptsAndDisableIsRefusedByAServerThatWantsTls() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            DatabaseConfig require = DatabaseConfig.fromUrl(url("require"), APP_PASSWORD, 1);
            assertEquals("true", PgConnection.connect(vertx, require.app())
                    .compose(conn -> conn.query("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").execute()
                            .eventually(conn::close))
                    .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS).iterator().next().getValue(0).toString());
            DatabaseConfig disable = DatabaseConfig.fromUrl(url("disable"), APP_PASSWORD, 1);
            ExecutionException refused = assertThrows(ExecutionException.class, () -> PgConnection.connect(vertx, disable.app())
                    .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS));
            assertTrue(refused.getCause().getMessage().contains("no encryption"), refused.getCause().getMessage());
        } finally {
            vertx.close();
        }
    }

    @Test
    void aMispreparedApplicationRoleOrServerLogStopsTheStart() throws Exception {
        psql("ALTER ROLE gbi_app BYPASSRLS", "postgres");
        try {
            assertStartFails("NOBYPASSRLS");
        } finally {
            psql("ALTER ROLE gbi_app NOBYPASSRLS", "postgres");
        }
        psql("ALTER ROLE gbi_app IN DATABASE gbi RESET log_error_verbosity", "postgres");
        try {
            assertStartFails("log_error_verbosity = 'terse'");
        } finally {
            psql("ALTER ROLE gbi_app IN DATABASE gbi SET log_error_verbosity = 'terse'", "postgres");
        }
        String wrong = openFails(DatabaseConfig.fromUrl(url("verify-full"), "not-the-password", 1));
        assertTrue(wrong.contains("gbi_app") && wrong.contains("GBI_APP_DB_PASSWORD"), wrong);
        assertFalse(wrong.contains(OWNER_PASSWORD), wrong);
    }

    private static void assertStartFails(String expected) {
        String message = openFails(DatabaseConfig.fromUrl(url("verify-full"), APP_PASSWORD, 1));
        assertTrue(message.contains(expected), message);
    }

    /** What {@code serve} would report: the failure of {@link Database#open}, every cause's message. */
    private static String openFails(DatabaseConfig config) {
        Vertx vertx = Vertx.vertx();
        try {
            ExecutionException e = assertThrows(ExecutionException.class, () -> Database.open(vertx, config)
                    .toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS));
            return rootMessage(e.getCause());
        } finally {
            vertx.close();
        }
    }

    private static String rootMessage(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append(" / ");
        }
        return all.toString();
    }

    private static EngineConfig config(String sslmode) throws IOException {
        return EngineConfig.defaults(Map.of()).withPort(0).withDataDir(Files.createTempDirectory(dir, "engine"))
                .withDatabaseUrl(url(sslmode)).withAppDatabasePassword(APP_PASSWORD).withBetaalrun(nl.gbi.TestEngine.COLD);
    }

    private static String url(String sslmode) {
        String url = "postgresql://gbi_owner:" + OWNER_PASSWORD + "@127.0.0.1:" + port + "/gbi?sslmode=" + sslmode;
        return sslmode.startsWith("verify") ? url + "&sslrootcert=" + dir.resolve("cluster").resolve("server.crt") : url;
    }

    /** The script of docs/operations.md, exactly as it stands under its marker. */
    private static Path dbaScript() throws IOException {
        String doc = Files.readString(Path.of("docs/operations.md"), StandardCharsets.UTF_8);
        int marker = doc.indexOf("<!-- dba-script -->");
        assertTrue(marker >= 0, "docs/operations.md has no <!-- dba-script --> block");
        int start = doc.indexOf("```sql\n", marker) + "```sql\n".length();
        String script = doc.substring(start, doc.indexOf("```", start));
        Path file = dir.resolve("gbi-dba.sql");
        Files.writeString(file, script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        return file;
    }

    /** A self-signed certificate for 127.0.0.1; the client trusts it as its sslrootcert. */
    private static void tls(Path cluster) throws Exception {
        run(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
                "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", cluster.resolve("server.key").toString(),
                "-out", cluster.resolve("server.crt").toString()));
        Files.setPosixFilePermissions(cluster.resolve("server.key"), PosixFilePermissions.fromString("rw-------"));
        Files.setPosixFilePermissions(cluster.resolve("server.crt"), PosixFilePermissions.fromString("rw-r--r--"));
    }

    private static String psql(String sql, String database) throws Exception {
        return asServer(BIN.resolve("psql").toString(), "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1",
                "-h", dir.resolve("cluster").toString(), "-p", String.valueOf(port), "-U", "postgres", "-d", database,
                "-c", sql).strip();
    }

    private static void psqlFile(Path file, String database) throws Exception {
        asServer(BIN.resolve("psql").toString(), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", dir.resolve("cluster").toString(),
                "-p", String.valueOf(port), "-U", "postgres", "-d", database, "-f", file.toString());
    }

    /** As the postgres OS user when the test runs as root (initdb and the server refuse root). */
    private static String asServer(String... command) throws Exception {
        List<String> full = new ArrayList<>();
        if (root) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        return run(full);
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).directory(dir.toFile()).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "still running: " + command);
        assertEquals(0, process.exitValue(), command.get(root && command.get(0).equals("runuser") ? 4 : 0) + ": " + output);
        return output;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
