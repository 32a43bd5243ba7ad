package nl.gbi.calculation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.gbi.domain.Berekening;
import nl.gbi.domain.Fout;
import nl.gbi.domain.Inkomst;
import nl.gbi.domain.InkomstSoort;
import nl.gbi.domain.Kind;
import nl.gbi.domain.Leefvorm;
import nl.gbi.domain.Vrijlating;

/**
 * Whether each vrijlating may be applied (Pw art. 31 lid 2, engine rule E4): only on inkomsten uit arbeid;
 * ART31_2_N below the AOW-leeftijd and for at most 6 consecutive months; ART31_2_R for an alleenstaande
 * ouder with a child under 12, for at most 30 months, and not in the same month as N; the months are
 * counted from {@code vrijlatingSinds} (that month is month 1).
 */
final class VrijlatingChecks {

    private static final int R_CHILD_AGE_LIMIT = 12;

    private VrijlatingChecks() {
    }

    static void check(Berekening berekening, LocalDate peildatum, int aowMaanden, List<Fout> fouten) {
        List<Inkomst> inkomsten = berekening.inkomsten();
        boolean hasN = false;
        boolean hasR = false;
        for (int i = 0; i < inkomsten.size(); i++) {
            Inkomst inkomst = inkomsten.get(i);
            if (inkomst.nettoBedrag().isNegative()) {
                fouten.add(new Fout(veld(i) + ".nettoBedrag", Codes.BUITEN_BEREIK, "Netto inkomsten zijn niet negatief"));
            }
            if (inkomst.vrijlating() != null) {
                hasN |= inkomst.vrijlating() == Vrijlating.ART31_2_N;
                hasR |= inkomst.vrijlating() == Vrijlating.ART31_2_R;
                checkOne(berekening, inkomst, veld(i), peildatum, aowMaanden, fouten);
            }
        }
        if (hasN && hasR) {
            fouten.add(new Fout("inkomsten", Codes.VRIJLATING_NIET_TOEGESTAAN,
                    "ART31_2_R volgt op ART31_2_N; beide in dezelfde maand kan niet"));
        }
    }

    /** The JSON path of an inkomst, built only when there is something to report. */
    private static String veld(int index) {
        return "inkomsten[" + index + "]";
    }

    private static void checkOne(Berekening berekening, Inkomst inkomst, String veld, LocalDate peildatum, int aowMaanden,
            List<Fout> fouten) {
        if (inkomst.soort() != InkomstSoort.ARBEID) {
            fouten.add(new Fout(veld + ".vrijlating", Codes.VRIJLATING_NIET_TOEGESTAAN,
                    "Een vrijlating geldt alleen voor inkomsten uit arbeid"));
        }
        checkApplicable(berekening, inkomst.vrijlating(), veld, peildatum, aowMaanden, fouten);
        checkDuration(berekening.periode(), inkomst, veld, fouten);
    }

    private static void checkApplicable(Berekening berekening, Vrijlating vrijlating, String veld, LocalDate peildatum,
            int aowMaanden, List<Fout> fouten) {
        if (vrijlating == Vrijlating.ART31_2_N
                && Leeftijdsklasse.on(berekening.aanvrager().geboortedatum(), peildatum, aowMaanden) == Leeftijdsklasse.AOW) {
            fouten.add(new Fout(veld + ".vrijlating", Codes.VRIJLATING_NIET_TOEGESTAAN,
                    "ART31_2_N geldt alleen onder de AOW-leeftijd"));
        }
        if (vrijlating == Vrijlating.ART31_2_R
                && (berekening.leefvorm() != Leefvorm.ALLEENSTAANDE_OUDER || !hasChildUnder12(berekening, peildatum))) {
            fouten.add(new Fout(veld + ".vrijlating", Codes.VRIJLATING_NIET_TOEGESTAAN,
                    "ART31_2_R geldt alleen voor een alleenstaande ouder met een kind jonger dan 12"));
        }
    }

    private static void checkDuration(YearMonth periode, Inkomst inkomst, String veld, List<Fout> fouten) {
        YearMonth sinds = inkomst.vrijlatingSinds();
        if (sinds == null) {
            fouten.add(new Fout(veld + ".vrijlatingSinds", Codes.VERPLICHT, "Een vrijlating heeft een vrijlatingSinds"));
            return;
        }
        if (sinds.isAfter(periode)) {
            fouten.add(new Fout(veld + ".vrijlatingSinds", Codes.VRIJLATING_NA_PERIODE, "vrijlatingSinds ligt na de periode"));
            return;
        }
        Vrijlatingsregel regel = Vrijlatingsregel.of(inkomst.vrijlating());
        long month = ChronoUnit.MONTHS.between(sinds, periode) + 1;
        if (month > regel.maximaleDuurMaanden) {
            fouten.add(new Fout(veld + ".vrijlatingSinds", Codes.VRIJLATING_DUUR_OVERSCHREDEN, inkomst.vrijlating()
                    + " geldt ten hoogste " + regel.maximaleDuurMaanden + " maanden; " + periode
                    + " is maand " + month + " sinds " + sinds));
        }
    }

    private static boolean hasChildUnder12(Berekening berekening, LocalDate peildatum) {
        for (Kind kind : berekening.kinderen()) {
            LocalDate geboren = kind.geboortedatum();
            if (!geboren.isAfter(peildatum) && geboren.plusYears(R_CHILD_AGE_LIMIT).isAfter(peildatum)) {
                return true;
            }
        }
        return false;
    }
}
