package nl.gbi.audit;

import io.vertx.core.Future;
import java.util.List;
import java.util.function.Predicate;
import nl.gbi.access.Caller;
import nl.gbi.access.Role;
import nl.gbi.domain.EngineError;
import nl.gbi.domain.Fout;

/** Reading the audit trail: a finance officer reads the own tenant's chain, ops any chain. */
public final class AuditTrail {

    public static final int LIMIT_MAX = 500;

    private final AuditStore store;
    private final Predicate<String> knownTenant;

    public AuditTrail(AuditStore store, Predicate<String> knownTenant) {
        this.store = store;
        this.knownTenant = knownTenant;
    }

    public Future<List<AuditEntry>> read(Caller caller, String tenant, long afterSeq, int limit) {
        String chain = caller.role() == Role.OPS ? tenant : caller.tenantId();
        if (chain == null || !(chain.equals(AuditChain.PLATFORM) || knownTenant.test(chain))) {
            return Future.failedFuture(EngineError.invalid(new Fout("tenant", "ONBEKENDE_TENANT",
                    "ops kiest een gemeente (tenant=GM0014) of tenant=PLATFORM")));
        }
        if (caller.role() != Role.OPS && tenant != null && !tenant.equals(caller.tenantId())) {
            return Future.failedFuture(EngineError.notFound("Geen audittrail van deze gemeente"));
        }
        return store.read(chain, Math.max(0, afterSeq), Math.max(1, Math.min(limit, LIMIT_MAX)));
    }
}
