package nl.gbi.ops;

import java.util.List;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The log format of the engine, with a last line of defence: a stack trace is written with
 * {@link SafeThrowables} (a database error by its SQLSTATE and constraint, without the values it quotes),
 * the phrases in which PostgreSQL and Jackson quote data are cut, and any nine-digit number (a possible BSN)
 * and anything shaped like an IBAN is masked before a line is written, whatever the code that logged it
 * did. The code itself logs only {@code Bsn.masked()} and {@code Iban.masked()}. Names cannot be recognised
 * by their shape; they are kept out by never logging a value, which the cut phrases enforce for the
 * database's own messages.
 */
public final class MaskingFormatter extends SimpleFormatter {

    private static final Pattern BSN = Pattern.compile("(?<![0-9])[0-9]{6}([0-9]{3})(?![0-9])");
    private static final Pattern IBAN = Pattern.compile("\\b([A-Z]{2}[0-9]{2})[A-Z0-9]{7,26}([A-Z0-9]{4})\\b");
    /** Where PostgreSQL (in English) and Jackson put a value into a message; group 1 is kept, the value goes. */
    private static final List<Pattern> QUOTED_DATA = List.of(
            Pattern.compile("(Key \\([^()]*\\)=\\().*?(?=\\) (?:already exists|is not present|conflicts|is still referenced))"),
            Pattern.compile("(Failing row contains \\().*(?=\\))"),
            Pattern.compile("(invalid input syntax for type [a-z ]+: \").*(?=\")"),
            Pattern.compile("(invalid input value for enum [a-z_.]+: \").*(?=\")"),
            Pattern.compile("((?:date/time )?field value out of range: \").*(?=\")"),
            Pattern.compile("(value \").*?(?=\" is out of range for type)"),
            Pattern.compile("(JSON data, line [0-9]+: ).*"),
            Pattern.compile("(Token \").*?(?=\" is invalid)"),
            Pattern.compile("(Unrecognized token ').*?(?=')"),
            Pattern.compile("(\\[Source: ).*?(?=; line:)"));

    @Override
    public String format(LogRecord record) {
        Throwable thrown = record.getThrown();
        if (thrown == null) {
            return mask(super.format(record));
        }
        return mask(super.format(withoutThrown(record)) + SafeThrowables.trace(thrown));
    }

    /** Masks BSNs and IBANs and cuts the values out of database and JSON parser messages. */
    public static String mask(String line) {
        String cut = line;
        for (Pattern pattern : QUOTED_DATA) {
            Matcher matcher = pattern.matcher(cut);
            cut = matcher.replaceAll(match -> Matcher.quoteReplacement(match.group(1) + "…"));
        }
        String masked = IBAN.matcher(cut).replaceAll("$1****$2");
        return BSN.matcher(masked).replaceAll("******$1");
    }

    private static LogRecord withoutThrown(LogRecord record) {
        LogRecord copy = new LogRecord(record.getLevel(), record.getMessage());
        copy.setLoggerName(record.getLoggerName());
        copy.setInstant(record.getInstant());
        copy.setParameters(record.getParameters());
        copy.setResourceBundle(record.getResourceBundle());
        copy.setResourceBundleName(record.getResourceBundleName());
        copy.setSourceClassName(record.getSourceClassName());
        copy.setSourceMethodName(record.getSourceMethodName());
        copy.setSequenceNumber(record.getSequenceNumber());
        copy.setLongThreadID(record.getLongThreadID());
        return copy;
    }
}
