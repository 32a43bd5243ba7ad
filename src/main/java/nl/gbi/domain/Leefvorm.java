package nl.gbi.domain;

/** The household form that selects the norm (Pw art. 20-22). */
public enum Leefvorm {
    ALLEENSTAANDE, ALLEENSTAANDE_OUDER, GEHUWDEN
}
