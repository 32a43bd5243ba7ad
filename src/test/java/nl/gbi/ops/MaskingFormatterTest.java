package nl.gbi.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.pgclient.PgException;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class MaskingFormatterTest {

    @Test
    void bsnAndIbanNeverReachTheLogInClear() {
        LogRecord record = new LogRecord(Level.INFO, "dossier of 111222333 pays to NL91ABNA0417164300 and DE89370400440532013000");
        String line = new MaskingFormatter().format(record);
        assertFalse(line.contains("111222333"), line);
        assertFalse(line.contains("NL91ABNA0417164300"), line);
        assertFalse(line.contains("DE89370400440532013000"), line);
        assertEquals("dossier of ******333 pays to NL91****4300 and DE89****3000",
                MaskingFormatter.mask("dossier of 111222333 pays to NL91ABNA0417164300 and DE89370400440532013000"));
    }

    @Test
    void otherNumbersAreLeftAlone() {
        assertEquals("took 1234 ms for 1000000000 records", MaskingFormatter.mask("took 1234 ms for 1000000000 records"));
    }

    /** A failed cast quotes its input in the message itself; a wrapper repeats it. Neither reaches the log. */
    @Test
    void aDatabaseErrorIsLoggedWithoutTheValueItQuotes() {
        PgException cast = new PgException("invalid input syntax for type date: \"Zoë Kwaaitaal\"", "ERROR", "22007",
                "Key (naam)=(Zoë Kwaaitaal) already exists");
        LogRecord record = new LogRecord(Level.SEVERE, "chunk failed");
        record.setThrown(new IllegalStateException("store failed: " + cast.getMessage(), cast));
        String line = new MaskingFormatter().format(record);
        assertFalse(line.contains("Kwaaitaal"), line);
        assertTrue(line.contains("PostgreSQL ERROR 22007: invalid input syntax for type date"), line);
        String bare = MaskingFormatter.mask("ERROR: duplicate key value violates unique constraint \"x\" Key (dossier_id, iban)=(D1, Jan de Vries) already exists");
        assertFalse(bare.contains("Jan de Vries"), bare);
    }
}
