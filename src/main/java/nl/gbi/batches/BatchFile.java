package nl.gbi.batches;

import java.util.Arrays;
import java.util.List;
import nl.gbi.domain.Fout;
import nl.gbi.domain.Money;

/**
 * One stored pain.001 file of a batch, without its bytes.
 *
 * @param storedSha256 the hash recorded when the file was written
 * @param actualSha256 the hash of the bytes stored now: differs from {@code storedSha256} when someone edited them
 */
public record BatchFile(int fileIndex, String msgId, byte[] storedSha256, byte[] actualSha256, int nbOfTxs,
                        Money ctrlSum, List<Fout> findings) {

    public BatchFile {
        findings = List.copyOf(findings);
    }

    public boolean intact() {
        return Arrays.equals(storedSha256, actualSha256);
    }
}
