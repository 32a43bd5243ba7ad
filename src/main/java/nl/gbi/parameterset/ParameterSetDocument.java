package nl.gbi.parameterset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gbi.calculation.Parameter;
import nl.gbi.calculation.ParameterTableException;
import nl.gbi.calculation.ParameterTableParser;
import nl.gbi.calculation.ParameterValue;

/**
 * Reads a proposed set in the shipped file's line format ({@code KEY | geldig vanaf | waarde | publicatie}) with the
 * strict parser of the calculation, plus three directives in comment lines:
 * <ul>
 *   <li>{@code # reden CODE: why} — the reason for a sanity finding ({@link Bevinding#code()});</li>
 *   <li>{@code # afwezig KEY: why} — the key has no figure in the set's half-years (e.g. not published);</li>
 *   <li>{@code # vervangt N} — the set corrects approved set N, whose half-years it takes over.</li>
 * </ul>
 * Every problem is reported at once, with its line number.
 */
public final class ParameterSetDocument {

    /** A set is at most a few half-years of 15 keys; more lines than this is not a parameter set. */
    public static final int MAX_LINES = 2_000;

    private ParameterSetDocument() {
    }

    public static Proposal parse(String text) {
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        if (lines.length > MAX_LINES) {
            throw new ParameterTableException(List.of("a set has at most " + MAX_LINES + " lines, this one " + lines.length));
        }
        Map<String, String> redenen = new LinkedHashMap<>();
        Map<Parameter, String> afwezig = new LinkedHashMap<>();
        Long vervangt = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.startsWith("#")) {
                continue;
            }
            String directive = line.substring(1).strip();
            int number = i + 1;
            if (directive.startsWith("reden ")) {
                String[] parts = split(directive.substring(6), number, "reden CODE: why", problems);
                if (parts != null && redenen.put(parts[0], parts[1]) != null) {
                    problems.add("line " + number + ": a second reason for " + parts[0]);
                }
            } else if (directive.startsWith("afwezig ")) {
                String[] parts = split(directive.substring(8), number, "afwezig KEY: why", problems);
                if (parts != null) {
                    try {
                        if (afwezig.put(Parameter.valueOf(parts[0]), parts[1]) != null) {
                            problems.add("line " + number + ": " + parts[0] + " is declared absent twice");
                        }
                    } catch (IllegalArgumentException unknown) {
                        problems.add("line " + number + ": unknown parameter key '" + parts[0] + "'");
                    }
                }
            } else if (directive.startsWith("vervangt ")) {
                String id = directive.substring(9).strip();
                if (!id.matches("[1-9][0-9]{0,17}")) {
                    problems.add("line " + number + ": 'vervangt' takes the id of an approved set, not '" + id + "'");
                } else if (vervangt != null) {
                    problems.add("line " + number + ": a set supersedes at most one set");
                } else {
                    vervangt = Long.parseLong(id);
                }
            }
        }
        List<ParameterValue> rows = List.of();
        try {
            rows = ParameterTableParser.parse(text).rows();
        } catch (ParameterTableException invalid) {
            problems.addAll(0, invalid.problems());
        }
        if (!problems.isEmpty()) {
            throw new ParameterTableException(problems);
        }
        return new Proposal(rows, redenen, afwezig, vervangt, sha256(rows));
    }

    private static String[] split(String rest, int number, String form, List<String> problems) {
        int colon = rest.indexOf(':');
        String code = colon < 0 ? "" : rest.substring(0, colon).strip();
        String why = colon < 0 ? "" : rest.substring(colon + 1).strip();
        if (code.isEmpty() || code.contains(" ") || why.isEmpty()) {
            problems.add("line " + number + ": write '# " + form + "'");
            return null;
        }
        return new String[] {code, why};
    }

    /**
     * The figures in one canonical text, sorted by date and key: what the set's hash is taken over, and what the
     * effective table is read from again. An auditor recomputes it with {@code sha256sum}.
     */
    public static String canonical(List<ParameterValue> rows) {
        StringBuilder text = new StringBuilder();
        rows.stream().sorted(Comparator.comparing(ParameterValue::geldigVanaf)
                        .thenComparing(row -> row.parameter().ordinal()))
                .forEach(row -> text.append(row.parameter()).append(" | ").append(row.geldigVanaf()).append(" | ")
                        .append(waarde(row)).append(" | ").append(row.publicatie()).append('\n'));
        return text.toString();
    }

    /** The value as the file writes it: euros with two decimals, or whole months. */
    public static String waarde(ParameterValue row) {
        return waarde(row.parameter(), row.waarde());
    }

    public static String waarde(Parameter parameter, long value) {
        if (parameter.unit() == Parameter.Unit.MONTHS) {
            return Long.toString(value);
        }
        String sign = value < 0 ? "-" : "";
        long abs = Math.abs(value);
        return sign + abs / 100 + "." + (abs % 100 < 10 ? "0" : "") + abs % 100;
    }

    public static String sha256(List<ParameterValue> rows) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical(rows).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java has SHA-256", missing);
        }
    }
}
