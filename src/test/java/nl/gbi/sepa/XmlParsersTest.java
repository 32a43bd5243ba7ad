package nl.gbi.sepa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A parser added later cannot slip in: every place in the engine's sources that can make an XML parser is
 * listed here, and each listed place is one that {@code NoExternalFetchTest} feeds hostile files. A new one
 * fails this test until it goes through {@link SafeXml} (or is added here together with its hostile test).
 */
class XmlParsersTest {

    private static final Path MAIN = Path.of("src/main/java");

    /** What can parse XML, and the only files allowed to do so. */
    private static final Map<Pattern, List<String>> ALLOWED = Map.of(
            Pattern.compile("XMLInputFactory\\.new|XMLInputFactory\\.newFactory|XMLInputFactory\\.newInstance"),
            List.of("nl/gbi/sepa/SafeXml.java"),
            Pattern.compile("SchemaFactory\\.new"), List.of("nl/gbi/sepa/XsdValidator.java"),
            Pattern.compile("\\bMx[A-Za-z0-9]+\\.parse\\(|MxParseUtils|MxReadImpl|AbstractMX\\.parse"),
            List.of("nl/gbi/sepa/reports/StatusReportReader.java"),
            Pattern.compile("DocumentBuilderFactory|SAXParserFactory|XMLReaderFactory|TransformerFactory"
                    + "|XPathFactory|JAXBContext|Unmarshaller|XMLEventReader|DatatypeFactory"), List.of());

    @Test
    void onlyTheHardenedClassesMakeXmlParsers() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<String> offending = files.filter(p -> p.toString().endsWith(".java"))
                    .flatMap(p -> violations(p).stream()).toList();
            assertEquals(List.of(), offending);
        }
    }

    private static List<String> violations(Path file) {
        String relative = MAIN.relativize(file).toString().replace('\\', '/');
        String source = read(file);
        return ALLOWED.entrySet().stream()
                .filter(rule -> rule.getKey().matcher(source).find() && !rule.getValue().contains(relative))
                .map(rule -> relative + " uses " + rule.getKey().pattern()).toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
