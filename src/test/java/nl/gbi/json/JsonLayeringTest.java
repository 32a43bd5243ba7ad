package nl.gbi.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.gbi.sepa.pain001.CreditTransfer;
import org.junit.jupiter.api.Test;

/**
 * The contract's JSON may use the SEPA character set (the writer's own transliteration, plain Java) and
 * nothing else of the SEPA adapter: no file writer, no report reader, no prowide, no framework.
 */
class JsonLayeringTest {

    private static final Path JSON = Path.of("src/main/java/nl/gbi/json");
    private static final Set<String> SEPA_ALLOWED = Set.of("import nl.gbi.sepa.Transliterator;",
            "import nl.gbi.sepa.Transliteration;");

    @Test
    void jsonImportsOnlyTheSepaCharacterSetAndNoAdapter() throws IOException {
        assertTrue(Files.isDirectory(JSON));
        try (Stream<Path> files = Files.walk(JSON)) {
            List<String> offending = files.filter(p -> p.toString().endsWith(".java"))
                    .flatMap(p -> lines(p).stream().map(String::strip)
                            .filter(line -> line.startsWith("import "))
                            .filter(JsonLayeringTest::forbidden).map(line -> p.getFileName() + ": " + line))
                    .toList();
            assertEquals(List.of(), offending);
        }
    }

    @Test
    void theBankLengthsAreTheWritersLengths() {
        assertEquals(CreditTransfer.NAME_LENGTH_MAX, BankText.NAME_MAX);
        assertEquals(CreditTransfer.USTRD_LENGTH_MAX, BankText.REMITTANCE_MAX);
    }

    private static boolean forbidden(String line) {
        if (line.startsWith("import nl.gbi.sepa")) {
            return !SEPA_ALLOWED.contains(line);
        }
        return Stream.of("import io.vertx", "import java.sql", "import com.prowidesoftware", "import nl.gbi.http",
                "import nl.gbi.persistence", "import nl.gbi.intake", "import nl.gbi.runs", "import nl.gbi.batches")
                .anyMatch(line::startsWith);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
