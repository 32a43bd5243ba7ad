package nl.gbi.domain;

/** What part of the uitkering goes elsewhere, and whether it is a derdenbetaling or falls under the beslagvrije voet. */
public enum InhoudingSoort {
    HUUR, ZORGVERZEKERING, ENERGIE, BEWINDVOERING, BESLAG, AFLOSSING;

    /** Paid to a third party on the client's behalf; needs a begunstigde. */
    public boolean isDerdenbetaling() {
        return this != BESLAG && this != AFLOSSING;
    }

    /** Together limited by the beslagvrije voet (Rv art. 475da). */
    public boolean isBeslagOfVerrekening() {
        return this == BESLAG || this == AFLOSSING;
    }

    /** Everything but AFLOSSING (to the municipality itself) is paid out to a begunstigde. */
    public boolean needsBegunstigde() {
        return this != AFLOSSING;
    }
}
