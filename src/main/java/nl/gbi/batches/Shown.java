package nl.gbi.batches;

import nl.gbi.domain.Money;

/**
 * What the approving officer says was shown: content hash (hex), count and total. A field left out (null)
 * is not compared; the approval always records the stored values.
 */
public record Shown(String sha256Hex, Integer nbOfTxs, Money ctrlSum) {

    public static final Shown NOTHING = new Shown(null, null, null);
}
