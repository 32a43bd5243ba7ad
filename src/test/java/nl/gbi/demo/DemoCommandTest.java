package nl.gbi.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.gbi.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @Test
    void theDemoSubmitsEveryTenantsDossiersOnceEvenWhenRunTwice(@TempDir Path dir) {
        String first = demo(dir);
        assertTrue(first.contains("GM0014  Gemeente Groningen                   20           20          0"), first);
        assertEquals(13, first.lines().filter(line -> line.matches("GM\\d{4} .* 20 +20 +0")).count(), first);
        String second = demo(dir);
        assertTrue(second.contains("GM0363  Gemeente Amsterdam                   20           20          0"), second);
        try (TestDatabase db = TestDatabase.start(dir)) {
            assertEquals(13 * 20, db.count("SELECT count(*) FROM berekeningen"), "the second run stored nothing again");
            assertEquals(1, db.count("SELECT max(versie) FROM latest_berekeningen"));
        }
    }

    @Test
    void badOptionsAreRefused() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = DemoCommand.run(new String[] {"--dossiers", "0"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(64, exit);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--dossiers"));
    }

    private static String demo(Path dir) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = DemoCommand.run(new String[] {"--dossiers", "20", "--port", "0", "--periode", "2026-11", "--exit",
                "--data-dir", dir.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, exit, out.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
