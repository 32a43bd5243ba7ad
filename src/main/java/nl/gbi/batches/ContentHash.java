package nl.gbi.batches;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 of file bytes, and the hash an officer approves: for a batch of one file exactly that file's
 * SHA-256 (what {@code X-Content-SHA256} says on download); for several files the SHA-256 of their SHA-256s
 * concatenated in file order, so that changing any file changes it.
 */
public final class ContentHash {

    private ContentHash() {
    }

    public static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }

    /** The batch hash from the files' hashes in file order. */
    public static byte[] ofFiles(List<byte[]> fileHashes) {
        if (fileHashes.isEmpty()) {
            throw new IllegalArgumentException("a batch without files has no content hash");
        }
        if (fileHashes.size() == 1) {
            return fileHashes.get(0).clone();
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            fileHashes.forEach(digest::update);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
