package nl.gbi.kwijtschelding;

/**
 * Why the municipality stops reclaiming (../shared/domain/law-and-practice-2026.md §1.2): ten years after the decision
 * (Pw art. 58 lid 7 a), a one-off payment of 50% of the remainder (lid 7 b), or dringende redenen (lid 8).
 */
public enum Grond {
    PW_58_7A("Participatiewet art. 58 lid 7 a (tien jaar)"),
    PW_58_7B("Participatiewet art. 58 lid 7 b (50% van het restant betaald)"),
    PW_58_8("Participatiewet art. 58 lid 8 (dringende redenen)");

    private final String omschrijving;

    Grond(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public static Grond parse(String text) {
        for (Grond g : values()) {
            if (g.name().equals(text)) {
                return g;
            }
        }
        return null;
    }
}
