package nl.gbi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The shipped tenants/*.json copied to a test's own directory, one municipality's file edited. */
public final class TestTenants {

    private TestTenants() {
    }

    /** Copies every tenant file into {@code dir}/tenants and replaces {@code from} by {@code to} in {@code code}'s file. */
    public static Path withEdit(Path dir, String code, String from, String to) throws IOException {
        Path tenants = Files.createDirectories(dir.resolve("tenants"));
        try (Stream<Path> files = Files.list(Path.of("tenants"))) {
            for (Path file : files.toList()) {
                Files.copy(file, tenants.resolve(file.getFileName()));
            }
        }
        Path edited = tenants.resolve(code + ".json");
        String text = Files.readString(edited);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(code + ".json has no " + from);
        }
        Files.writeString(edited, text.replace(from, to));
        return tenants;
    }
}
