package nl.gbi.parameters;

import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.gbi.audit.AuditEvent;
import nl.gbi.domain.TenantPolicy;

/** Where the municipalities' policies are kept (PostgreSQL: tenant_policies, V016), audited in the tenant's chain. */
public interface TenantPolicyStore {

    /** Stores {@code policy} as the tenant's first, approved policy unless it has one. */
    Future<Void> seedIfMissing(String tenantId, TenantPolicy policy, AuditEvent event);

    /** A number that changes with every approval (of any tenant). */
    Future<Long> version();

    /** The approved policy with the largest approval number, empty when none. */
    Future<Optional<StoredPolicy>> inEffect(String tenantId);

    /** The approved policy just before approval number {@code approvalSeq} (null: the newest), empty when none. */
    Future<Optional<StoredPolicy>> approvedBefore(String tenantId, Long approvalSeq);

    Future<StoredPolicy> propose(String tenantId, TenantPolicy policy, Map<String, String> redenen, String by,
                                 String byNaam, AuditEvent event);

    /** The tenant's newest policies first, at most {@code limit}. */
    Future<List<StoredPolicy>> recent(String tenantId, int limit);

    Future<Optional<StoredPolicy>> find(String tenantId, long id);

    /** A transaction holding the tenant's policy lock, with the policy and the one in effect under it. */
    Future<Optional<Decision>> beginDecision(String tenantId, long id);

    interface Decision {

        StoredPolicy policy();

        Optional<StoredPolicy> inEffect();

        Future<StoredPolicy> approve(String by, String byNaam, AuditEvent event);

        Future<StoredPolicy> reject(String by, String byNaam, String reden, AuditEvent event);

        Future<Void> abandon();
    }
}
