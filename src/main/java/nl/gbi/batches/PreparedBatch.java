package nl.gbi.batches;

import java.util.ArrayList;
import java.util.List;
import nl.gbi.domain.Fout;
import nl.gbi.domain.Money;

/**
 * A batch ready to be stored: the request, its reserved numbers, each line's EndToEndId, the written files
 * and every finding. With findings it is stored but not offered for approval.
 */
public record PreparedBatch(NewBatch request, long batchId, List<Long> paymentSeqs, List<String> endToEndIds,
                            List<WrittenFile> files, List<Fout> findings, int approvalsNeeded, Money ctrlSum) {

    public PreparedBatch {
        paymentSeqs = List.copyOf(paymentSeqs);
        endToEndIds = List.copyOf(endToEndIds);
        files = List.copyOf(files);
        findings = List.copyOf(findings);
    }

    /** One written pain.001 file with its hash and the findings of {@code Pain001Check}. */
    public record WrittenFile(int fileIndex, String msgId, byte[] content, byte[] sha256, int nbOfTxs, Money ctrlSum,
                              List<Fout> findings) {
        public WrittenFile {
            findings = List.copyOf(findings);
        }
    }

    /** The file each line is written in, in line order; null for every line when no file was written. */
    public List<Integer> fileIndexes() {
        List<Integer> indexes = new ArrayList<>(paymentSeqs.size());
        for (WrittenFile file : files) {
            for (int i = 0; i < file.nbOfTxs(); i++) {
                indexes.add(file.fileIndex());
            }
        }
        while (indexes.size() < paymentSeqs.size()) {
            indexes.add(null);
        }
        return indexes;
    }

    public boolean offerable() {
        return findings.isEmpty() && !files.isEmpty() && files.stream().allMatch(f -> f.findings().isEmpty());
    }
}
