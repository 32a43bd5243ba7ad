package nl.gbi.batches;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;
import nl.gbi.domain.EngineError;
import nl.gbi.domain.Fout;
import nl.gbi.domain.Money;
import nl.gbi.domain.Tenant;
import nl.gbi.sepa.EndToEndId;
import nl.gbi.sepa.FileId;
import nl.gbi.sepa.Finding;
import nl.gbi.sepa.pain001.CreditTransfer;
import nl.gbi.sepa.pain001.CreditTransferPreparation;
import nl.gbi.sepa.pain001.FilePlanner;
import nl.gbi.sepa.pain001.FileSlice;
import nl.gbi.sepa.pain001.Pain001Check;
import nl.gbi.sepa.pain001.Pain001Writer;
import nl.gbi.sepa.pain001.PaymentFileHeader;
import nl.gbi.tenants.TenantRegistry;

/**
 * Creates a batch for one tenant from payment lines: numbers them (EndToEndId from a never-reused sequence),
 * prepares every credit transfer, splits them into files of at most the tenant's
 * {@code maxTransactionsPerFile}, writes and checks each file ({@link Pain001Check}) off the event loop, and
 * stores batch, lines and exact bytes with their SHA-256 in one transaction. The files are written and
 * checked while the store writes the lines in that transaction (two cores busy instead of one), and the
 * transaction commits only after both. A batch with any finding is stored as CREATED with its findings and is
 * not offered for approval; otherwise it awaits approval.
 */
public final class BatchCreation {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Two: PostgreSQL stores the lines meanwhile, so more writers than cores would only cost heap. */
    private static final int FILE_WRITERS_MAX = 2;

    private final Vertx vertx;
    private final BatchStore store;
    private final TenantRegistry tenants;

    private final Clock clock;

    public BatchCreation(Vertx vertx, BatchStore store, TenantRegistry tenants) {
        this(vertx, store, tenants, Clock.systemUTC());
    }

    /** {@code clock}: now, for the execution date that may not lie in the past and the files' creation time. */
    public BatchCreation(Vertx vertx, BatchStore store, TenantRegistry tenants, Clock clock) {
        this.vertx = vertx;
        this.store = store;
        this.tenants = tenants;
        this.clock = clock;
    }

    /**
     * Creates the batch; its execution date is never in the past: a date that has passed (or today's, after the
     * tenant's cut-off) moves to the first one the bank can still execute ({@link ExecutionDate#plan}), and the
     * batch keeps the date it asked for so the page can say it moved.
     */
    public Future<Batch> create(NewBatch asked) {
        Tenant tenant = tenants.find(asked.tenantId()).orElse(null);
        if (tenant == null) {
            return Future.failedFuture(EngineError.notFound("Onbekende gemeente " + asked.tenantId()));
        }
        NewBatch request = asked.planned(ExecutionDate.plan(tenant, asked.executionDate(), clock.instant(),
                asked.instant()));
        return store.reserve(tenant.gemeentecode(), request.lines().size(), filesFor(tenant, request.lines().size()))
                .compose(reserved -> vertx.executeBlocking(() -> number(tenant, request, reserved), false))
                .compose(numbered -> store.insert(numbered.batch(), writeFilesAside(tenant, numbered)));
    }

    /**
     * Writes and checks the files on {@value #FILE_WRITERS_MAX} workers, each taking every other file, so
     * writing one file overlaps checking another; the files come back in file order.
     */
    private Future<List<PreparedBatch.WrittenFile>> writeFilesAside(Tenant tenant, Numbered numbered) {
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(AMSTERDAM)).truncatedTo(ChronoUnit.SECONDS);
        int writers = Math.min(FILE_WRITERS_MAX, numbered.slices().size());
        List<Future<List<PreparedBatch.WrittenFile>>> parts = new ArrayList<>(writers);
        for (int writer = 0; writer < writers; writer++) {
            int first = writer;
            parts.add(vertx.executeBlocking(() -> {
                List<PreparedBatch.WrittenFile> files = new ArrayList<>();
                for (int i = first; i < numbered.slices().size(); i += writers) {
                    files.add(writeFile(tenant, numbered, numbered.slices().get(i), now));
                }
                return files;
            }, false));
        }
        return Future.all(parts).map(done -> parts.stream().flatMap(part -> part.result().stream())
                .sorted(Comparator.comparingInt(PreparedBatch.WrittenFile::fileIndex)).toList());
    }

    /** The files {@code lines} payments of {@code tenant} take: at most its maxTransactionsPerFile each. */
    private static int filesFor(Tenant tenant, int lines) {
        int max = tenant.maxTransactionsPerFile();
        return (lines + max - 1) / max;
    }

    /**
     * Writes and checks the files of a batch that is never stored, numbered 1, 2, … where a real batch reserves its
     * numbers from sequences: the betaalrun's warm-up. Nothing is reserved, stored or audited.
     */
    public static PreparedBatch rehearse(Tenant tenant, NewBatch request) {
        int lines = request.lines().size();
        return prepare(tenant, request, new BatchStore.Reservation(0, LongStream.rangeClosed(1, lines).boxed().toList(),
                LongStream.rangeClosed(1, filesFor(tenant, lines)).boxed().toList()));
    }

    /** Numbers, prepares and plans every line, then writes and checks the files (what {@link #create} overlaps). */
    static PreparedBatch prepare(Tenant tenant, NewBatch request, BatchStore.Reservation reserved) {
        Numbered numbered = number(tenant, request, reserved);
        OffsetDateTime now = creationDateTime();
        return numbered.batch().withFiles(numbered.slices().stream()
                .map(slice -> writeFile(tenant, numbered, slice, now)).toList());
    }

    private static OffsetDateTime creationDateTime() {
        return OffsetDateTime.now(AMSTERDAM).truncatedTo(ChronoUnit.SECONDS);
    }

    /** A numbered batch with what writing its files takes; the credit transfers stay in this class. */
    private record Numbered(NumberedBatch batch, List<CreditTransfer> transfers, List<FileSlice> slices,
                            List<Long> fileSeqs) {
    }

    private static Numbered number(Tenant tenant, NewBatch request, BatchStore.Reservation reserved) {
        List<String> ids = new ArrayList<>(request.lines().size());
        List<CreditTransfer> transfers = new ArrayList<>(request.lines().size());
        List<Fout> findings = new ArrayList<>();
        Money total = Money.ZERO;
        for (int i = 0; i < request.lines().size(); i++) {
            PaymentLine line = request.lines().get(i);
            String id = EndToEndId.of(tenant.gemeentecode(), line.periode(), reserved.paymentSeqs().get(i),
                    line.dossierId()).value();
            ids.add(id);
            total = total.plus(line.amount());
            var result = CreditTransferPreparation.prepare(id, line.amount(), line.creditorName(), line.creditorIban(),
                    line.remittance(), line.soort().clientOwnPayment());
            if (result instanceof CreditTransferPreparation.Result.Ready ready) {
                transfers.add(ready.transfer());
            } else {
                ((CreditTransferPreparation.Result.Refused) result).findings().forEach(f -> findings.add(f.toFout()));
            }
        }
        List<FileSlice> slices = findings.isEmpty()
                ? FilePlanner.plan(transfers.stream().map(CreditTransfer::amount).iterator(), tenant.maxTransactionsPerFile())
                : List.of();
        NumberedBatch batch = new NumberedBatch(request, reserved.batchId(), reserved.paymentSeqs(), ids,
                fileIndexes(slices, request.lines().size()), findings, FourEyes.approvalsNeeded(tenant, total), total);
        return new Numbered(batch, transfers, slices, reserved.fileSeqs());
    }

    private static List<Integer> fileIndexes(List<FileSlice> slices, int lines) {
        List<Integer> indexes = new ArrayList<>(lines);
        for (FileSlice slice : slices) {
            indexes.addAll(Collections.nCopies(slice.nbOfTxs(), slice.fileIndex()));
        }
        indexes.addAll(Collections.nCopies(lines - indexes.size(), null));
        return indexes;
    }

    private static PreparedBatch.WrittenFile writeFile(Tenant tenant, Numbered numbered, FileSlice slice,
            OffsetDateTime now) {
        FileId fileId = new FileId(tenant.gemeentecode(), numbered.batch().request().executionDate(),
                numbered.fileSeqs().get(slice.fileIndex()));
        PaymentFileHeader ordinary = PaymentFileHeader.forTenant(tenant, fileId, now, slice.nbOfTxs(), slice.ctrlSum());
        PaymentFileHeader header = numbered.batch().request().instant() ? ordinary.asInstant() : ordinary;
        List<CreditTransfer> part = numbered.transfers().subList((int) slice.firstOrdinal(),
                (int) slice.firstOrdinal() + slice.nbOfTxs());
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024 + 600 * slice.nbOfTxs());
        Pain001Writer.write(header, part.iterator(), out);
        byte[] content = out.toByteArray();
        List<Fout> fileFindings = Pain001Check.check(content).findings().stream().map(Finding::toFout).toList();
        return new PreparedBatch.WrittenFile(slice.fileIndex(), fileId.msgId(), content, ContentHash.sha256(content),
                slice.nbOfTxs(), slice.ctrlSum(), fileFindings);
    }
}
