package nl.gbi.parameters;

import java.time.OffsetDateTime;
import java.util.Map;
import nl.gbi.domain.TenantPolicy;

/** A municipality's policy as stored: the figures, the reasons given, who proposed and who decided. */
public record StoredPolicy(long id, String tenantId, String bron, String status, TenantPolicy policy,
                           Map<String, String> redenen, String proposedBy, String proposedByNaam, OffsetDateTime proposedAt,
                           String decidedBy, String decidedByNaam, OffsetDateTime decidedAt, String afwijzingReden,
                           Long approvalSeq) {

    public StoredPolicy {
        redenen = Map.copyOf(redenen);
    }
}
