package nl.gbi.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.gbi.TestDatabase;
import nl.gbi.TestEngine;
import nl.gbi.batches.ContentHash;
import nl.gbi.sepa.pain001.Pain001Check;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    /**
     * The whole job: intake, run, two approvals, export, with one municipality's batch left awaiting approval
     * and the tokens printed; a second demo of the period pays nothing again.
     */
    @Test
    void theDemoPaysEveryTenantOnceAndLeavesOneBatchForThePage(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        String first = demo(dir, out);
        assertEquals(12, first.lines().filter(line -> line.matches("GM\\d{4} +\\d+ +[0-9.]+ +1 yes +[0-9a-f]{64}")).count(), first);
        assertEquals(1, first.lines().filter(line -> line.matches("GM0014 +\\d+ +[0-9.]+ +1 - +\\(awaiting approval: batch \\d+, .*")).count(), first);
        assertTrue(first.contains("Awaiting approval: GM0014 Gemeente Groningen, batch "), first);
        Matcher ops = Pattern.compile("\n  ops +(\\S+) ").matcher(first);
        assertTrue(ops.find(), first);
        Matcher officer = Pattern.compile("\n  GM0014 +(\\S+) +(\\S+)").matcher(first);
        assertTrue(officer.find(), first);
        List<Path> files;
        try (Stream<Path> listed = Files.list(out)) {
            files = listed.sorted().toList();
        }
        assertEquals(12, files.size());
        for (Path file : files) {
            assertTrue(Pain001Check.check(file).offerable(), file.toString());
            assertTrue(first.contains(ContentHash.hex(ContentHash.sha256(Files.readAllBytes(file)))), "the table shows each file's hash");
        }
        String second = demo(dir, out);
        assertEquals(13, second.lines().filter(line -> line.contains("(nothing new to pay)")).count(), second);
        try (TestDatabase db = TestDatabase.start(dir)) {
            assertEquals(13 * 20, db.count("SELECT count(*) FROM berekeningen"), "the second demo stored nothing again");
            assertEquals(13, db.count("SELECT count(*) FROM batches"), "and paid nothing again");
            assertEquals(12, db.count("SELECT count(*) FROM batches WHERE state = 'EXPORTED'"));
            assertEquals(1, db.count("SELECT count(*) FROM batches WHERE state = 'AWAITING_APPROVAL' AND tenant_id = 'GM0014'"));
        }
        try (TestEngine engine = TestEngine.start(dir)) {
            assertEquals(200, engine.get("/api/v1/betaalruns", ops.group(1)).statusCode(), "the printed ops token works");
            HttpResponse<String> waiting = engine.get("/api/v1/batches?status=AWAITING_APPROVAL", officer.group(1));
            assertEquals(200, waiting.statusCode(), waiting.body());
            assertTrue(waiting.body().contains("\"AWAITING_APPROVAL\""), "the officer sees the batch to approve: " + waiting.body());
        }
    }

    @Test
    void badOptionsAreRefused() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = DemoCommand.run(new String[] {"--dossiers", "0"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, exit);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--dossiers"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage:"));
    }

    private static String demo(Path dir, Path out) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit = DemoCommand.run(new String[] {"--dossiers", "20", "--port", "0", "--periode", "2026-11", "--exit",
                "--data-dir", dir.toString(), "--out", out.toString()}, new PrintStream(output, true, StandardCharsets.UTF_8),
                System.err);
        assertEquals(0, exit, output.toString(StandardCharsets.UTF_8));
        return output.toString(StandardCharsets.UTF_8);
    }
}
