package nl.gbi.calculation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The strict reader of the parameter table. One row per line:
 * {@code KEY | geldigVanaf (YYYY-MM-DD) | waarde | publicatie}; blank lines and lines starting with {@code #}
 * are ignored. It refuses, all at once, unknown keys, values that are not whole cents (exactly two
 * decimals) or whole months, dates that are not an indexation date, a missing publication, and duplicate
 * or overlapping rows. Pure: it gets the text, the caller does the reading.
 */
public final class ParameterTableParser {

    private static final int FIELDS = 4;

    private ParameterTableParser() {
    }

    public static ParameterTable parse(String text) {
        List<String> problems = new ArrayList<>();
        List<ParameterValue> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                parseRow(line, i + 1, problems, rows);
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add("the table has no rows");
        }
        ParameterTable table = problems.isEmpty() ? index(rows, problems) : null;
        if (!problems.isEmpty()) {
            throw new ParameterTableException(problems);
        }
        return table;
    }

    private static void parseRow(String line, int lineNumber, List<String> problems, List<ParameterValue> rows) {
        String[] fields = line.split("\\|", -1);
        if (fields.length != FIELDS) {
            problems.add("line " + lineNumber + ": expected " + FIELDS + " fields separated by |, found " + fields.length);
            return;
        }
        int before = problems.size();
        Parameter parameter = parseKey(fields[0].strip(), lineNumber, problems);
        LocalDate geldigVanaf = parseDate(fields[1].strip(), lineNumber, problems);
        String publicatie = fields[3].strip();
        if (publicatie.isEmpty()) {
            problems.add("line " + lineNumber + ": the publication (legal source) is missing");
        }
        if (parameter == null || geldigVanaf == null) {
            return;
        }
        checkIndexationDate(parameter, geldigVanaf, lineNumber, problems);
        long waarde = parseValue(parameter, fields[2].strip(), lineNumber, problems);
        if (problems.size() == before) {
            rows.add(new ParameterValue(parameter, geldigVanaf, waarde, publicatie));
        }
    }

    private static Parameter parseKey(String key, int lineNumber, List<String> problems) {
        try {
            return Parameter.valueOf(key);
        } catch (IllegalArgumentException unknown) {
            problems.add("line " + lineNumber + ": unknown parameter key '" + key + "'");
            return null;
        }
    }

    private static LocalDate parseDate(String date, int lineNumber, List<String> problems) {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException notADate) {
            problems.add("line " + lineNumber + ": '" + date + "' is not a date YYYY-MM-DD");
            return null;
        }
    }

    private static void checkIndexationDate(Parameter parameter, LocalDate date, int lineNumber, List<String> problems) {
        boolean halfYearStart = date.getDayOfMonth() == 1 && (date.getMonthValue() == 1 || date.getMonthValue() == 7);
        boolean yearStart = date.getDayOfMonth() == 1 && date.getMonthValue() == 1;
        boolean ok = parameter.unit() == Parameter.Unit.CENTS ? halfYearStart : yearStart;
        if (!ok) {
            problems.add("line " + lineNumber + ": " + parameter + " can only change on "
                    + (parameter.unit() == Parameter.Unit.CENTS ? "1 January or 1 July" : "1 January") + ", not " + date);
        }
    }

    private static long parseValue(Parameter parameter, String value, int lineNumber, List<String> problems) {
        boolean cents = parameter.unit() == Parameter.Unit.CENTS;
        String pattern = cents ? "[0-9]{1,9}\\.[0-9]{2}" : "[0-9]{1,4}";
        if (!value.matches(pattern)) {
            problems.add("line " + lineNumber + ": " + parameter + " value '" + value + "' is not "
                    + (cents ? "a whole number of cents written with exactly two decimals" : "a whole number of months"));
            return 0;
        }
        return Long.parseLong(cents ? value.replace(".", "") : value);
    }

    private static ParameterTable index(List<ParameterValue> rows, List<String> problems) {
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (ParameterValue row : rows) {
            first = Math.min(first, startIndex(row));
            last = Math.max(last, startIndex(row) + validMonths(row) - 1);
        }
        ParameterValue[][] byMonth = new ParameterValue[Parameter.values().length][last - first + 1];
        for (ParameterValue row : rows) {
            ParameterValue[] months = byMonth[row.parameter().ordinal()];
            for (int m = startIndex(row) - first, end = m + validMonths(row); m < end; m++) {
                if (months[m] != null) {
                    problems.add(row.parameter() + " from " + row.geldigVanaf() + " overlaps or duplicates the row from "
                            + months[m].geldigVanaf());
                    break;
                }
                months[m] = row;
            }
        }
        return new ParameterTable(first, byMonth, rows);
    }

    private static int startIndex(ParameterValue row) {
        return ParameterTable.monthIndex(YearMonth.from(row.geldigVanaf()));
    }

    private static int validMonths(ParameterValue row) {
        return row.parameter().unit() == Parameter.Unit.CENTS ? 6 : 12;
    }
}
