package nl.gbi.domain;

/** Whether the household lives on its own or in an inrichting (Pw art. 23). */
public enum Woonsituatie {
    ZELFSTANDIG, INRICHTING
}
