package nl.gbi.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Tuple;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import nl.gbi.TestDatabase;
import nl.gbi.TestEngine;
import nl.gbi.json.SampleBerekeningen;
import nl.gbi.ops.MaskingFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Personal data stays out of both logs when statements fail the way a careless case system or a bug makes
 * them fail: the embedded server's {@code postgres.log} and the engine's log (through {@link MaskingFormatter},
 * captured from JUL) hold the error, never the BSN, IBAN or name in it.
 */
class LogPrivacyTest {

    static final String BSN = "123456782";
    static final String IBAN = "NL20INGB0001234567";
    static final String OLD_IBAN = "NL91ABNA0417164300";
    static final String NAME = "Zoë Kwaaitaal";

    @TempDir
    static Path dir;
    static TestDatabase db;
    static TestEngine engine;
    static final StringBuilder engineLog = new StringBuilder();
    static final Handler CAPTURE = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (engineLog) {
                engineLog.append(getFormatter().format(record));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeAll
    static void start() {
        CAPTURE.setFormatter(new MaskingFormatter());
        CAPTURE.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(CAPTURE);
        db = TestDatabase.start(dir.resolve("db"));
        engine = TestEngine.start(db.engineConfig(dir.resolve("engine")));
    }

    @AfterAll
    static void stop() {
        engine.close();
        db.close();
        Logger.getLogger("").removeHandler(CAPTURE);
    }

    /**
     * A text with an escaped NUL is valid json but no jsonb: the intake once cast each record to jsonb to lift
     * blocked IBANs, and the failing cast put the whole record in the server's log (CONTEXT) and gave a 500.
     */
    @Test
    void aRecordThatWouldBreakAJsonbCastIsNeverAServerErrorNorLogged() throws IOException {
        db.query("INSERT INTO blocked_ibans (tenant_id, dossier_id, iban, reason_code) VALUES ('GM0014', 'GM0014-NUL', $1, 'AC04')",
                OLD_IBAN);
        ObjectNode record = person(SampleBerekeningen.example("GM0014-NUL", "2025-07"));
        ((ObjectNode) record.get("inhoudingen").get(0)).put("kenmerk", "huur\u0000juli " + NAME);
        HttpResponse<String> response = engine.submit(engine.token("GM0014", "submitter"), "application/json",
                "[" + record + "]", null);

        assertTrue(response.statusCode() == 200 || response.statusCode() == 400, response.statusCode() + " " + response.body());
        long stored = db.count("SELECT count(*) FROM berekeningen WHERE dossier_id = 'GM0014-NUL'");
        long blocked = db.count("SELECT count(*) FROM blocked_ibans WHERE dossier_id = 'GM0014-NUL' AND lifted_at IS NULL");
        assertEquals(stored == 1 ? 0 : 1, blocked, "stored with another IBAN lifts the block; refused keeps it");
        assertNoPersonalData();
    }

    /** A unique violation quotes the key (here dossier and IBAN), a not-null violation the whole row, in DETAIL. */
    @Test
    void integrityViolationsOfTheApplicationRoleLogNoKeyOrRow() throws IOException {
        PgConnectOptions app = DatabaseConfig.fromUrl(db.url(), db.appPassword(), 1).app();
        String insert = "INSERT INTO blocked_ibans (tenant_id, dossier_id, iban, reason_code) VALUES ('GM0014', $1, $2, $3)";
        PgException unique = failure(() -> db.as(app, conn -> conn.begin()
                .compose(tx -> conn.preparedQuery("SELECT set_config('gbi.tenant', 'GM0014', true)").execute())
                .compose(set -> conn.preparedQuery(insert).execute(Tuple.of(BSN, IBAN, "AC01")))
                .compose(once -> conn.preparedQuery(insert).execute(Tuple.of(BSN, IBAN, "AC01")))));
        assertEquals("23505", unique.getSqlState());
        PgException notNull = failure(() -> db.as(app, conn -> conn.begin()
                .compose(tx -> conn.preparedQuery("SELECT set_config('gbi.tenant', 'GM0014', true)").execute())
                .compose(set -> conn.preparedQuery(insert).execute(Tuple.of(BSN, IBAN + " " + NAME, null)))));
        assertEquals("23502", notNull.getSqlState());

        Logger.getLogger("nl.gbi.test").log(Level.SEVERE, "store failed", new IllegalStateException(
                "chunk not stored: " + unique.getMessage(), unique));
        Logger.getLogger("nl.gbi.test").log(Level.SEVERE, "store failed: " + notNull.getMessage(), notNull);
        assertTrue(engineLog().contains("23505 constraint blocked_ibans_active"), engineLog());
        assertTrue(serverLog().contains("duplicate key value violates unique constraint \"blocked_ibans_active\""),
                "the error itself is logged: " + serverLog());
        assertNoPersonalData();
    }

    /** A json or jsonb cast of a text puts the token and the text itself in DETAIL and CONTEXT. */
    @Test
    void aFailingJsonCastLogsNoInput() throws IOException {
        PgConnectOptions app = DatabaseConfig.fromUrl(db.url(), db.appPassword(), 1).app();
        String input = "{\"naam\": \"" + NAME + "\", \"bsn\": \"" + BSN + "\", \"iban\": \"" + IBAN + "\", \"kenmerk\": \"\\u0000\"}";
        PgException nul = failure(() -> db.as(app, conn -> conn.preparedQuery("SELECT CAST($1::text AS jsonb)").execute(Tuple.of(input))));
        assertEquals("22P05", nul.getSqlState());
        PgException syntax = failure(() -> db.as(app, conn -> conn.preparedQuery("SELECT CAST($1::text AS json)")
                .execute(Tuple.of("{\"naam\": \"" + NAME + "\" " + BSN + "}"))));
        assertEquals("22P02", syntax.getSqlState());
        Logger.getLogger("nl.gbi.test").log(Level.WARNING, "cast failed", syntax);
        assertNoPersonalData();
    }

    private static ObjectNode person(ObjectNode record) {
        ((ObjectNode) record.get("aanvrager")).put("bsn", BSN).put("naam", NAME);
        ((ObjectNode) record.get("betaalrekening")).put("iban", IBAN).put("tenaamstelling", NAME);
        return record;
    }

    private static PgException failure(Runnable statement) {
        IllegalStateException e = assertThrows(IllegalStateException.class, statement::run);
        return assertInstanceOf(PgException.class, e.getCause());
    }

    private static void assertNoPersonalData() throws IOException {
        String server = serverLog();
        String engine = engineLog();
        for (String secret : List.of(BSN, IBAN, NAME, "Kwaaitaal")) {
            assertFalse(server.contains(secret), "postgres.log holds " + secret + ":\n" + server);
            assertFalse(engine.contains(secret), "the engine's log holds " + secret + ":\n" + engine);
        }
    }

    private static String serverLog() throws IOException {
        return Files.readString(dir.resolve("db").resolve("postgres.log"), StandardCharsets.UTF_8);
    }

    private static String engineLog() {
        synchronized (engineLog) {
            return engineLog.toString();
        }
    }
}
