package nl.gbi.ops;

import io.vertx.pgclient.PgException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A stack trace as {@link Throwable#printStackTrace()} writes it, except for what a database error says:
 * a {@link PgException} is written as its severity, SQLSTATE, the constraint, table and column it names and
 * its message, with every quoted value of a data exception (SQLSTATE class 22: the input that did not cast)
 * cut. Its DETAIL, HINT, WHERE and internal query (which quote keys, rows and parameters) are never
 * written, and neither is its message where a wrapping exception repeats it.
 */
final class SafeThrowables {

    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
    private static final int FRAMES_MAX = 60;

    private SafeThrowables() {
    }

    static String trace(Throwable thrown) {
        StringBuilder out = new StringBuilder();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        append(out, thrown, "", seen);
        return out.toString();
    }

    private static void append(StringBuilder out, Throwable t, String prefix, Set<Throwable> seen) {
        if (!seen.add(t)) {
            out.append(prefix).append("[circular reference]").append(System.lineSeparator());
            return;
        }
        out.append(prefix).append(t.getClass().getName());
        String message = message(t);
        if (message != null) {
            out.append(": ").append(message);
        }
        out.append(System.lineSeparator());
        StackTraceElement[] frames = t.getStackTrace();
        for (int i = 0; i < Math.min(frames.length, FRAMES_MAX); i++) {
            out.append("\tat ").append(frames[i]).append(System.lineSeparator());
        }
        if (frames.length > FRAMES_MAX) {
            out.append("\t... ").append(frames.length - FRAMES_MAX).append(" more").append(System.lineSeparator());
        }
        for (Throwable suppressed : t.getSuppressed()) {
            append(out, suppressed, "Suppressed: ", seen);
        }
        if (t.getCause() != null) {
            append(out, t.getCause(), "Caused by: ", seen);
        }
    }

    /** The message of {@code t}, with the message of any database error in its causes replaced by its safe form. */
    static String message(Throwable t) {
        if (t instanceof PgException pg) {
            return describe(pg);
        }
        String message = t.getMessage();
        if (message == null) {
            return null;
        }
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = t.getCause(); cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof PgException pg && pg.getMessage() != null && !pg.getMessage().isEmpty()) {
                message = message.replace(pg.getMessage(), describe(pg));
            }
        }
        return message;
    }

    static String describe(PgException pg) {
        StringBuilder out = new StringBuilder("PostgreSQL ").append(pg.getSeverity()).append(' ').append(pg.getSqlState());
        named(out, "constraint", pg.getConstraint());
        named(out, "table", pg.getTable());
        named(out, "column", pg.getColumn());
        String text = pg.getErrorMessage() == null ? "" : pg.getErrorMessage();
        if (pg.getSqlState() != null && pg.getSqlState().startsWith("22")) {
            text = QUOTED.matcher(text).replaceAll("\"…\"");
        }
        return out.append(": ").append(text).toString();
    }

    private static void named(StringBuilder out, String what, String name) {
        if (name != null && !name.isEmpty()) {
            out.append(' ').append(what).append(' ').append(name);
        }
    }
}
