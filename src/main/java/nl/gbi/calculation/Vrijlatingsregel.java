package nl.gbi.calculation;

import nl.gbi.domain.Vrijlating;

/**
 * The terms of each vrijlating of Pw art. 31 lid 2: the share of inkomsten uit arbeid set free, the
 * parameter holding its monthly maximum and its statutory duration in months from {@code vrijlatingSinds}
 * (engine rule E4). Our sources give no duration for ART31_2_Y, so it has none.
 */
enum Vrijlatingsregel {
    N(Vrijlating.ART31_2_N, 250, Parameter.VRIJLATING_MAX_N, 6, "Vrijlating 25% van inkomsten uit arbeid, ten hoogste het maximum per maand"),
    R(Vrijlating.ART31_2_R, 125, Parameter.VRIJLATING_MAX_R, 30,
            "Vrijlating alleenstaande ouder 12,5% van inkomsten uit arbeid, ten hoogste het maximum per maand"),
    Y(Vrijlating.ART31_2_Y, 150, Parameter.VRIJLATING_MAX_Y, Integer.MAX_VALUE,
            "Vrijlating medisch urenbeperkt 15% van inkomsten uit arbeid, ten hoogste het maximum per maand");

    private final Vrijlating vrijlating;
    final long perMille;
    final Parameter maximum;
    final int maximaleDuurMaanden;
    final String omschrijving;

    Vrijlatingsregel(Vrijlating vrijlating, long perMille, Parameter maximum, int maximaleDuurMaanden, String omschrijving) {
        this.vrijlating = vrijlating;
        this.perMille = perMille;
        this.maximum = maximum;
        this.maximaleDuurMaanden = maximaleDuurMaanden;
        this.omschrijving = omschrijving;
    }

    static Vrijlatingsregel of(Vrijlating vrijlating) {
        return switch (vrijlating) {
            case ART31_2_N -> N;
            case ART31_2_R -> R;
            case ART31_2_Y -> Y;
        };
    }

    Vrijlating vrijlating() {
        return vrijlating;
    }
}
