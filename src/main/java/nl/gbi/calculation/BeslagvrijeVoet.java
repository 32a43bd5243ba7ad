package nl.gbi.calculation;

/**
 * The beslagvrije voet (Rv art. 475da, since 1-1-2021): 95% of the uitkering incl. vakantiegeld stays
 * with the client. Beslag and verrekening together may take at most the rest, the beslagruimte.
 * Example (VNG/KBvG): 1.075 incl. VT -> voet 1.021,25 -> ruimte 53,75.
 */
public final class BeslagvrijeVoet {

    private static final long VOET_PER_MILLE = 950;

    private BeslagvrijeVoet() {
    }

    /** round-half-up(0,95 x uitkering incl. vakantiegeld). */
    public static long calculateBeslagvrijeVoet(long uitkeringInclCents) {
        return Rounding.perMilleHalfUp(uitkeringInclCents, VOET_PER_MILLE);
    }

    /** What beslag and verrekening together may take this month: uitkering incl. minus the beslagvrije voet. */
    public static long calculateBeslagruimte(long uitkeringInclCents) {
        return uitkeringInclCents - calculateBeslagvrijeVoet(uitkeringInclCents);
    }
}
