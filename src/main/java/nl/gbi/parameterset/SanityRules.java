package nl.gbi.parameterset;

/**
 * The thresholds of the sanity rules: a figure that moves more than {@code maxWijzigingProcent} from the half-year
 * before is a finding (default 5: SZW's half-yearly indexations of 2024–2026 moved the norms 0,9–2,9%,
 * docs/parameters.md).
 */
public record SanityRules(int maxWijzigingProcent) {

    public static final SanityRules DEFAULTS = new SanityRules(5);

    public SanityRules {
        if (maxWijzigingProcent < 1 || maxWijzigingProcent > 100) {
            throw new IllegalArgumentException("maxWijzigingProcent is 1..100, not " + maxWijzigingProcent);
        }
    }
}
