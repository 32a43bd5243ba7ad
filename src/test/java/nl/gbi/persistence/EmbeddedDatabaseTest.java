package nl.gbi.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import nl.gbi.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server keeps what it commits: nothing of the durability settings is switched off. */
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

    private static String setting(String name) {
        return db.query("SELECT current_setting($1) AS value", name).get(0).getString("value");
    }
}
