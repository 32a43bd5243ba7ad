package nl.gbi.calculation;

/**
 * The national figures the calculation reads from the dated parameter table, each with the article that
 * defines it. Money values are in cents and indexed on 1 January and 1 July, so a row is valid for its
 * half-year only; the AOW-leeftijd is fixed per calendar year (Algemene Ouderdomswet art. 7a).
 */
public enum Parameter {
    NORM_21_A("Pw art. 21 onderdeel a", Unit.CENTS),
    NORM_21_B("Pw art. 21 onderdeel b", Unit.CENTS),
    NORM_22_A("Pw art. 22 onderdeel a", Unit.CENTS),
    NORM_22_B("Pw art. 22 onderdeel b", Unit.CENTS),
    NORM_20_A("Pw art. 20 lid 1 onderdeel a en lid 2 onderdeel a", Unit.CENTS),
    NORM_20_1_B("Pw art. 20 lid 1 onderdeel b", Unit.CENTS),
    NORM_20_2_B("Pw art. 20 lid 2 onderdeel b", Unit.CENTS),
    NORM_20_1_C("Pw art. 20 lid 1 onderdeel c", Unit.CENTS),
    NORM_20_2_C("Pw art. 20 lid 2 onderdeel c", Unit.CENTS),
    NORM_23_A("Pw art. 23 lid 1 onderdeel a", Unit.CENTS),
    NORM_23_B("Pw art. 23 lid 1 onderdeel b", Unit.CENTS),
    VRIJLATING_MAX_N("Pw art. 31 lid 2 onderdeel n", Unit.CENTS),
    VRIJLATING_MAX_R("Pw art. 31 lid 2 onderdeel r", Unit.CENTS),
    VRIJLATING_MAX_Y("Pw art. 31 lid 2 onderdeel y", Unit.CENTS),
    AOW_LEEFTIJD_MAANDEN("Algemene Ouderdomswet art. 7a", Unit.MONTHS);

    /** How a value is written in the table and how long one row is valid. */
    public enum Unit {
        /** Euros with exactly two decimals; valid for the half-year starting at its date. */
        CENTS,
        /** A whole number of months; valid for the calendar year starting at its date. */
        MONTHS
    }

    private final String artikel;
    private final Unit unit;

    Parameter(String artikel, Unit unit) {
        this.artikel = artikel;
        this.unit = unit;
    }

    public String artikel() {
        return artikel;
    }

    public Unit unit() {
        return unit;
    }
}
