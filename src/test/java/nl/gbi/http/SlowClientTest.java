package nl.gbi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.stream.Stream;
import nl.gbi.TestDatabase;
import nl.gbi.TestEngine;
import nl.gbi.json.SampleBerekeningen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One client cannot starve the others (issue 10, point 3), on real engines with raw sockets that send their
 * headers and part of a body and then stall. {@code patient} has an idle timeout far longer than the test, so
 * its stalled uploads stay until the test hangs them up; {@code strict} refuses an upload after 2 idle seconds.
 */
class SlowClientTest {

    private static final Duration INSTANT = Duration.ofSeconds(10);
    private static final int STALLED = 24;
    private static final String INTAKE = "/api/v1/berekeningen";

    @TempDir
    static Path dir;
    static TestDatabase db;
    static TestEngine patient;
    static TestEngine strict;

    @BeforeAll
    static void start() {
        db = TestDatabase.start(dir.resolve("db"));
        patient = TestEngine.start(db.engineConfig(dir.resolve("patient")).withHttpLimits(new HttpLimits(600, 8, STALLED)));
        strict = TestEngine.start(db.engineConfig(dir.resolve("strict")).withHttpLimits(new HttpLimits(2, 8, STALLED)));
    }

    @AfterAll
    static void stop() {
        strict.close();
        patient.close();
        db.close();
    }

    @Test
    void stalledUploadsOfOneMunicipalityStarveNoOneAndAHangUpIsLoggedAsSuch() throws Exception {
        List<String> tokens = List.of(patient.token("GM0014", "submitter"), patient.token("GM0014", "submitter"),
                patient.token("GM0014", "submitter"));
        List<RawUpload> stalled = new ArrayList<>();
        try (LogCapture log = new LogCapture()) {
            for (int i = 0; i < STALLED; i++) {
                stalled.add(RawUpload.stall(patient.port(), INTAKE, tokens.get(i / 8), "application/json", 100_000,
                        "[" + SampleBerekeningen.example("STALL-" + i, "2025-07") + ","));
                if (i == 7) {
                    int spooling = i + 1;
                    await(() -> spoolFiles(dir.resolve("patient")) == spooling, "the first token's uploads are being spooled");
                    assertSaturated(submit(patient, tokens.get(0), "STALL-TOKEN"), "Dit token");
                }
            }
            await(() -> spoolFiles(dir.resolve("patient")) == STALLED, "every stalled upload is being spooled");

            HttpResponse<String> health = TestEngine.send(patient.request("/health", null).timeout(INSTANT).GET());
            assertEquals(200, health.statusCode(), health.body());
            HttpResponse<String> amsterdam = TestEngine.send(patient.request(INTAKE, patient.token("GM0363", "submitter"))
                    .timeout(INSTANT).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(IntakeApiTest.array(SampleBerekeningen.example("AMS-1", "2025-07")))));
            assertEquals("{\"ontvangen\":1,\"geaccepteerd\":1,\"afgewezen\":[]}", amsterdam.body());

            assertSaturated(submit(patient, patient.token("GM0014", "submitter"), "STALL-25"), "Deze gemeente");

            for (int i = 0; i < STALLED; i++) {
                stalled.get(i).hangUp(i % 2 == 0);
            }
            await(() -> log.count(Level.INFO, "client hung up during POST /api/v1/berekeningen") == STALLED,
                    "every hang-up is logged as one: " + log.records().size() + " records");
            assertEquals(List.of(), log.atLeast(Level.WARNING).stream().map(r -> r.getMessage()).toList(),
                    "a hang-up is no error");
            await(() -> spoolFiles(dir.resolve("patient")) == 0, "the spool files of hung-up uploads are deleted");
            assertEquals(0, db.count("SELECT count(*) FROM berekeningen WHERE dossier_id LIKE 'STALL-%'"));
            assertEquals(200, submit(patient, tokens.get(0), "AFTER-1").statusCode(), "the permits came back");
        } finally {
            for (RawUpload upload : stalled) {
                upload.close();
            }
        }
    }

    @Test
    void anUploadThatStallsIsRefusedAndItsConnectionClosed() throws Exception {
        // the engines share one database, so tokens issued through the first are valid on both
        String submitter = patient.token("GM0014", "submitter");
        String officer = patient.token("GM0014", "finance-officer");
        try (LogCapture log = new LogCapture();
             RawUpload intake = RawUpload.stall(strict.port(), INTAKE, submitter, "application/x-ndjson", 50_000,
                     SampleBerekeningen.example("IDLE-1", "2025-07") + "\n");
             RawUpload bankFile = RawUpload.stall(strict.port(), "/api/v1/returns", officer, "application/xml", 50_000,
                     "<?xml version=\"1.0\"?><Document");
             RawUpload command = RawUpload.stall(strict.port(), "/api/v1/tokens", patient.adminToken(), "application/json",
                     500, "{\"tenant\":")) {
            for (RawUpload upload : List.of(intake, bankFile, command)) {
                String answer = upload.readToClose();
                assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
                assertTrue(answer.contains("application/problem+json") && answer.contains("niets van opgeslagen"), answer);
                assertTrue(answer.toLowerCase().contains("connection: close"), answer);
            }
            assertEquals(3, log.count(Level.INFO, "upload stalled on POST"), "one line each");
            assertEquals(List.of(), log.atLeast(Level.WARNING).stream().map(r -> r.getMessage()).toList());
        }
        assertEquals(0, db.count("SELECT count(*) FROM berekeningen WHERE dossier_id = 'IDLE-1'"));
        await(() -> spoolFiles(dir.resolve("strict")) == 0, "the spool file of a stalled upload is deleted");
    }

    private static HttpResponse<String> submit(TestEngine engine, String token, String dossierId) {
        return TestEngine.send(engine.request(INTAKE, token).timeout(INSTANT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(IntakeApiTest.array(SampleBerekeningen.example(dossierId, "2025-07")))));
    }

    private static void assertSaturated(HttpResponse<String> response, String who) {
        IntakeApiTest.assertProblem(response, 503);
        assertTrue(TestEngine.json(response).get("detail").textValue().startsWith(who), response.body());
        assertEquals(String.valueOf(FailureHandler.RETRY_AFTER_SECONDS), response.headers().firstValue("Retry-After").orElse(""));
        assertEquals(0, db.count("SELECT count(*) FROM berekeningen WHERE dossier_id IN ('STALL-25', 'STALL-TOKEN')"));
    }

    private static long spoolFiles(Path dataDir) {
        try (Stream<Path> files = Files.list(dataDir.resolve("spool"))) {
            return files.count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not within 15 s: " + what);
    }
}
