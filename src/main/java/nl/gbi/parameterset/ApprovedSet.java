package nl.gbi.parameterset;

import java.util.List;
import nl.gbi.calculation.ParameterValue;

/** A set in effect: its id, the SHA-256 of its figures and its rows. */
public record ApprovedSet(long id, String sha256, List<ParameterValue> rows) {

    public ApprovedSet {
        rows = List.copyOf(rows);
    }

    public SetRef ref() {
        return new SetRef(id, sha256);
    }
}
