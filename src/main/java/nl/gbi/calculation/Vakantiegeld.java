package nl.gbi.calculation;

/**
 * The vakantiegeld (vakantietoeslag) split: every norm and uitkering includes 5% VT. The amount excl. VT
 * is round-half-up(incl x 0,95) to the cent and VT is the rest, as all published tables do
 * (participatiewet.md section 1: 1.369,06 -> 1.300,61 + 68,45).
 */
public final class Vakantiegeld {

    private static final long EXCL_PER_MILLE = 950;

    private Vakantiegeld() {
    }

    /** The amount without vakantiegeld: round-half-up(incl x 0,95). */
    public static long calculateExclVakantiegeld(long inclCents) {
        return Rounding.perMilleHalfUp(inclCents, EXCL_PER_MILLE);
    }

    /** The vakantiegeld in an amount incl. VT: incl - round-half-up(incl x 0,95); also the monthly reservation. */
    public static long calculateVakantiegeld(long inclCents) {
        return inclCents - calculateExclVakantiegeld(inclCents);
    }
}
