package nl.gbi.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded server's {@code pg_hba.conf}, written by the engine: a password (SCRAM-SHA-256) for every
 * connection, over TCP from 127.0.0.1 only. Older engines let initdb write one that trusted every local
 * connection; such a file is kept for one start, until the roles have passwords, and then replaced.
 */
final class HostBasedAuthentication {

    static final String CONTENT = """
            # Written by the GBI Betaalmotor at every start; edits are lost. A password (SCRAM) for every
            # connection, TCP from 127.0.0.1 only (the server has no unix socket).
            host  all          all       127.0.0.1/32  scram-sha-256
            host  replication  postgres  127.0.0.1/32  scram-sha-256
            """;

    private HostBasedAuthentication() {
    }

    /** Writes the file before the server starts; true when the existing one trusted connections (kept for now). */
    static boolean prepare(Path pgDir) {
        try {
            Path file = pgDir.resolve("pg_hba.conf");
            if (Files.exists(file) && trusts(Files.readString(file, StandardCharsets.UTF_8))) {
                return true;
            }
            write(pgDir);
            return false;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + pgDir.resolve("pg_hba.conf"), e);
        }
    }

    static void write(Path pgDir) throws IOException {
        Path file = PrivateFiles.file(pgDir.resolve("pg_hba.conf"));
        Files.writeString(file, CONTENT, StandardCharsets.UTF_8);
    }

    private static boolean trusts(String content) {
        return content.lines().map(String::strip)
                .filter(line -> !line.startsWith("#") && !line.isEmpty())
                .anyMatch(line -> line.matches(".*\\btrust\\b.*"));
    }
}
