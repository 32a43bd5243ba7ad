package nl.gbi.batches;

import java.time.OffsetDateTime;
import nl.gbi.domain.Money;

/**
 * One officer's approval and what that officer was shown: the content hash, count and total; {@code persoon} is the
 * person who holds the token (four eyes count persons).
 */
public record Approval(String tokenId, String naam, String persoon, OffsetDateTime approvedAt, byte[] contentSha256,
                       int nbOfTxs, Money ctrlSum) {
}
