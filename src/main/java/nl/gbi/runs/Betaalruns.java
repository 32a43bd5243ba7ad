package nl.gbi.runs;

import io.vertx.core.Future;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import nl.gbi.access.Caller;
import nl.gbi.audit.AuditEvent;
import nl.gbi.domain.EngineError;
import nl.gbi.domain.Fout;
import nl.gbi.parameters.CurrentParameters;
import nl.gbi.tenants.TenantRegistry;

/** Starting a betaalrun for a period and reading its progress (ops). The worker does the work. */
public final class Betaalruns {

    private final BetaalrunStore store;
    private final TenantRegistry tenants;
    private final BetaalrunSettings settings;
    private final CurrentParameters parameters;

    public Betaalruns(BetaalrunStore store, TenantRegistry tenants, BetaalrunSettings settings,
            CurrentParameters parameters) {
        this.store = store;
        this.tenants = tenants;
        this.settings = settings;
        this.parameters = parameters;
    }

    /**
     * Plans the run of {@code periode} over all tenants; fails with conflict while a run of that period runs, and
     * refuses to start for a month without approved figures (instead of refusing every dossier, docs/parameters.md).
     */
    public Future<RunStatus.Run> start(Caller ops, String periode) {
        YearMonth parsed;
        try {
            parsed = periode == null ? null : YearMonth.parse(periode);
        } catch (DateTimeParseException e) {
            parsed = null;
        }
        if (parsed == null) {
            return Future.failedFuture(EngineError.invalid(new Fout("periode", "ONGELDIG", "periode is YYYY-MM")));
        }
        YearMonth month = parsed;
        String runId = "run-" + UUID.randomUUID();
        return parameters.current().compose(figures -> figures.knows(month)
                ? store.start(runId, month, AuditEvent.by(ops, "BETAALRUN_STARTED", "betaalrun/" + runId,
                        "periode=" + month), tenants.all().stream().map(t -> t.gemeentecode()).sorted().toList(),
                        settings.chunkSize())
                : Future.failedFuture(EngineError.invalid(new Fout("periode", "NORMEN_NIET_GOEDGEKEURD", "Voor " + month
                        + " zijn geen goedgekeurde normen: stel de parameterset van die maand voor en laat een tweede"
                        + " persoon hem goedkeuren (POST /api/v1/parametersets, docs/parameters.md)"))));
    }

    public Future<RunStatus> status(String runId) {
        return store.status(runId).map(found -> found.orElseThrow(() -> EngineError.notFound("Onbekende betaalrun")));
    }

    /** How many runs {@link #recent()} shows: a month has one or two, so this covers more than a year. */
    public static final int RECENT_MAX = 20;

    /** The most recently started runs, newest first, at most {@link #RECENT_MAX}. */
    public Future<List<RunStatus.Run>> recent() {
        return store.recent(RECENT_MAX);
    }
}
