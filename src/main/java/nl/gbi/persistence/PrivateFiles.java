package nl.gbi.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Files and directories only the engine's OS user may read: the data directory, the embedded server's
 * generated passwords and its log. Existing ones with wider modes are narrowed, so that a data directory
 * made by an older engine (or a careless {@code cp}) becomes private at the next start.
 */
final class PrivateFiles {

    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private PrivateFiles() {
    }

    static Path directory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIRECTORY));
        }
        Files.setPosixFilePermissions(dir, DIRECTORY);
        return dir;
    }

    /** An empty file of mode 0600 when there is none yet; an existing one is narrowed to 0600. */
    static Path file(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        } catch (FileAlreadyExistsException e) {
            // kept: a log to append to, or a secret to read
        }
        Files.setPosixFilePermissions(file, FILE);
        return file;
    }

    /**
     * The secret in {@code file}, generated (32 random bytes, base64url: no character that needs quoting in a
     * URL or a shell) when the file does not exist yet.
     */
    static String secret(Path file) throws IOException {
        if (Files.exists(file)) {
            file(file);
            String secret = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (secret.isEmpty()) {
                throw new IllegalStateException(file + " is empty; restore it from a backup of the data directory");
            }
            return secret;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Path temp = file(file.resolveSibling(file.getFileName() + ".new"));
        Files.writeString(temp, secret + "\n", StandardCharsets.UTF_8);
        Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return secret;
    }
}
