package nl.gbi.calculation;

import nl.gbi.domain.VerlagingBase;

/**
 * The verlaging (maatregel) of Pw art. 18: round-half-up(base x percentage / 100), where the base is the
 * month's norm incl. vakantiegeld or, as a tenant's choice, its published amount excl. vakantiegeld
 * (engine rule E6).
 */
final class Maatregel {

    static final String BRON = "Pw art. 18 lid 2; afstemmingsverordening van de gemeente";

    private Maatregel() {
    }

    static long calculateVerlaging(long normInclCents, int percentage, VerlagingBase base) {
        long baseCents = base == VerlagingBase.NORM_INCL_VAKANTIEGELD
                ? normInclCents
                : Vakantiegeld.calculateExclVakantiegeld(normInclCents);
        return Rounding.divideHalfUp(Math.multiplyExact(baseCents, percentage), 100);
    }

    static String describe(int percentage, VerlagingBase base, String reden) {
        return "Verlaging " + percentage + "% van de norm "
                + (base == VerlagingBase.NORM_INCL_VAKANTIEGELD ? "incl." : "excl.") + " vakantiegeld"
                + (reden == null || reden.isBlank() ? "" : " (" + reden + ")");
    }
}
