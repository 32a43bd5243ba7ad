package nl.gbi.batches;

import io.vertx.core.Future;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.gbi.access.Caller;
import nl.gbi.access.Role;
import nl.gbi.domain.EngineError;
import nl.gbi.domain.Fout;
import nl.gbi.domain.Tenant;
import nl.gbi.tenants.TenantRegistry;

/**
 * The batch use cases of finance officers (own tenant) and ops (all tenants, reading only). Row-level
 * security keeps another tenant's batch invisible, so it answers 404 like a batch that does not exist.
 */
public final class Batches {

    public static final int LIST_LIMIT = 500;
    public static final int PAGE_MAX = 200;

    private final BatchStore store;
    private final TenantRegistry tenants;

    public Batches(BatchStore store, TenantRegistry tenants) {
        this.store = store;
        this.tenants = tenants;
    }

    public Future<List<Batch>> list(Caller caller, String status) {
        Optional<BatchState> state = Optional.empty();
        if (status != null) {
            state = BatchState.parse(status);
            if (state.isEmpty()) {
                return Future.failedFuture(EngineError.invalid(new Fout("status", "ONGELDIGE_WAARDE",
                        "Een van " + Arrays.toString(BatchState.values()))));
            }
        }
        Optional<BatchState> wanted = state;
        if (caller.role() != Role.OPS) {
            return store.list(caller.tenantId(), wanted, LIST_LIMIT);
        }
        Future<List<Batch>> all = Future.succeededFuture(new ArrayList<>());
        for (Tenant tenant : tenants.all()) {
            all = all.compose(sofar -> store.list(tenant.gemeentecode(), wanted, LIST_LIMIT).map(more -> {
                sofar.addAll(more);
                return sofar;
            }));
        }
        return all;
    }

    public Future<Batch> get(Caller caller, long id) {
        return locate(caller, id, tenantId -> store.find(tenantId, id));
    }

    public Future<List<PaymentView>> payments(Caller caller, long id, int offset, int limit) {
        int page = Math.max(1, Math.min(limit, PAGE_MAX));
        return get(caller, id).compose(batch -> store.payments(batch.tenantId(), id, Math.max(0, offset), page));
    }

    public Future<Batch> approve(Caller officer, long id, Shown shown) {
        return store.approve(officer.tenantId(), id, officer,
                batch -> FourEyes.approve(batch, officer, shown, OffsetDateTime.now()));
    }

    public Future<Batch> reject(Caller officer, long id, String reden) {
        return store.reject(officer.tenantId(), id, officer, reden == null ? null : reden.strip(),
                batch -> FourEyes.reject(batch, reden));
    }

    public Future<ExportedFile> export(Caller officer, long id, int fileIndex) {
        return store.export(officer.tenantId(), id, fileIndex, officer, FourEyes::export);
    }

    /** The batch in the caller's tenant, or for ops in whichever tenant has it; 404 otherwise. */
    private Future<Batch> locate(Caller caller, long id, Function<String, Future<Optional<Batch>>> find) {
        List<String> where = caller.role() == Role.OPS
                ? tenants.all().stream().map(Tenant::gemeentecode).toList() : List.of(caller.tenantId());
        Future<Optional<Batch>> found = Future.succeededFuture(Optional.empty());
        for (String tenantId : where) {
            found = found.compose(sofar -> sofar.isPresent() ? Future.succeededFuture(sofar) : find.apply(tenantId));
        }
        return found.compose(batch -> batch.map(Future::succeededFuture)
                .orElseGet(() -> Future.failedFuture(EngineError.notFound("Batch " + id + " bestaat niet"))));
    }
}
