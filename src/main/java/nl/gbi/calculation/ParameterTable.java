package nl.gbi.calculation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The dated national figures, indexed per calendar month so that a lookup is two array reads. A month
 * without a row is unknown: the lookup refuses (PARAMETER_ONBEKEND) and never falls back
 * to another period. Built only by {@link ParameterTableParser}, which guarantees there are no overlaps.
 */
public final class ParameterTable {

    private final int firstMonthIndex;
    private final ParameterValue[][] valuesByParameterAndMonth;
    private final List<ParameterValue> rows;

    ParameterTable(int firstMonthIndex, ParameterValue[][] valuesByParameterAndMonth, List<ParameterValue> rows) {
        this.firstMonthIndex = firstMonthIndex;
        this.valuesByParameterAndMonth = valuesByParameterAndMonth;
        this.rows = List.copyOf(rows);
    }

    /** The row valid on {@code datum}; throws inside the core when the table has none. */
    ParameterValue value(Parameter parameter, LocalDate datum) {
        ParameterValue found = find(parameter, datum.getYear() * 12 + datum.getMonthValue() - 1);
        if (found == null) {
            throw CalculationRefusal.parameterOnbekend(parameter, datum);
        }
        return found;
    }

    /** The amount in cents (or months) valid on {@code datum}. */
    long get(Parameter parameter, LocalDate datum) {
        return value(parameter, datum).waarde();
    }

    /** The row valid in {@code month}, or null when the table does not know it. */
    public ParameterValue find(Parameter parameter, YearMonth month) {
        return find(parameter, monthIndex(month));
    }

    private ParameterValue find(Parameter parameter, int monthIndex) {
        int index = monthIndex - firstMonthIndex;
        ParameterValue[] values = valuesByParameterAndMonth[parameter.ordinal()];
        return index < 0 || index >= values.length ? null : values[index];
    }

    /** All rows, in the order of the file. */
    public List<ParameterValue> rows() {
        return rows;
    }

    static int monthIndex(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }
}
