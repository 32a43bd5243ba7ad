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
            fouten.add(new Fout("regeling", Codes.REGELING_NIET_ONDERSTEUND, "Regeling " + berekening.regeling()
                    + " wordt nog niet berekend: de bruto grondslag en loonheffing zijn niet gebouwd"));
            return fouten;
        }
        checkPartner(berekening, fouten);
        if (berekening.recht().einddatum() != null && berekening.recht().einddatum().isBefore(berekening.recht().ingangsdatum())) {
            fouten.add(new Fout("recht.einddatum", Codes.EINDDATUM_VOOR_INGANGSDATUM, "De einddatum ligt voor de ingangsdatum"));
        } else if (!berekening.recht().overlaps(berekening.periode())) {
            fouten.add(new Fout("recht", Codes.RECHT_BUITEN_PERIODE, "Het recht valt niet in periode " + berekening.periode()));
        }
        checkVerlaging(berekening, settings, fouten);
        checkInhoudingen(berekening.inhoudingen(), fouten);
        LocalDate peildatum = berekening.periode().atDay(1);
        VrijlatingChecks.check(berekening, peildatum, aowMaanden, fouten);
        return fouten;
    }

    private static void checkPartner(Berekening berekening, List<Fout> fouten) {
        boolean gehuwd = berekening.leefvorm() == Leefvorm.GEHUWDEN;
        if (gehuwd && berekening.partner() == null) {
            fouten.add(new Fout("partner", Codes.VERPLICHT, "Leefvorm GEHUWDEN heeft een partner"));
        } else if (!gehuwd && berekening.partner() != null) {
            fouten.add(new Fout("partner", Codes.PARTNER_NIET_TOEGESTAAN, "Een partner hoort alleen bij leefvorm GEHUWDEN"));
        }
    }

    private static void checkVerlaging(Berekening berekening, CalculationSettings settings, List<Fout> fouten) {
        if (berekening.verlaging() == null) {
            return;
        }
        int percentage = berekening.verlaging().percentage();
        boolean inRange = percentage >= 5 && percentage <= 100;
        boolean allowed = settings.allowedVerlagingPercentages().isEmpty()
                || settings.allowedVerlagingPercentages().contains(percentage);
        if (!inRange) {
            fouten.add(new Fout("verlaging.percentage", Codes.BUITEN_BEREIK, "Verwacht een getal van 5 tot en met 100"));
        } else if (!allowed) {
            fouten.add(new Fout("verlaging.percentage", Codes.VERLAGING_PERCENTAGE_NIET_TOEGESTAAN, "Verlaging " + percentage
                    + "% staat niet in de afstemmingsverordening van de gemeente; toegestaan: "
                    + new java.util.TreeSet<>(settings.allowedVerlagingPercentages())));
        }
    }

    private static void checkInhoudingen(List<Inhouding> inhoudingen, List<Fout> fouten) {
        for (int i = 0; i < inhoudingen.size(); i++) {
            Inhouding inhouding = inhoudingen.get(i);
            if (inhouding.bedrag().isNegative()) {
                fouten.add(new Fout("inhoudingen[" + i + "].bedrag", Codes.BUITEN_BEREIK, "Een inhouding is niet negatief"));
            }
            if (inhouding.soort().needsBegunstigde() && inhouding.begunstigde() == null) {
                fouten.add(new Fout("inhoudingen[" + i + "].begunstigde", Codes.VERPLICHT, "Deze inhouding heeft een begunstigde"));
            } else if (!inhouding.soort().needsBegunstigde() && inhouding.begunstigde() != null) {
                fouten.add(new Fout("inhoudingen[" + i + "].begunstigde", Codes.NIET_TOEGESTAAN,
                        "Een aflossing gaat naar de gemeente zelf, zonder begunstigde"));
            }
        }
    }
}
