package nl.gbi.opschorting;

/**
 * The legal basis of a hold (../shared/domain/law-and-practice-2026.md §1.2): the address in the BRP does not match
 * (Pw art. 40 lid 2), the woonsituatie is not established (art. 53a lid 4), or the client failed to provide what was
 * asked (art. 54 lid 1, at most 8 weeks before the right is withdrawn from the first held day).
 */
public enum Grondslag {
    PW_40("Participatiewet art. 40 lid 2 (adres in de BRP)"),
    PW_53A("Participatiewet art. 53a lid 4 (woonsituatie)"),
    PW_54("Participatiewet art. 54 lid 1 (verzuim)");

    private final String omschrijving;

    Grondslag(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }

    /** The grondslag named {@code text}, or null when there is none. */
    public static Grondslag parse(String text) {
        for (Grondslag g : values()) {
            if (g.name().equals(text)) {
                return g;
            }
        }
        return null;
    }
}
