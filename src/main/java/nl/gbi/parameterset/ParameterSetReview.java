package nl.gbi.parameterset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import nl.gbi.calculation.Parameter;
import nl.gbi.calculation.ParameterValue;

/**
 * Reviews a proposed set against the sets in effect. Strict refusals (no reason lifts them): a half-year (or an
 * AOW-leeftijd's year) that an approved set already owns unless the proposal supersedes exactly that set; a key of a half-year that is neither
 * given nor declared absent (for a January set also the AOW-leeftijd of that year); a key both given and declared
 * absent; a reason for a finding that is not there. Sanity findings (refused unless the proposal gives a reason per
 * code): a figure more than {@link SanityRules#maxWijzigingProcent()} from the half-year before
 * ({@code AFWIJKING}), a relation the law fixes between norms broken ({@code VERHOUDING}), a figure outside the range
 * any norm or maximum has had ({@code BEREIK}). Rules and sources in docs/parameters.md.
 */
public final class ParameterSetReview {

    /** Euro cents a published norm lies from the exact fraction the law gives (1-1-2026: 1.401,50 for 1.401,49). */
    static final long ROUNDING_CENTS = 2;
    /** The range of a monthly norm incl. vakantiegeld, in cents: every published norm lies between. */
    static final long NORM_MIN = 10_000;
    static final long NORM_MAX = 500_000;
    /** The range of a vrijlating maximum per month, in cents. */
    static final long VRIJLATING_MIN = 5_000;
    static final long VRIJLATING_MAX = 100_000;
    /** The AOW-leeftijd in months: 66 to 75 years. */
    static final long AOW_MIN = 792;
    static final long AOW_MAX = 900;

    private ParameterSetReview() {
    }

    public static Review review(Proposal proposal, EffectiveParameters effective, SanityRules rules) {
        List<String> weigeringen = new ArrayList<>();
        Map<String, Bevinding> bevindingen = new LinkedHashMap<>();
        TreeMap<YearMonth, Map<Parameter, ParameterValue>> byHalfYear = new TreeMap<>();
        Map<Parameter, ParameterValue> aow = new EnumMap<>(Parameter.class);
        for (ParameterValue row : proposal.rows()) {
            if (row.parameter().unit() == Parameter.Unit.CENTS) {
                byHalfYear.computeIfAbsent(YearMonth.from(row.geldigVanaf()), h -> new EnumMap<>(Parameter.class))
                        .put(row.parameter(), row);
            } else {
                aow.put(row.parameter(), row);
            }
        }
        supersedes(proposal, effective, byHalfYear.keySet(), aow.values(), weigeringen);
        complete(proposal, effective, byHalfYear, weigeringen);
        List<Verschil> verschillen = new ArrayList<>();
        for (ParameterValue row : proposal.rows()) {
            verschillen.add(verschil(row, effective, rules, bevindingen));
            range(row, bevindingen);
        }
        byHalfYear.forEach((halfYear, given) -> relations(halfYear, given, bevindingen));
        List<Bevinding> withReasons = new ArrayList<>();
        for (Bevinding b : bevindingen.values()) {
            withReasons.add(new Bevinding(b.code(), b.melding(), proposal.redenen().get(b.code())));
        }
        for (String code : proposal.redenen().keySet()) {
            if (!bevindingen.containsKey(code)) {
                weigeringen.add("reden " + code + ": the set has no such finding");
            }
        }
        return new Review(weigeringen, verschillen, withReasons);
    }

    private static void supersedes(Proposal proposal, EffectiveParameters effective, Set<YearMonth> halfYears,
            Collection<ParameterValue> aowRows, List<String> weigeringen) {
        Set<Long> owners = new LinkedHashSet<>();
        for (ParameterValue row : aowRows) {
            ApprovedSet owner = effective.aowOwner(row.geldigVanaf());
            if (owner == null) {
                continue;
            }
            owners.add(owner.id());
            if (!Long.valueOf(owner.id()).equals(proposal.vervangt())) {
                weigeringen.add(row.parameter() + " of " + row.geldigVanaf().getYear() + " is approved (set " + owner.id()
                        + "); a correction supersedes that set with '# vervangt " + owner.id() + "'");
            }
        }
        for (YearMonth halfYear : halfYears) {
            ApprovedSet owner = effective.owner(halfYear);
            if (owner == null) {
                continue;
            }
            owners.add(owner.id());
            if (!Long.valueOf(owner.id()).equals(proposal.vervangt())) {
                weigeringen.add("the half-year of " + halfYear.atDay(1) + " has approved figures (set " + owner.id()
                        + "); a correction supersedes that set with '# vervangt " + owner.id() + "'");
            }
        }
        if (proposal.vervangt() != null && !owners.contains(proposal.vervangt())) {
            weigeringen.add("vervangt " + proposal.vervangt() + ": that set is not in effect for a half-year of this set");
        }
    }

    private static void complete(Proposal proposal, EffectiveParameters effective,
            TreeMap<YearMonth, Map<Parameter, ParameterValue>> byHalfYear, List<String> weigeringen) {
        for (Map.Entry<YearMonth, Map<Parameter, ParameterValue>> half : byHalfYear.entrySet()) {
            for (Parameter key : Parameter.values()) {
                boolean given = half.getValue().containsKey(key);
                boolean absent = proposal.afwezig().containsKey(key);
                if (key.unit() == Parameter.Unit.MONTHS) {
                    boolean january = half.getKey().getMonthValue() == 1;
                    boolean known = effective.value(key, half.getKey()) != null || proposal.rows().stream()
                            .anyMatch(r -> r.parameter() == key && r.geldigVanaf().getYear() == half.getKey().getYear());
                    if (january && !known && !absent) {
                        weigeringen.add(key + " for " + half.getKey().getYear() + " is neither given nor known; give it or"
                                + " write '# afwezig " + key + ": why'");
                    }
                } else if (given && absent) {
                    weigeringen.add(key + " is given for " + half.getKey().atDay(1) + " and declared absent");
                } else if (!given && !absent) {
                    weigeringen.add(key + " is missing for " + half.getKey().atDay(1) + "; give it or write '# afwezig "
                            + key + ": why'");
                }
            }
        }
    }

    private static Verschil verschil(ParameterValue row, EffectiveParameters effective, SanityRules rules,
            Map<String, Bevinding> bevindingen) {
        YearMonth month = YearMonth.from(row.geldigVanaf());
        YearMonth before = month.minusMonths(row.parameter().unit() == Parameter.Unit.CENTS ? 6 : 12);
        Long vorige = effective.value(row.parameter(), before);
        Long huidig = effective.value(row.parameter(), month);
        String procent = null;
        if (vorige != null && vorige > 0) {
            BigDecimal change = BigDecimal.valueOf(row.waarde() - vorige).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(vorige), 2, RoundingMode.HALF_UP);
            procent = change.toPlainString();
            if (Math.abs(row.waarde() - vorige) * 100 > (long) rules.maxWijzigingProcent() * vorige) {
                add(bevindingen, "AFWIJKING." + row.parameter() + "." + row.geldigVanaf(), row.parameter() + " "
                        + ParameterSetDocument.waarde(row) + " moves " + procent + "% from "
                        + ParameterSetDocument.waarde(row.parameter(), vorige) + " (" + before.atDay(1)
                        + "); more than " + rules.maxWijzigingProcent() + "% is a finding");
            }
        }
        return new Verschil(row.parameter(), row.geldigVanaf(), vorige, huidig, row.waarde(), procent);
    }

    private static void range(ParameterValue row, Map<String, Bevinding> bevindingen) {
        long min;
        long max;
        if (row.parameter().unit() == Parameter.Unit.MONTHS) {
            min = AOW_MIN;
            max = AOW_MAX;
        } else if (row.parameter().name().startsWith("VRIJLATING")) {
            min = VRIJLATING_MIN;
            max = VRIJLATING_MAX;
        } else {
            min = NORM_MIN;
            max = NORM_MAX;
        }
        if (row.waarde() < min || row.waarde() > max) {
            add(bevindingen, "BEREIK." + row.parameter() + "." + row.geldigVanaf(), row.parameter() + " "
                    + ParameterSetDocument.waarde(row) + " is outside " + ParameterSetDocument.waarde(row.parameter(), min)
                    + " – " + ParameterSetDocument.waarde(row.parameter(), max));
        }
    }

    /** The relations the law fixes, on the half-year's figures as given (a key declared absent is not checked). */
    private static void relations(YearMonth halfYear, Map<Parameter, ParameterValue> given,
            Map<String, Bevinding> bevindingen) {
        LocalDate date = halfYear.atDay(1);
        Function<Parameter, Long> v = key -> given.containsKey(key) ? Long.valueOf(given.get(key).waarde())
                : null;
        Long alleenstaande = v.apply(Parameter.NORM_21_A);
        Long gehuwden = v.apply(Parameter.NORM_21_B);
        if (alleenstaande != null && gehuwden != null) {
            long expected = (gehuwden * 7 + 5) / 10;
            if (Math.abs(alleenstaande - expected) > ROUNDING_CENTS) {
                add(bevindingen, "VERHOUDING.NORM_21_A." + date, "NORM_21_A " + cents(alleenstaande)
                        + " is not 70% of NORM_21_B " + cents(gehuwden) + " (" + cents(expected) + "; Pw art. 21)");
            }
        }
        Long jong = v.apply(Parameter.NORM_20_A);
        Long jongGehuwd = v.apply(Parameter.NORM_20_1_B);
        if (jong != null && jongGehuwd != null && Math.abs(jongGehuwd - 2 * jong) > ROUNDING_CENTS) {
            add(bevindingen, "VERHOUDING.NORM_20_1_B." + date, "NORM_20_1_B " + cents(jongGehuwd)
                    + " is not twice NORM_20_A " + cents(jong) + " (Pw art. 20 lid 1)");
        }
        higher(Parameter.NORM_21_B, Parameter.NORM_21_A, v, date, bevindingen);
        higher(Parameter.NORM_22_B, Parameter.NORM_22_A, v, date, bevindingen);
        higher(Parameter.NORM_22_A, Parameter.NORM_21_A, v, date, bevindingen);
        higher(Parameter.NORM_22_B, Parameter.NORM_21_B, v, date, bevindingen);
        higher(Parameter.NORM_20_2_B, Parameter.NORM_20_1_B, v, date, bevindingen);
        higher(Parameter.NORM_20_2_C, Parameter.NORM_20_1_C, v, date, bevindingen);
        higher(Parameter.NORM_23_B, Parameter.NORM_23_A, v, date, bevindingen);
        higher(Parameter.VRIJLATING_MAX_N, Parameter.VRIJLATING_MAX_R, v, date, bevindingen);
        higher(Parameter.VRIJLATING_MAX_N, Parameter.VRIJLATING_MAX_Y, v, date, bevindingen);
    }

    private static void higher(Parameter high, Parameter low, Function<Parameter, Long> v, LocalDate date,
            Map<String, Bevinding> bevindingen) {
        Long h = v.apply(high);
        Long l = v.apply(low);
        if (h != null && l != null && h <= l) {
            add(bevindingen, "VERHOUDING." + high + "." + date, high + " " + cents(h) + " is not above " + low + " "
                    + cents(l));
        }
    }

    private static String cents(long value) {
        return ParameterSetDocument.waarde(Parameter.NORM_21_A, value);
    }

    private static void add(Map<String, Bevinding> bevindingen, String code, String melding) {
        bevindingen.putIfAbsent(code, new Bevinding(code, melding, null));
    }
}
