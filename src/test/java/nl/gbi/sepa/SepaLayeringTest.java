package nl.gbi.sepa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package rules of the package-info files, checked on the sources: the SEPA adapter never imports
 * Vert.x, SQL or another adapter; the payment decisions import nothing but the JDK and the domain.
 */
class SepaLayeringTest {

    private static final Path MAIN = Path.of("src/main/java/nl/gbi");

    @Test
    void theSepaAdapterImportsNoFrameworkSqlOrOtherAdapter() throws IOException {
        assertEquals(List.of(), offending(MAIN.resolve("sepa"),
                List.of("import io.vertx", "import java.sql", "import javax.sql", "import nl.gbi.http",
                        "import nl.gbi.persistence", "import nl.gbi.tenants", "import nl.gbi.ops")));
    }

    @Test
    void paymentDecisionsArePlainJava() throws IOException {
        assertEquals(List.of(), offending(MAIN.resolve("payments"),
                List.of("import io.vertx", "import java.sql", "import javax.xml", "import com.prowidesoftware",
                        "import com.fasterxml", "import java.io", "import java.nio", "import nl.gbi.sepa")));
    }

    private static List<String> offending(Path root, List<String> forbidden) throws IOException {
        assertTrue(Files.isDirectory(root), root + " is missing");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> lines(p).stream()
                    .filter(line -> forbidden.stream().anyMatch(line::startsWith)).map(line -> p + ": " + line))
                    .toList();
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
