package nl.gbi.calculation;

import java.time.LocalDate;
import nl.gbi.domain.Berekening;
import nl.gbi.domain.Kind;
import nl.gbi.domain.Leefvorm;
import nl.gbi.domain.Woonsituatie;

/**
 * The facts of the household that select the norm, fixed on the first day of the period (engine rule E2):
 * whether there are children and how many medebewoners are kostendeler. Ages of aanvrager and partner
 * vary per {@link Deel} instead.
 */
record Huishouden(Leefvorm leefvorm, Woonsituatie woonsituatie, boolean metKinderen, int kostendelendeMedebewoners) {

    static Huishouden of(Berekening berekening, LocalDate peildatum) {
        return new Huishouden(
                berekening.leefvorm(),
                berekening.woonsituatie() == null ? Woonsituatie.ZELFSTANDIG : berekening.woonsituatie(),
                hasChildBornBy(berekening, peildatum),
                Kostendelersnorm.countKostendelendeMedebewoners(berekening.medebewoners(), peildatum));
    }

    private static boolean hasChildBornBy(Berekening berekening, LocalDate peildatum) {
        for (Kind kind : berekening.kinderen()) {
            if (!kind.geboortedatum().isAfter(peildatum)) {
                return true;
            }
        }
        return false;
    }

    boolean gehuwd() {
        return leefvorm == Leefvorm.GEHUWDEN;
    }
}
