package nl.gbi.calculation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.gbi.domain.Berekening;
import nl.gbi.domain.Fout;
import nl.gbi.domain.Inhouding;
import nl.gbi.domain.Leefvorm;

/**
 * The checks before calculating, all collected at once: the regeling is supported, the partner matches
 * the leefvorm, the right overlaps the period, amounts are not negative, the verlaging percentage is
 * allowed, and the vrijlatingen are applicable and within their duration ({@link VrijlatingChecks}).
 * The contract reader checks the same shape first; these checks keep the core safe for any caller.
 */
final class InputChecks {

    private InputChecks() {
    }

    static List<Fout> check(Berekening berekening, CalculationSettings settings, int aowMaanden) {
        List<Fout> fouten = new ArrayList<>(0);
        if (!berekening.regeling().isSupported()) {
            fouten.add(new Fout("regeling", Codes.REGELING_NIET_ONDERSTEUND, "regeling " + berekening.regeling()
                    + " is not calculated yet: its bruto grondslag and loonheffing are not implemented"));
            return fouten;
        }
        if ((berekening.leefvorm() == Leefvorm.GEHUWDEN) != (berekening.partner() != null)) {
            fouten.add(new Fout("partner", Codes.PARTNER_ONGELDIG, "a partner is required exactly for leefvorm GEHUWDEN"));
        }
        if (berekening.recht().einddatum() != null && berekening.recht().einddatum().isBefore(berekening.recht().ingangsdatum())) {
            fouten.add(new Fout("recht.einddatum", Codes.RECHT_ONGELDIG, "the right ends before it starts"));
        } else if (!berekening.recht().overlaps(berekening.periode())) {
            fouten.add(new Fout("recht", Codes.RECHT_BUITEN_PERIODE, "the right does not overlap period " + berekening.periode()));
        }
        checkVerlaging(berekening, settings, fouten);
        checkInhoudingen(berekening.inhoudingen(), fouten);
        LocalDate peildatum = berekening.periode().atDay(1);
        VrijlatingChecks.check(berekening, peildatum, aowMaanden, fouten);
        return fouten;
    }

    private static void checkVerlaging(Berekening berekening, CalculationSettings settings, List<Fout> fouten) {
        if (berekening.verlaging() == null) {
            return;
        }
        int percentage = berekening.verlaging().percentage();
        boolean inRange = percentage >= 5 && percentage <= 100;
        boolean allowed = settings.allowedVerlagingPercentages().isEmpty()
                || settings.allowedVerlagingPercentages().contains(percentage);
        if (!inRange || !allowed) {
            fouten.add(new Fout("verlaging.percentage", Codes.VERLAGING_PERCENTAGE_NIET_TOEGESTAAN, "verlaging " + percentage
                    + "% is not allowed; allowed: " + (settings.allowedVerlagingPercentages().isEmpty()
                    ? "5 to 100" : settings.allowedVerlagingPercentages().toString())));
        }
    }

    private static void checkInhoudingen(List<Inhouding> inhoudingen, List<Fout> fouten) {
        for (int i = 0; i < inhoudingen.size(); i++) {
            Inhouding inhouding = inhoudingen.get(i);
            if (inhouding.bedrag().isNegative()) {
                fouten.add(new Fout("inhoudingen[" + i + "].bedrag", Codes.BEDRAG_NEGATIEF, "an inhouding cannot be negative"));
            }
            if (inhouding.soort().needsBegunstigde() != (inhouding.begunstigde() != null)) {
                fouten.add(new Fout("inhoudingen[" + i + "].begunstigde", Codes.BEGUNSTIGDE_ONGELDIG,
                        "a begunstigde is required for every inhouding except AFLOSSING, and not allowed for AFLOSSING"));
            }
        }
    }
}
