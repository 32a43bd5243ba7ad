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
import nl.gbi.tenants.TenantRegistry;

/** Starting a betaalrun for a period and reading its progress (ops). The worker does the work. */
public final class Betaalruns {

    private final BetaalrunStore store;
    private final TenantRegistry tenants;
    private final BetaalrunSettings settings;

    public Betaalruns(BetaalrunStore store, TenantRegistry tenants, BetaalrunSettings settings) {
        this.store = store;
        this.tenants = tenants;
        this.settings = settings;
    }

    /** Plans the run of {@code periode} over all tenants; fails with conflict while a run of that period runs. */
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
        String runId = "run-" + UUID.randomUUID();
        return store.start(runId, parsed, AuditEvent.by(ops, "BETAALRUN_STARTED", "betaalrun/" + runId, "periode=" + parsed),
                tenants.all().stream().map(t -> t.gemeentecode()).sorted().toList(), settings.chunkSize());
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
