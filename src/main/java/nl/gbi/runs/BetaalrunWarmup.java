package nl.gbi.runs;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import nl.gbi.batches.BatchCreation;
import nl.gbi.batches.ExecutionDate;
import nl.gbi.batches.NewBatch;
import nl.gbi.batches.PaymentLine;
import nl.gbi.batches.PreparedBatch;
import nl.gbi.calculation.CalculationSettings;
import nl.gbi.calculation.Calculator;
import nl.gbi.domain.Tenant;
import nl.gbi.parameterset.EffectiveParameters;

/**
 * The betaalrun's own CPU work done once on made-up dossiers when an engine starts, so the JVM has compiled it
 * before the first real run: reading each berekening, the calculation and the ledger ({@link ChunkCalculation}),
 * checking the lines as the writer takes them ({@link BatchLines}), and writing and checking the pain.001 files
 * ({@link BatchCreation#rehearse}). Without it the first run after a start needs about twice the CPU of the runs
 * after it (docs/benchmarks.md, "A warm engine"). It reads and writes no database, no file and no audit: what it
 * made is counted and dropped. Runs on a worker thread; {@code stopped} ends it between chunks.
 */
public final class BetaalrunWarmup {

    /**
     * As many as helped (60.000 did no better, docs/benchmarks.md): about 2,5 s, and 4–5 CPU-seconds with the JIT's
     * compiler threads, on a cold JVM.
     */
    public static final int DOSSIERS_DEFAULT = 20_000;
    /**
     * Made-up berekeningen are made and dropped a chunk at a time; the payment lines stay until their municipality's
     * files are written (at most about 150.000 lines), and one batch's files at a time.
     */
    public static final int DOSSIERS_MAX = 100_000;

    private BetaalrunWarmup() {
    }

    /**
     * What the warm-up did: dossiers calculated and refused (by the calculation or at the batch step), payment lines
     * paid, files written and their findings.
     */
    public record Done(int dossiers, int calculated, int refused, int lines, int files, int findings, long millis) {
    }

    /**
     * The chunks go to the municipalities in turn, as a run's do: a JIT that saw one municipality's settings only
     * compiles for those, and throws that code away when the run brings the others (a profile showed it).
     *
     * @param tenants the municipalities, each with its own settings
     * @param berekeningFor the contract's JSON of a made-up berekening of a municipality, for a month and a dossier id
     * @param periode a month {@code figures} know
     */
    public static Done run(EffectiveParameters figures, List<Tenant> tenants, YearMonth periode, int dossiers,
            Berekeningen berekeningFor, BooleanSupplier stopped) {
        if (dossiers < 1 || dossiers > DOSSIERS_MAX) {
            throw new IllegalArgumentException("warm-up dossiers 1 to " + DOSSIERS_MAX + ", not " + dossiers);
        }
        if (tenants.isEmpty()) {
            throw new IllegalArgumentException("a warm-up needs a municipality");
        }
        long started = System.nanoTime();
        Map<String, List<RunLine>> lines = new LinkedHashMap<>();
        int calculated = 0;
        int refused = 0;
        int done = 0;
        for (int chunk = 0; done < dossiers && !stopped.getAsBoolean(); chunk++) {
            Tenant tenant = tenants.get(chunk % tenants.size());
            Calculator calculator = new Calculator(figures.table(), CalculationSettings.of(tenant));
            int size = Math.min(BetaalrunSettings.CHUNK_SIZE_DEFAULT, dossiers - done);
            List<MonthInput> months = new ArrayList<>(size);
            for (int i = done + 1; i <= done + size; i++) {
                String dossierId = String.format("%s-W%06d", tenant.gemeentecode(), i);
                months.add(new MonthInput(dossierId, periode, 1, berekeningFor.of(tenant, periode, dossierId), null,
                        null, false));
            }
            ChunkResult result = ChunkCalculation.calculate(calculator, figures, tenant.gemeentecode(),
                    tenant.vakantiegeldPayoutMonth(), periode, new ChunkInput(months, Map.of(), Map.of(), List.of()));
            calculated += result.calculated().size();
            refused += result.refusals().size();
            List<RunLine> ofTenant = lines.computeIfAbsent(tenant.gemeentecode(), code -> new ArrayList<>());
            for (PaymentLine line : result.lines()) {
                ofTenant.add(new RunLine(line, null, null));
            }
            done += size;
        }
        int paid = 0;
        int files = 0;
        int findings = 0;
        for (Tenant tenant : tenants) {
            List<RunLine> ofTenant = lines.remove(tenant.gemeentecode());
            if (ofTenant == null || stopped.getAsBoolean()) {
                continue;
            }
            BatchLines checked = BatchLines.of(tenant.gemeentecode(), ofTenant, List.of());
            refused += checked.refusals().size();
            paid += checked.payable().size();
            for (List<PaymentLine> part : BatchParts.split(checked.payable(), NewBatch.LINES_MAX)) {
                PreparedBatch batch = BatchCreation.rehearse(tenant, new NewBatch(tenant.gemeentecode(), null, "warm-up",
                        "warm-up", ExecutionDate.forPeriode(tenant, periode), part));
                files += batch.files().size();
                findings += batch.findings().size();
                for (PreparedBatch.WrittenFile file : batch.files()) {
                    findings += file.findings().size();
                }
            }
        }
        return new Done(done, calculated, refused, paid, files, findings, (System.nanoTime() - started) / 1_000_000);
    }

    /** The month to warm up with: {@code now}, or the newest half-year with approved figures when now has none. */
    public static YearMonth month(EffectiveParameters figures, YearMonth now) {
        return figures.knows(now) ? now : figures.newestHalfYear();
    }

    /** Made-up berekeningen in the contract's JSON. */
    @FunctionalInterface
    public interface Berekeningen {
        String of(Tenant tenant, YearMonth periode, String dossierId);
    }
}
