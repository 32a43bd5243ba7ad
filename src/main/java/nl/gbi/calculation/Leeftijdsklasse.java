package nl.gbi.calculation;

import java.time.LocalDate;

/** The age bands that select a norm (Pw art. 20-22). A birthday belongs to the new band. */
enum Leeftijdsklasse {
    ONDER_18, JONG_18_20, VAN_21_TOT_AOW, AOW;

    static Leeftijdsklasse on(LocalDate geboortedatum, LocalDate dag, int aowLeeftijdMaanden) {
        if (!geboortedatum.plusMonths(aowLeeftijdMaanden).isAfter(dag)) {
            return AOW;
        }
        if (!geboortedatum.plusYears(21).isAfter(dag)) {
            return VAN_21_TOT_AOW;
        }
        return geboortedatum.plusYears(18).isAfter(dag) ? ONDER_18 : JONG_18_20;
    }

    boolean isJong() {
        return this == JONG_18_20;
    }
}
