package nl.gbi.calculation;

import java.time.LocalDate;
import java.util.List;
import nl.gbi.domain.Medebewoner;

/**
 * The kostendelersnorm (Pw art. 22a): per person round-half-up(B x (40 + 30A) / (100A)), computed exactly
 * (multiply first, divide once). A counts the claimant, a spouse aged 21 or older and every kostendelende
 * medebewoner (Pw art. 19a): aged 27 or older, not a student (WSF 2000 / WTOS / BBL) and not a commercial renter.
 */
public final class Kostendelersnorm {

    /** Since 1-1-2023 a medebewoner counts from 27 (kostendelende medebewoner, Pw art. 19a). */
    static final int KOSTENDELER_MINIMUM_AGE = 27;

    private Kostendelersnorm() {
    }

    /** The per-person norm for A >= 2 persons with gehuwdennorm {@code bCents}. */
    public static long calculateKostendelersnorm(long bCents, int a) {
        if (a < 2) {
            throw new IllegalArgumentException("the kostendelersnorm needs A >= 2, got " + a);
        }
        return Rounding.divideHalfUp(Math.multiplyExact(bCents, 40L + 30L * a), 100L * a);
    }

    /** The number of medebewoners that count as kostendeler on {@code peildatum}. */
    public static int countKostendelendeMedebewoners(List<Medebewoner> medebewoners, LocalDate peildatum) {
        int count = 0;
        for (Medebewoner medebewoner : medebewoners) {
            if (isKostendeler(medebewoner, peildatum)) {
                count++;
            }
        }
        return count;
    }

    static boolean isKostendeler(Medebewoner medebewoner, LocalDate peildatum) {
        boolean oldEnough = !medebewoner.geboortedatum().plusYears(KOSTENDELER_MINIMUM_AGE).isAfter(peildatum);
        return oldEnough && !medebewoner.student() && !medebewoner.commercieleHuur();
    }
}
