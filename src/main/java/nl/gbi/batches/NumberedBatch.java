package nl.gbi.batches;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.gbi.domain.Fout;
import nl.gbi.domain.Money;

/**
 * A batch whose lines are numbered and planned into files, before the files exist: the request, its reserved
 * numbers, each line's EndToEndId and the file it is planned in (null for every line when no file will be
 * written), and the findings of preparing the lines. The store writes the lines while the files are written
 * and checked, then takes the files with {@link #withFiles}.
 */
public record NumberedBatch(NewBatch request, long batchId, List<Long> paymentSeqs, List<String> endToEndIds,
                            List<Integer> fileIndexes, List<Fout> findings, int approvalsNeeded, Money ctrlSum) {

    public NumberedBatch {
        paymentSeqs = List.copyOf(paymentSeqs);
        endToEndIds = List.copyOf(endToEndIds);
        fileIndexes = Collections.unmodifiableList(new ArrayList<>(fileIndexes));
        findings = List.copyOf(findings);
        if (paymentSeqs.size() != request.lines().size() || endToEndIds.size() != request.lines().size()
                || fileIndexes.size() != request.lines().size()) {
            throw new IllegalArgumentException("every line needs a seq, an EndToEndId and a planned file");
        }
    }

    /**
     * The batch with its written files. The lines were stored with their planned file before the files were
     * written, so the files must carry exactly the lines planned in them; otherwise nothing may be stored.
     */
    public PreparedBatch withFiles(List<PreparedBatch.WrittenFile> files) {
        PreparedBatch prepared = new PreparedBatch(request, batchId, paymentSeqs, endToEndIds, files, findings,
                approvalsNeeded, ctrlSum);
        if (!prepared.fileIndexes().equals(fileIndexes)) {
            throw new IllegalStateException("the files of batch " + batchId + " do not hold the lines as planned");
        }
        return prepared;
    }
}
