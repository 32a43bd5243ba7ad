package nl.gbi.batches;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.gbi.access.Caller;
import nl.gbi.access.Role;
import nl.gbi.audit.AuditEvent;
import nl.gbi.calculation.HighestNorm;
import nl.gbi.domain.EngineError;
import nl.gbi.domain.Fout;
import nl.gbi.domain.Tenant;
import nl.gbi.parameters.CurrentParameters;
import nl.gbi.rails.Acknowledgement;
import nl.gbi.rails.RailFacts;
import nl.gbi.rails.RailFinding;
import nl.gbi.rails.RailLine;
import nl.gbi.rails.SafetyRails;
import nl.gbi.tenants.TenantRegistry;

/**
 * The batch use cases of finance officers (own tenant) and ops (all tenants, reading only). Row-level
 * security keeps another tenant's batch invisible, so it answers 404 like a batch that does not exist.
 */
public final class Batches {

    public static final int LIST_LIMIT = 500;
    public static final int PAGE_MAX = 200;

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final BatchStore store;
    private final TenantRegistry tenants;
    private final CurrentParameters parameters;
    private final Clock clock;

    public Batches(BatchStore store, TenantRegistry tenants, CurrentParameters parameters, Clock clock) {
        this.store = store;
        this.tenants = tenants;
        this.parameters = parameters;
        this.clock = clock;
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

    /**
     * The findings of the safety rails for batch {@code id} while it waits for approval (docs/approval.md, "Safety
     * rails"); none in any other state, when there is nothing left to approve.
     */
    public Future<Rails> rails(Caller caller, long id) {
        return get(caller, id).compose(batch -> batch.state() != BatchState.AWAITING_APPROVAL
                ? Future.succeededFuture(Rails.NOT_CHECKED)
                : store.railRows(batch.tenantId(), id).compose(rows -> findings(batch, rows)));
    }

    /** What the rails found for a batch; {@code checked} is false when the batch does not wait for approval. */
    public record Rails(boolean checked, Optional<Long> previousBatchId, List<RailFinding> findings) {
        static final Rails NOT_CHECKED = new Rails(false, Optional.empty(), List.of());

        public Rails {
            findings = List.copyOf(findings);
        }
    }

    private Future<Rails> findings(Batch batch, RailRows rows) {
        Tenant tenant = tenants.find(batch.tenantId()).orElseThrow();
        return parameters.current().map(current -> {
            Map<YearMonth, Long> norms = new HashMap<>();
            for (RailLine line : rows.lines()) {
                if (!norms.containsKey(line.periode())) {
                    HighestNorm.of(current.table(), line.periode()).ifPresent(norm -> norms.put(line.periode(), norm));
                }
            }
            RailFacts facts = new RailFacts(rows.lines(), rows.previous(), norms, rows.paidElsewhere(),
                    batch.executionDate(), batch.wantedExecutionDate(), LocalDate.now(clock.withZone(AMSTERDAM)));
            return new Rails(true, rows.previous().map(RailFacts.Previous::batchId),
                    SafetyRails.check(facts, tenant.vangrails()));
        });
    }

    /** {@link #approve(Caller, long, Shown, Map)} without acknowledgements: for a batch the rails find nothing in. */
    public Future<Batch> approve(Caller officer, long id, Shown shown) {
        return approve(officer, id, shown, Map.of());
    }

    /**
     * Records the officer's approval of what they were shown; the batch becomes APPROVED when enough approvals
     * count (FourEyes). Every finding of the safety rails must be acknowledged with a reason in {@code bevindingen}
     * (code → reden), else 409 naming each; the acknowledgements go into the audit chain. One transaction with the
     * batch locked: rails, approval, audit, state.
     */
    public Future<Batch> approve(Caller officer, long id, Shown shown, Map<String, String> bevindingen) {
        return inTransaction(officer.tenantId(), id, tx -> {
            Batch batch = tx.batch();
            Approval approval = FourEyes.approve(batch, officer, shown, OffsetDateTime.now());
            String what = "sha256=" + ContentHash.hex(approval.contentSha256()) + " aantal=" + approval.nbOfTxs()
                    + " totaal=" + approval.ctrlSum() + " persoon=" + approval.persoon();
            long counted = batch.validApprovals() + 1;
            return tx.railRows().compose(rows -> findings(batch, rows)).compose(rails -> {
                Acknowledgement.Result acknowledged = Acknowledgement.check(rails.findings(), bevindingen);
                if (!acknowledged.accepted()) {
                    throw EngineError.conflict("Batch " + id + " heeft bevindingen die u moet bevestigen met een reden"
                            + " (of die goedkeuren onmogelijk maken); er is niets vastgelegd", acknowledged.problems());
                }
                return acknowledged.reasons().isEmpty() ? Future.<Void>succeededFuture()
                        : tx.audit(AuditEvent.by(officer, "FINDINGS_ACKNOWLEDGED", "batch/" + id,
                                acknowledgements(rails.findings(), acknowledged.reasons())));
            })
                    .compose(acknowledged -> tx.recordApproval(approval))
                    .compose(recorded -> tx.audit(AuditEvent.by(officer, "BATCH_APPROVED", "batch/" + id, what)))
                    .compose(audited -> FourEyes.complete(batch, counted)
                            ? tx.move(batch.state(), BatchState.APPROVED, officer,
                                    counted + " van " + batch.approvalsNeeded() + " goedkeuringen")
                            : Future.succeededFuture())
                    .compose(moved -> tx.reload());
        });
    }

    /** Rejects the batch with a reason; payments not yet sent are released for a later run. */
    public Future<Batch> reject(Caller officer, long id, String reden) {
        String why = reden == null ? null : reden.strip();
        return inTransaction(officer.tenantId(), id, tx -> {
            Batch batch = tx.batch();
            FourEyes.reject(batch, reden);
            return tx.recordRejection(officer.tokenId(), why)
                    .compose(rejected -> tx.movePayments("IN_BATCH", "RELEASED"))
                    .compose(released -> tx.audit(AuditEvent.by(officer, "BATCH_REJECTED", "batch/" + id,
                            batch.state() + " -> REJECTED; betalingen vrijgegeven=" + released + "; reden=" + why)))
                    .compose(audited -> tx.reload());
        });
    }

    /**
     * The bytes of file {@code fileIndex}, only when they still hash to what was approved; the first export moves
     * the batch to EXPORTED and its payments to SENT.
     */
    public Future<ExportedFile> export(Caller officer, long id, int fileIndex) {
        return inTransaction(officer.tenantId(), id, tx -> {
            Batch batch = tx.batch();
            FourEyes.export(batch);
            if (fileIndex < 0 || fileIndex >= batch.files().size()) {
                throw EngineError.notFound("Batch " + id + " heeft geen bestand " + fileIndex);
            }
            byte[] approved = batch.files().get(fileIndex).storedSha256();
            return tx.file(fileIndex).compose(stored -> {
                byte[] hash = ContentHash.sha256(stored.content());
                if (!Arrays.equals(hash, approved)) {
                    throw EngineError.conflict("Het bestand van batch " + id
                            + " wijkt af van wat is goedgekeurd; export geweigerd");
                }
                ExportedFile file = new ExportedFile(stored.msgId(), stored.content(), ContentHash.hex(hash));
                String what = "bestand=" + fileIndex + " msgId=" + file.msgId() + " sha256=" + file.sha256Hex();
                Future<Void> moved = batch.state() != BatchState.APPROVED ? Future.succeededFuture()
                        : tx.move(BatchState.APPROVED, BatchState.EXPORTED, officer, what)
                                .compose(done -> tx.movePayments("IN_BATCH", "SENT")).mapEmpty();
                return moved.compose(done -> tx.audit(AuditEvent.by(officer, "FILE_DOWNLOADED", "batch/" + id, what)))
                        .map(file);
            });
        });
    }

    /** Each acknowledged finding as {@code code: reden [melding]}, one per line. */
    private static String acknowledgements(List<RailFinding> findings, Map<String, String> reasons) {
        StringBuilder text = new StringBuilder();
        for (RailFinding finding : findings) {
            text.append(text.isEmpty() ? "" : "\n").append(finding.code()).append(": ").append(reasons.get(finding.code()))
                    .append(" [").append(finding.melding()).append(']');
        }
        return text.toString();
    }

    /** Runs {@code steps} on the locked batch; commits when they succeed, rolls back whatever failed. */
    private <T> Future<T> inTransaction(String tenantId, long id, Function<BatchStore.BatchTransaction, Future<T>> steps) {
        return UnitOfWork.run(store.lock(tenantId, id), steps);
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
