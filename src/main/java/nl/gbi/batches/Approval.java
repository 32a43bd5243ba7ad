package nl.gbi.batches;

import java.time.OffsetDateTime;
import nl.gbi.domain.Money;

/** One officer's approval and what that officer was shown: the content hash, count and total. */
public record Approval(String tokenId, String naam, OffsetDateTime approvedAt, byte[] contentSha256, int nbOfTxs,
                       Money ctrlSum) {
}
