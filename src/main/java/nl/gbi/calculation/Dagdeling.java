package nl.gbi.calculation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nl.gbi.domain.Persoon;
import nl.gbi.domain.Recht;

/**
 * Day-splitting (participatiewet.md section 6, engine rule E1): the period is cut into {@link Deel}s by the
 * start and end of the right and by the birthdays crossing 21 or the AOW-leeftijd; each part is later
 * paid as norm x days / days-in-month, rounded half up per part.
 */
final class Dagdeling {

    private Dagdeling() {
    }

    static List<Deel> splitPeriode(YearMonth periode, Recht recht, Persoon aanvrager, Persoon partner, int aowMaanden) {
        LocalDate van = max(recht.ingangsdatum(), periode.atDay(1));
        LocalDate tot = recht.einddatum() == null ? periode.atEndOfMonth() : min(recht.einddatum(), periode.atEndOfMonth());
        List<LocalDate> cuts = new ArrayList<>(4);
        addCuts(cuts, aanvrager, van, tot, aowMaanden);
        if (partner != null) {
            addCuts(cuts, partner, van, tot, aowMaanden);
        }
        cuts.sort(null);
        List<Deel> delen = new ArrayList<>(cuts.size() + 1);
        LocalDate start = van;
        for (LocalDate cut : cuts) {
            if (cut.isAfter(start)) {
                delen.add(deel(start, cut.minusDays(1), aanvrager, partner, aowMaanden));
                start = cut;
            }
        }
        delen.add(deel(start, tot, aanvrager, partner, aowMaanden));
        return delen;
    }

    private static void addCuts(List<LocalDate> cuts, Persoon persoon, LocalDate van, LocalDate tot, int aowMaanden) {
        addCutIfInside(cuts, persoon.geboortedatum().plusYears(21), van, tot);
        addCutIfInside(cuts, persoon.geboortedatum().plusMonths(aowMaanden), van, tot);
    }

    private static void addCutIfInside(List<LocalDate> cuts, LocalDate cut, LocalDate van, LocalDate tot) {
        if (cut.isAfter(van) && !cut.isAfter(tot)) {
            cuts.add(cut);
        }
    }

    private static Deel deel(LocalDate van, LocalDate tot, Persoon aanvrager, Persoon partner, int aowMaanden) {
        return new Deel(van, tot, Leeftijdsklasse.on(aanvrager.geboortedatum(), van, aowMaanden),
                partner == null ? null : Leeftijdsklasse.on(partner.geboortedatum(), van, aowMaanden));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
