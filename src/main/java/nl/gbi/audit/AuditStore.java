package nl.gbi.audit;

import io.vertx.core.Future;
import java.util.List;

/** Where the audit trail is kept (port; implemented in persistence). Appending happens inside the store
 * transactions that make the change, so a change and its record commit together. */
public interface AuditStore {

    /** Rows of {@code chain} (a gemeentecode or {@link AuditChain#PLATFORM}) with seq above {@code afterSeq}. */
    Future<List<AuditEntry>> read(String chain, long afterSeq, int limit);
}
