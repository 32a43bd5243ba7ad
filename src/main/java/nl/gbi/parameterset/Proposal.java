package nl.gbi.parameterset;

import java.util.List;
import java.util.Map;
import nl.gbi.calculation.Parameter;
import nl.gbi.calculation.ParameterValue;

/**
 * A proposed parameter set as read by {@link ParameterSetDocument}: its rows, the reason given per sanity finding
 * code, the keys declared absent (with why) for every half-year of the set, the set it supersedes (null when none)
 * and the SHA-256 of its figures ({@link ParameterSetDocument#canonical}).
 */
public record Proposal(List<ParameterValue> rows, Map<String, String> redenen, Map<Parameter, String> afwezig,
                       Long vervangt, String sha256) {

    public Proposal {
        rows = List.copyOf(rows);
        redenen = Map.copyOf(redenen);
        afwezig = Map.copyOf(afwezig);
    }
}
