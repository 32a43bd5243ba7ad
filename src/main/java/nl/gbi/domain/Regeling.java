package nl.gbi.domain;

/** The benefit scheme of a berekening. Only {@link #PW} is calculated; the others are refused for now. */
public enum Regeling {
    PW, IOAW, IOAZ, BBZ;

    public boolean isSupported() {
        return this == PW;
    }
}
