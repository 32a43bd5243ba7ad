package nl.gbi.batches;

/** The bytes of one approved pain.001 file as they go to the bank, with their SHA-256 (hex). */
public record ExportedFile(String msgId, byte[] content, String sha256Hex) {
}
