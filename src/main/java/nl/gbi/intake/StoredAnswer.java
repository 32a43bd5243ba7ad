package nl.gbi.intake;

/** The answer given to an earlier request under an Idempotency-Key, with the SHA-256 of its body. */
public record StoredAnswer(byte[] bodySha256, int statusCode, String responseJson) {
}
