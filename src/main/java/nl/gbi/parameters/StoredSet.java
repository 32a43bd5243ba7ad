package nl.gbi.parameters;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import nl.gbi.calculation.Parameter;
import nl.gbi.calculation.ParameterValue;
import nl.gbi.parameterset.ApprovedSet;
import nl.gbi.parameterset.Proposal;

/**
 * A parameter set as stored: the proposal (its rows, reasons, absent keys, the set it supersedes, the document as
 * sent), who proposed it and, once decided, who decided, when and (rejected) why. {@code approvalSeq} orders the
 * approved sets.
 */
public record StoredSet(long id, String bron, String status, String sha256, String document, List<ParameterValue> rows,
                        Map<String, String> redenen, Map<Parameter, String> afwezig, Long vervangt, String proposedBy,
                        String proposedByNaam, OffsetDateTime proposedAt, String decidedBy, String decidedByNaam,
                        OffsetDateTime decidedAt, String afwijzingReden, Long approvalSeq) {

    public static final String SEED = "SEED";
    public static final String VOORSTEL = "VOORSTEL";
    public static final String VOORGESTELD = "VOORGESTELD";
    public static final String GOEDGEKEURD = "GOEDGEKEURD";
    public static final String AFGEWEZEN = "AFGEWEZEN";

    public Proposal proposal() {
        return new Proposal(rows, redenen, afwezig, vervangt, sha256);
    }

    public ApprovedSet approved() {
        return new ApprovedSet(id, sha256, rows);
    }
}
