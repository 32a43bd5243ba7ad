package nl.gbi.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
}
