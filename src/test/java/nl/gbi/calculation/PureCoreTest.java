package nl.gbi.calculation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The domain, the calculation and the betaalrun rules are plain Java: they import only {@code java.*} without I/O, and
 * {@code nl.gbi.domain} (the calculation also itself). No Vert.x, Jackson, prowide, SQL, files, floating point money.
 */
class PureCoreTest {

    private static final List<String> FORBIDDEN_JAVA = List.of("java.io.", "java.nio.", "java.sql.", "java.net.",
            "java.lang.reflect.", "java.util.logging.", "java.lang.System");

    @ParameterizedTest
    @ValueSource(strings = {"nl/gbi/domain", "nl/gbi/calculation", "nl/gbi/ledger", "nl/gbi/parameterset", "nl/gbi/rails"})
    void importsOnlyPlainJavaAndTheDomain(String packagePath) throws IOException {
        List<String> violations = new ArrayList<>();
        List<Path> files = sources(packagePath);
        assertTrue(!files.isEmpty(), "no sources found under " + packagePath);
        for (Path file : files) {
            for (String line : Files.readAllLines(file)) {
                String trimmed = line.strip();
                if (trimmed.startsWith("import ") && !allowed(trimmed.substring(7).replace("static ", ""))) {
                    violations.add(file.getFileName() + ": " + trimmed);
                }
                if (trimmed.matches(".*\\b(double|float|Double|Float)\\b.*") && !trimmed.startsWith("*") && !trimmed.startsWith("/")) {
                    violations.add(file.getFileName() + " uses floating point: " + trimmed);
                }
                if (trimmed.contains("System.") || trimmed.contains("Thread.sleep")) {
                    violations.add(file.getFileName() + " does I/O or blocks: " + trimmed);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    private static boolean allowed(String imported) {
        if (imported.startsWith("nl.gbi.domain.") || imported.startsWith("nl.gbi.calculation.")) {
            return true;
        }
        // a charset encodes text, it reads no file (the parameter sets hash their figures as UTF-8)
        return imported.startsWith("java.") && (imported.startsWith("java.nio.charset.")
                || FORBIDDEN_JAVA.stream().noneMatch(imported::startsWith));
    }

    private static List<Path> sources(String packagePath) throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of("src/main/java", packagePath))) {
            return walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
