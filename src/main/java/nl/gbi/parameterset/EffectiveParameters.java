package nl.gbi.parameterset;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.gbi.calculation.Parameter;
import nl.gbi.calculation.ParameterTable;
import nl.gbi.calculation.ParameterTableParser;
import nl.gbi.calculation.ParameterValue;

/**
 * The table the calculation reads, made from the approved sets in the order they were approved. A set owns the
 * half-years its money rows are in: a later set for the same half-year (a correction, {@code # vervangt}) takes over
 * all of that half-year's rows, so a half-year's figures always come from one set. The AOW-leeftijd, valid per year,
 * is taken per date from the last set that has it. {@code version} is the store's count of decisions, so the engine
 * knows when to read the table again.
 */
public final class EffectiveParameters {

    private final long version;
    private final ParameterTable table;
    private final TreeMap<YearMonth, ApprovedSet> ownerByHalfYear;
    private final Map<LocalDate, ApprovedSet> aowOwnerByDate;

    private EffectiveParameters(long version, ParameterTable table, TreeMap<YearMonth, ApprovedSet> ownerByHalfYear,
            Map<LocalDate, ApprovedSet> aowOwnerByDate) {
        this.version = version;
        this.table = table;
        this.ownerByHalfYear = ownerByHalfYear;
        this.aowOwnerByDate = aowOwnerByDate;
    }

    /** @param approved the sets in effect, oldest approval first; at least one (the shipped file is seeded) */
    public static EffectiveParameters of(long version, List<ApprovedSet> approved) {
        TreeMap<YearMonth, ApprovedSet> owners = new TreeMap<>();
        Map<LocalDate, ParameterValue> aow = new LinkedHashMap<>();
        Map<LocalDate, ApprovedSet> aowOwners = new LinkedHashMap<>();
        for (ApprovedSet set : approved) {
            for (ParameterValue row : set.rows()) {
                if (row.parameter().unit() == Parameter.Unit.CENTS) {
                    owners.put(YearMonth.from(row.geldigVanaf()), set);
                } else {
                    aow.put(row.geldigVanaf(), row);
                    aowOwners.put(row.geldigVanaf(), set);
                }
            }
        }
        List<ParameterValue> rows = new ArrayList<>();
        owners.forEach((halfYear, set) -> set.rows().stream()
                .filter(row -> row.parameter().unit() == Parameter.Unit.CENTS
                        && YearMonth.from(row.geldigVanaf()).equals(halfYear))
                .forEach(rows::add));
        rows.addAll(aow.values());
        if (rows.isEmpty()) {
            throw new IllegalStateException("no approved parameter set");
        }
        return new EffectiveParameters(version, ParameterTableParser.parse(ParameterSetDocument.canonical(rows)), owners,
                aowOwners);
    }

    public long version() {
        return version;
    }

    public ParameterTable table() {
        return table;
    }

    /** The half-year (January or July) a month belongs to. */
    public static YearMonth halfYear(YearMonth month) {
        return YearMonth.of(month.getYear(), month.getMonthValue() <= 6 ? 1 : 7);
    }

    /** The newest half-year (its January or July) an approved set gives figures for. */
    public YearMonth newestHalfYear() {
        return ownerByHalfYear.lastKey();
    }

    /** The approved set that gives {@code month} its figures, null when no set does. */
    public ApprovedSet owner(YearMonth month) {
        return ownerByHalfYear.get(halfYear(month));
    }

    /** The approved set that gives the AOW-leeftijd valid from {@code date} (a 1 January), null when none. */
    public ApprovedSet aowOwner(LocalDate date) {
        return aowOwnerByDate.get(date);
    }

    /** The set a result of {@code month} is calculated with, null when none. */
    public SetRef setFor(YearMonth month) {
        ApprovedSet owner = owner(month);
        return owner == null ? null : owner.ref();
    }

    /** The month has approved figures: at least the gehuwdennorm (Pw art. 21 b), which every norm depends on. */
    public boolean knows(YearMonth month) {
        return table.find(Parameter.NORM_21_B, month) != null;
    }

    /** The first month from {@code from} within {@code months} months without approved figures, or null. */
    public YearMonth firstUnknown(YearMonth from, int months) {
        for (int i = 0; i < months; i++) {
            if (!knows(from.plusMonths(i))) {
                return from.plusMonths(i);
            }
        }
        return null;
    }

    /** The value in effect for {@code parameter} in {@code month}, null when unknown. */
    public Long value(Parameter parameter, YearMonth month) {
        ParameterValue found = table.find(parameter, month);
        return found == null ? null : found.waarde();
    }
}
