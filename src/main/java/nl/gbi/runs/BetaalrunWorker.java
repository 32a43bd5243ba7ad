package nl.gbi.runs;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.gbi.batches.BatchCreation;
import nl.gbi.batches.ExecutionDate;
import nl.gbi.batches.NewBatch;
import nl.gbi.batches.PaymentLine;
import nl.gbi.calculation.CalculationSettings;
import nl.gbi.calculation.Calculator;
import nl.gbi.domain.EngineError;
import nl.gbi.domain.Tenant;
import nl.gbi.ops.Metrics;
import nl.gbi.parameters.CurrentParameters;
import nl.gbi.parameters.CurrentPolicies;
import nl.gbi.parameterset.EffectiveParameters;
import nl.gbi.tenants.TenantRegistry;

/**
 * The loops every engine instance runs ({@link BetaalrunSettings#loops()}, so calculating one chunk overlaps
 * storing another): claim a tenant whose chunks are done and make its batch, else claim a chunk and process
 * it, else settle finished runs and wait. Batches first, so a tenant's files are written and checked while
 * the other loop still calculates chunks, instead of all thirteen at the end. One step at a time per loop, each a chain
 * of futures; the calculation runs on a worker thread. A crash anywhere leaves a lease that expires,
 * after which any instance takes the work over; the database refuses whatever would be stored twice.
 */
public final class BetaalrunWorker {

    private static final Logger LOG = Logger.getLogger(BetaalrunWorker.class.getName());

    private final Vertx vertx;
    private final BetaalrunStore store;
    private final BatchCreation batchCreation;
    private final TenantRegistry tenants;
    private final CurrentParameters parameters;
    private final CurrentPolicies policies;
    private final BetaalrunSettings settings;
    private final Metrics metrics;
    private final String owner = "engine-" + UUID.randomUUID();
    /** Per tenant, version of the approved parameter sets and tenant policy: an approval makes new calculators. */
    private final Map<CalculatorKey, Calculator> calculators = new ConcurrentHashMap<>();

    private record CalculatorKey(String tenant, long parameters, CalculationSettings settings) {
    }
    private volatile boolean stopped;
    /** The step in progress of each loop; one loop per {@link BetaalrunSettings#loops()}. */
    private final AtomicReferenceArray<Future<Boolean>> inFlight;

    public BetaalrunWorker(Vertx vertx, BetaalrunStore store, BatchCreation batchCreation, TenantRegistry tenants,
            CurrentParameters parameters, CurrentPolicies policies, BetaalrunSettings settings, Metrics metrics) {
        this.vertx = vertx;
        this.store = store;
        this.batchCreation = batchCreation;
        this.tenants = tenants;
        this.parameters = parameters;
        this.policies = policies;
        this.settings = settings;
        this.metrics = metrics;
        this.inFlight = new AtomicReferenceArray<>(settings.loops());
        metrics.family("gbi_betaalrun_chunks_total", "counter", "Betaalrun chunks calculated and stored by this instance");
        metrics.family("gbi_betaalrun_berekeningen_total", "counter", "Berekeningen calculated in betaalruns, by result");
        metrics.family("gbi_betaalrun_batches_total", "counter", "Batches made by betaalruns on this instance");
        metrics.family("gbi_betaalrun_failures_total", "counter", "Betaalrun steps that failed (retried after the lease), by step");
        metrics.family("gbi_betaalrun_step_milliseconds_total", "counter",
                "Time spent per betaalrun step: chunk (read, calculate, store), calculate (off the event loop), batch (files, checks, store)");
    }

    public void start() {
        for (int loop = 0; loop < settings.loops(); loop++) {
            int me = loop;
            inFlight.set(me, Future.succeededFuture(false));
            vertx.runOnContext(go -> tick(me));
        }
    }

    /**
     * Takes no new work; the future completes when the step in progress has ended, so the database can close
     * after it. A step that never ends leaves its lease to expire for another instance.
     */
    public Future<Void> stop() {
        stopped = true;
        List<Future<Boolean>> steps = new ArrayList<>();
        for (int loop = 0; loop < inFlight.length(); loop++) {
            steps.add(inFlight.get(loop));
        }
        return Future.join(steps).<Void>mapEmpty().otherwiseEmpty();
    }

    private void tick(int loop) {
        if (stopped) {
            return;
        }
        Future<Boolean> current = nextStep();
        inFlight.set(loop, current);
        current.onComplete(step -> {
            if (step.failed()) {
                LOG.log(Level.WARNING, "betaalrun step failed; its lease expires and it is retried", step.cause());
            }
            boolean more = step.succeeded() && step.result();
            if (more) {
                vertx.runOnContext(again -> tick(loop));
            } else if (!stopped) {
                vertx.setTimer(settings.pollMillis(), again -> tick(loop));
            }
        });
    }

    /** One step of work; true when there may be more right away. */
    private Future<Boolean> nextStep() {
        return store.claimTenant(owner, settings.lease()).compose(tenant -> tenant.isPresent()
                ? makeBatch(tenant.get()).map(true)
                : store.claimChunk(owner, settings.lease()).compose(chunk -> chunk.isPresent()
                        ? processChunk(chunk.get()).map(true)
                        : store.settleRuns().map(false)));
    }

    private Future<ChunkResult> processChunk(ClaimedChunk chunk) {
        long started = System.nanoTime();
        return policies.refresh().compose(fresh -> tenant(chunk.tenantId()))
                .compose(tenant -> parameters.current().compose(figures -> store.processChunk(chunk, owner,
                        input -> vertx.executeBlocking(() -> {
                    long calculating = System.nanoTime();
                    ChunkResult result = ChunkCalculation.calculate(calculator(tenant, figures), figures,
                            tenant.gemeentecode(), tenant.vakantiegeldPayoutMonth(), chunk.periode(), input);
                    countMillis("calculate", calculating);
                    return result;
                }, false))))
                .andThen(done -> countMillis("chunk", started))
                .onSuccess(done -> {
                    metrics.count("gbi_betaalrun_chunks_total", "", 1);
                    metrics.count("gbi_betaalrun_berekeningen_total", "result=\"calculated\"", done.calculated().size());
                    metrics.count("gbi_betaalrun_berekeningen_total", "result=\"refused\"", done.refusals().size());
                })
                .onFailure(failed -> metrics.count("gbi_betaalrun_failures_total", "step=\"chunk\"", 1));
    }

    /** Where a run's time goes, per step (chunk = read, calculate and store; calculate = its part off the event loop). */
    private void countMillis(String step, long startedNanos) {
        metrics.count("gbi_betaalrun_step_milliseconds_total", "step=\"" + step + "\"",
                (System.nanoTime() - startedNanos) / 1_000_000);
    }

    /**
     * The tenant's batches of the run: its payable lines in parts of at most {@code linesPerBatch}
     * ({@link BatchParts}), one batch each, made one after another. A retry after a crash keeps the parts already
     * made: their lines are payments now, so they come back as PAID_IN_THIS_RUN and only the rest is split, into
     * the next part numbers (the database keeps one batch per tenant, run and part).
     */
    private Future<Boolean> makeBatch(ClaimedTenant claimed) {
        long started = System.nanoTime();
        return policies.refresh().compose(fresh -> tenant(claimed.tenantId()))
                .compose(tenant -> lines(tenant, claimed)
                        .compose(lines -> store.batchesOf(claimed.tenantId(), claimed.runId())
                                .compose(existing -> createBatches(tenant, claimed, lines, existing))))
                .compose(made -> store.finishTenant(claimed, owner, made.batchId(), skipped(made.lines().lines()),
                                made.lines().refusals())
                        .onSuccess(completed -> LOG.info(() -> "betaalrun " + claimed.runId() + " " + claimed.tenantId()
                                + ": " + (made.batchId() == null ? "nothing to pay" : made.parts() + " batch(es) from "
                                + made.batchId() + " ready")
                                + (made.lines().refusals().isEmpty() ? ""
                                        : "; " + made.lines().refusals().size() + " dossiers refused at the batch step")
                                + (completed ? "; run completed" : ""))))
                .andThen(done -> countMillis("batch", started))
                .onFailure(failed -> metrics.count("gbi_betaalrun_failures_total", "step=\"batch\"", 1));
    }

    /** @param batchId the first part's batch, null when there was nothing to pay */
    private record Made(Long batchId, int parts, BatchLines lines) {
    }

    private Future<Made> createBatches(Tenant tenant, ClaimedTenant claimed, BatchLines lines,
            List<RunStatus.RunBatch> existing) {
        List<List<PaymentLine>> parts = BatchParts.split(lines.payable(), settings.linesPerBatch());
        Future<Long> first = Future.succeededFuture(existing.isEmpty() ? null : existing.get(0).batchId());
        for (int i = 0; i < parts.size(); i++) {
            int part = existing.size() + i;
            NewBatch request = new NewBatch(claimed.tenantId(), claimed.runId(), claimed.startedBy(),
                    claimed.startedByNaam(), ExecutionDate.forPeriode(tenant, claimed.periode()), parts.get(i), part);
            first = first.compose(firstId -> batchCreation.create(request).map(batch -> {
                metrics.count("gbi_betaalrun_batches_total", "", 1);
                return firstId == null ? batch.id() : firstId;
            }));
        }
        return first.map(firstId -> new Made(firstId, existing.size() + parts.size(), lines));
    }

    /**
     * The run's calculated lines, then the tenant's returned payments: a correction for each one whose blocked
     * IBAN was replaced, a skip for each one still waiting. A correction made by another run in the meantime
     * is refused by the database (one live correction per payment), and the step is retried without it. Then
     * every line to pay is checked as the file writer will take it ({@link BatchLines}), off the event loop.
     */
    private Future<BatchLines> lines(Tenant tenant, ClaimedTenant claimed) {
        return store.lines(claimed.tenantId(), claimed.runId())
                .compose(lines -> store.returned(claimed.tenantId())
                        .compose(returned -> vertx.executeBlocking(() -> BatchLines.of(tenant.gemeentecode(), lines,
                                returned), false)));
    }

    private static List<RunLine> skipped(List<RunLine> lines) {
        return lines.stream().filter(l -> l.skip() != null && l.skip() != SkipReason.PAID_IN_THIS_RUN).toList();
    }

    /** The tenant of queued work; one this engine does not know fails the step (and so, in the end, the run). */
    private Future<Tenant> tenant(String tenantId) {
        return tenants.find(tenantId).map(Future::succeededFuture)
                .orElseGet(() -> Future.failedFuture(EngineError.notFound("betaalrun work for unknown tenant " + tenantId)));
    }

    private Calculator calculator(Tenant tenant, EffectiveParameters figures) {
        CalculatorKey key = new CalculatorKey(tenant.gemeentecode(), figures.version(), CalculationSettings.of(tenant));
        Calculator known = calculators.get(key);
        if (known != null) {
            return known;
        }
        calculators.keySet().removeIf(k -> k.tenant().equals(tenant.gemeentecode()));
        return calculators.computeIfAbsent(key, k -> new Calculator(figures.table(), k.settings()));
    }
}
