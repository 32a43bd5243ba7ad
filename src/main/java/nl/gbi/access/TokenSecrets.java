package nl.gbi.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The token format {@code gbi_<id>_<secret>}: a public id to find the row, and 32 random bytes of secret
 * of which only the SHA-256 is stored. A high-entropy secret needs no slow hash; the comparison is in
 * constant time so response times say nothing about the stored hash.
 */
public final class TokenSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "gbi_";
    private static final char[] ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    static final int ID_LENGTH = 12;

    /** A parsed bearer token. */
    public record Parts(String id, String secret) {
    }

    private TokenSecrets() {
    }

    public static String newId() {
        char[] id = new char[ID_LENGTH];
        for (int i = 0; i < id.length; i++) {
            id[i] = ID_ALPHABET[RANDOM.nextInt(ID_ALPHABET.length)];
        }
        return new String(id);
    }

    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String format(String id, String secret) {
        return PREFIX + id + "_" + secret;
    }

    public static Optional<Parts> parse(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() != PREFIX.length() + ID_LENGTH + 1 + 43) {
            return Optional.empty();
        }
        String id = token.substring(PREFIX.length(), PREFIX.length() + ID_LENGTH);
        if (token.charAt(PREFIX.length() + ID_LENGTH) != '_') {
            return Optional.empty();
        }
        return Optional.of(new Parts(id, token.substring(PREFIX.length() + ID_LENGTH + 1)));
    }

    public static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean matches(String secret, byte[] storedSha256) {
        return MessageDigest.isEqual(sha256(secret), storedSha256);
    }
}
