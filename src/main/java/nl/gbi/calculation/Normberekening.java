package nl.gbi.calculation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.gbi.domain.Money;

/**
 * The household's norm for the month: one {@link NormDeel} per {@link Deel}, each part
 * round-half-up(norm x days / days-in-month) unless it covers the whole month (engine rule E1), and one
 * NORM or KOSTENDELERSNORM line per part.
 */
final class Normberekening {

    static final String BRON_DAGDELING = "; dagdeling (docs/calculation.md E1)";

    private Normberekening() {
    }

    static Norm calculateNorm(YearMonth periode, List<Deel> delen, Huishouden huishouden, ParameterTable table,
            List<Regel> regels) {
        LocalDate peildatum = periode.atDay(1);
        int dagenInMaand = periode.lengthOfMonth();
        long totaal = 0;
        String artikel = null;
        int kostendelers = 1;
        for (Deel deel : delen) {
            NormDeel normDeel = Bijstandsnorm.calculateNorm(huishouden, deel, table, peildatum);
            long bedrag = calculateDeel(normDeel.maandbedragCents(), deel.dagen(), dagenInMaand);
            totaal += bedrag;
            regels.add(regel(normDeel, deel, dagenInMaand, bedrag));
            artikel = artikel == null ? normDeel.artikel()
                    : artikel.contains(normDeel.artikel()) ? artikel : artikel + "; " + normDeel.artikel();
            kostendelers = normDeel.kostendelers();
        }
        return new Norm(Money.ofCents(totaal), artikel, kostendelers);
    }

    /** The part of a monthly norm for {@code dagen} days: round-half-up(norm x dagen / dagenInMaand). */
    static long calculateDeel(long maandbedragCents, int dagen, int dagenInMaand) {
        return dagen == dagenInMaand
                ? maandbedragCents
                : Rounding.divideHalfUp(Math.multiplyExact(maandbedragCents, dagen), dagenInMaand);
    }

    private static Regel regel(NormDeel normDeel, Deel deel, int dagenInMaand, long bedrag) {
        String code = normDeel.kostendelers() > 1 ? "KOSTENDELERSNORM" : "NORM";
        if (deel.dagen() == dagenInMaand) {
            return new Regel(code, normDeel.omschrijving(), normDeel.artikel(), Money.ofCents(bedrag));
        }
        String omschrijving = normDeel.omschrijving() + ", " + deel.dagen() + " van " + dagenInMaand + " dagen ("
                + deel.van() + " t/m " + deel.tot() + ") van " + Money.ofCents(normDeel.maandbedragCents());
        return new Regel(code, omschrijving, normDeel.artikel() + BRON_DAGDELING, Money.ofCents(bedrag));
    }
}
