package nl.gbi.batches;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.gbi.domain.Fout;
import nl.gbi.domain.Money;

/**
 * A batch as stored, with its files (hashes only), approvals and totals per payment kind and state. A list
 * holds batches without files, approvals and totals (empty lists). {@code wantedExecutionDate}: the date it
 * asked for when that had passed and the execution date moved ({@link ExecutionDate#plan}); null: as asked.
 */
public record Batch(String tenantId, long id, String runId, String startedBy, String startedByPersoon, BatchState state,
                    LocalDate executionDate, LocalDate wantedExecutionDate, int nbOfTxs, Money ctrlSum, int approvalsNeeded,
                    OffsetDateTime createdAt, String decidedBy, String reason, List<Fout> findings,
                    List<BatchFile> files, List<Approval> approvals, List<KindTotal> perSoort,
                    List<KindTotal> perState) {

    public Batch {
        findings = List.copyOf(findings);
        files = List.copyOf(files);
        approvals = List.copyOf(approvals);
        perSoort = List.copyOf(perSoort);
        perState = List.copyOf(perState);
    }

    /** True when the execution date is not the one the batch asked for. */
    public boolean executionDateMoved() {
        return wantedExecutionDate != null && !wantedExecutionDate.equals(executionDate);
    }

    /** The hash of the bytes as they are stored now; empty for a batch without files. */
    public Optional<byte[]> contentSha256() {
        return files.isEmpty() ? Optional.empty()
                : Optional.of(ContentHash.ofFiles(files.stream().map(BatchFile::actualSha256).toList()));
    }

    /** True when every file's bytes still hash to what was recorded when it was written. */
    public boolean filesIntact() {
        return files.stream().allMatch(BatchFile::intact);
    }

    /** Whether an approval still counts: it was given for exactly the bytes, count and total stored now. */
    public boolean stillValid(Approval approval) {
        return filesIntact() && contentSha256().map(hash -> Arrays.equals(hash, approval.contentSha256())).orElse(false)
                && approval.nbOfTxs() == nbOfTxs && approval.ctrlSum().equals(ctrlSum);
    }

    /** Approvals that still count, one per officer (the database keeps one row per officer). */
    public long validApprovals() {
        return approvals.stream().filter(this::stillValid).count();
    }
}
