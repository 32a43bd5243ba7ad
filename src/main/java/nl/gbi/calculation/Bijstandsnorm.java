package nl.gbi.calculation;

import java.time.LocalDate;
import nl.gbi.domain.Fout;

/**
 * Selects the norm for one {@link Deel}: by woonsituatie (Pw art. 23), leefvorm and age band (art. 20-22)
 * and the kostendelersnorm (art. 22a) when a medebewoner counts. Every amount comes from the parameter
 * table for the period's first day; a missing one refuses the berekening.
 */
final class Bijstandsnorm {

    static final String ARTIKEL_KOSTENDELERSNORM = "Pw art. 22a";

    private Bijstandsnorm() {
    }

    static NormDeel calculateNorm(Huishouden huishouden, Deel deel, ParameterTable table, LocalDate peildatum) {
        if (huishouden.woonsituatie() == nl.gbi.domain.Woonsituatie.INRICHTING) {
            return huishouden.gehuwd()
                    ? published(table, Parameter.NORM_23_B, peildatum, "Norm gehuwden in een inrichting")
                    : published(table, Parameter.NORM_23_A, peildatum, "Norm alleenstaande (ouder) in een inrichting");
        }
        return huishouden.gehuwd()
                ? calculateGehuwdenNorm(huishouden, deel, table, peildatum)
                : calculateAlleenstaandeNorm(huishouden, deel, table, peildatum);
    }

    private static NormDeel calculateAlleenstaandeNorm(Huishouden huishouden, Deel deel, ParameterTable table, LocalDate peildatum) {
        int kostendelers = huishouden.kostendelendeMedebewoners();
        return switch (deel.aanvrager()) {
            case JONG_18_20 -> new NormDeel(table.get(Parameter.NORM_20_A, peildatum),
                    huishouden.leefvorm() == nl.gbi.domain.Leefvorm.ALLEENSTAANDE_OUDER
                            ? "Pw art. 20 lid 2 onderdeel a" : "Pw art. 20 lid 1 onderdeel a",
                    "Bijstandsnorm alleenstaande (ouder) 18 tot 21 jaar", 1);
            case VAN_21_TOT_AOW -> kostendelers == 0
                    ? published(table, Parameter.NORM_21_A, peildatum, "Bijstandsnorm alleenstaande (ouder) 21 jaar tot AOW-leeftijd")
                    : kostendelersnorm(table, Parameter.NORM_21_B, peildatum, kostendelers + 1, 1);
            case AOW -> kostendelers == 0
                    ? published(table, Parameter.NORM_22_A, peildatum, "Bijstandsnorm alleenstaande (ouder) vanaf AOW-leeftijd")
                    : kostendelersnorm(table, Parameter.NORM_22_B, peildatum, kostendelers + 1, 1);
            case ONDER_18 -> throw underEighteen("aanvrager.geboortedatum");
        };
    }

    private static NormDeel calculateGehuwdenNorm(Huishouden huishouden, Deel deel, ParameterTable table, LocalDate peildatum) {
        Leeftijdsklasse a = deel.aanvrager();
        Leeftijdsklasse p = deel.partner();
        if (a == Leeftijdsklasse.ONDER_18 || p == Leeftijdsklasse.ONDER_18) {
            throw underEighteen(a == Leeftijdsklasse.ONDER_18 ? "aanvrager.geboortedatum" : "partner.geboortedatum");
        }
        int kostendelers = huishouden.kostendelendeMedebewoners();
        boolean oneYoung = a.isJong() != p.isJong();
        if (kostendelers > 0 && oneYoung) {
            throw new CalculationRefusal(new Fout("medebewoners", Codes.KOSTENDELERSNORM_NIET_ONDERSTEUND,
                    "De kostendelersnorm voor gehuwden van wie een 18 tot 21 jaar is, staat niet in de bronnen van de engine"));
        }
        if (a == Leeftijdsklasse.AOW || p == Leeftijdsklasse.AOW) {
            return kostendelers == 0
                    ? published(table, Parameter.NORM_22_B, peildatum, "Bijstandsnorm gehuwden, een of beiden AOW-leeftijd")
                    : kostendelersnorm(table, Parameter.NORM_22_B, peildatum, kostendelers + 2, 2);
        }
        if (a.isJong() || p.isJong()) {
            return calculateJongeGehuwdenNorm(huishouden, oneYoung, table, peildatum);
        }
        return kostendelers == 0
                ? published(table, Parameter.NORM_21_B, peildatum, "Bijstandsnorm gehuwden 21 jaar tot AOW-leeftijd")
                : kostendelersnorm(table, Parameter.NORM_21_B, peildatum, kostendelers + 2, 2);
    }

    private static NormDeel calculateJongeGehuwdenNorm(Huishouden huishouden, boolean oneYoung, ParameterTable table, LocalDate peildatum) {
        boolean kinderen = huishouden.metKinderen();
        if (oneYoung) {
            return kinderen
                    ? published(table, Parameter.NORM_20_2_C, peildatum, "Bijstandsnorm gehuwden, een 18 tot 21 jaar, met kinderen")
                    : published(table, Parameter.NORM_20_1_C, peildatum, "Bijstandsnorm gehuwden, een 18 tot 21 jaar, zonder kinderen");
        }
        return kinderen
                ? published(table, Parameter.NORM_20_2_B, peildatum, "Bijstandsnorm gehuwden, beiden 18 tot 21 jaar, met kinderen")
                : published(table, Parameter.NORM_20_1_B, peildatum, "Bijstandsnorm gehuwden, beiden 18 tot 21 jaar, zonder kinderen");
    }

    private static NormDeel published(ParameterTable table, Parameter parameter, LocalDate peildatum, String omschrijving) {
        return new NormDeel(table.get(parameter, peildatum), parameter.artikel(), omschrijving, 1);
    }

    /** {@code personen} is 1 for an alleenstaande and 2 for a couple: a couple gets twice the per-person amount. */
    private static NormDeel kostendelersnorm(ParameterTable table, Parameter b, LocalDate peildatum, int a, int personen) {
        long perPersoon = Kostendelersnorm.calculateKostendelersnorm(table.get(b, peildatum), a);
        String omschrijving = personen == 2
                ? "Kostendelersnorm gehuwden, 2 x norm per persoon, A = " + a + ", B = " + b.artikel()
                : "Kostendelersnorm alleenstaande (ouder), A = " + a + ", B = " + b.artikel();
        return new NormDeel(perPersoon * personen, ARTIKEL_KOSTENDELERSNORM, omschrijving, a);
    }

    private static CalculationRefusal underEighteen(String veld) {
        return new CalculationRefusal(new Fout(veld, Codes.LEEFTIJD_ONDER_18,
                "Bijstand is er vanaf 18 jaar; het recht begint op zijn vroegst op de 18e verjaardag"));
    }
}
