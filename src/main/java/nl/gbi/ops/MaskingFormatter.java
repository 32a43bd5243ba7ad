package nl.gbi.ops;

import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import java.util.regex.Pattern;

/**
 * The log format of the engine, with a last line of defence: any nine-digit number (a possible BSN) and
 * anything shaped like an IBAN is masked before a line is written, whatever the code that logged it did.
 * The code itself logs only {@code Bsn.masked()} and {@code Iban.masked()}.
 */
public final class MaskingFormatter extends SimpleFormatter {

    private static final Pattern BSN = Pattern.compile("(?<![0-9])[0-9]{6}([0-9]{3})(?![0-9])");
    private static final Pattern IBAN = Pattern.compile("\\b([A-Z]{2}[0-9]{2})[A-Z0-9]{7,26}([A-Z0-9]{4})\\b");

    @Override
    public String format(LogRecord record) {
        return mask(super.format(record));
    }

    public static String mask(String line) {
        String masked = IBAN.matcher(line).replaceAll("$1****$2");
        return BSN.matcher(masked).replaceAll("******$1");
    }
}
