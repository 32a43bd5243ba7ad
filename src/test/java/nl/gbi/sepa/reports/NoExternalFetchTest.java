package nl.gbi.sepa.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.gbi.sepa.HostileXml;
import nl.gbi.sepa.LoopbackListener;
import nl.gbi.sepa.ProwidePain001;
import nl.gbi.sepa.SafeXml;
import nl.gbi.sepa.XsdValidator;
import nl.gbi.sepa.pain001.Pain001Check;
import nl.gbi.sepa.reports.ReportRefusedException.Problem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every class in the engine that parses XML, given every hostile variant of every kind of file: none may send
 * a single request to the loopback listener the files point at, and every file with a DOCTYPE is refused.
 * The readers are tested on their own (not only through the HTTP API) so that a parser added later behind
 * another route is caught here too.
 */
class NoExternalFetchTest {

    @TempDir
    static Path dir;
    static LoopbackListener listener;

    @BeforeAll
    static void start() {
        ProwidePain001.init();
        listener = LoopbackListener.start();
    }

    @AfterAll
    static void stop() {
        listener.close();
    }

    @AfterEach
    void nothingReachedTheListener() {
        assertEquals(List.of(), listener.requests(), "a parser fetched what a file named");
    }

    @TestFactory
    List<DynamicTest> theStatusReportReaderRefusesEveryDoctypeAndFetchesNothing() {
        return each(ReportFiles.STATUS, variant -> {
            if (variant.doctype()) {
                refused(() -> StatusReportReader.read(variant.bytes()), variant);
            } else {
                readOrRefused(() -> StatusReportReader.read(variant.bytes()));
            }
        });
    }

    @TestFactory
    List<DynamicTest> theReturnReaderRefusesEveryDoctypeAndFetchesNothing() {
        return each(ReportFiles.RETURNS, variant -> {
            if (variant.doctype()) {
                refused(() -> ReturnReader.read(variant.bytes()), variant);
            } else {
                readOrRefused(() -> ReturnReader.read(variant.bytes()));
            }
        });
    }

    @TestFactory
    List<DynamicTest> theSnifferRefusesEveryDoctypeBeforeParsing() {
        Set<String> namespaces = Set.of(StatusReportReader.PAIN_002_001_10, StatusReportReader.PAIN_002_001_03,
                "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02", "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08",
                "urn:iso:std:iso:20022:tech:xsd:camt.054.001.02", "urn:iso:std:iso:20022:tech:xsd:camt.054.001.08");
        List<String> files = new ArrayList<>(ReportFiles.STATUS);
        files.addAll(ReportFiles.RETURNS);
        return each(files, variant -> {
            if (variant.doctype()) {
                refused(() -> DocumentSniffer.namespace(variant.bytes(), namespaces), variant);
                assertTrue(SafeXml.refusal(variant.bytes()).isPresent(), variant.name());
            } else {
                readOrRefused(() -> DocumentSniffer.namespace(variant.bytes(), namespaces));
            }
        });
    }

    /** The XSD validator on its own, without the sniffer in front: its own settings must hold. */
    @TestFactory
    List<DynamicTest> theXsdValidatorFetchesNothingEvenWithoutTheSniffer() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String file : ReportFiles.RETURNS) {
            String schema = file.substring(0, file.length() - ".xml".length());
            for (HostileXml.Variant variant : HostileXml.variants(ReportFiles.bytes(file), listener, dir)) {
                tests.add(dynamicTest(schema + " / " + variant, () -> {
                    var findings = XsdValidator.validate(schema, new ByteArrayInputStream(variant.bytes()));
                    // an internal entity fetches nothing and expands within the JDK's limits: the validator
                    // may accept it; the sniffer in front of it refuses the DOCTYPE
                    if (variant.doctype() && !variant.name().equals("internal entity expansion")
                            || variant.name().equals("XInclude")) {
                        assertFalse(findings.isEmpty(), "the validator accepted " + variant);
                    }
                    assertEquals(List.of(), listener.requests(), variant.name());
                }));
            }
        }
        return tests;
    }

    /** The pain.001 gate (XSD + rules) also reads a file from disk that an attacker might have swapped. */
    @TestFactory
    List<DynamicTest> thePain001CheckFetchesNothingAndOffersNoFileWithADoctype() throws IOException {
        byte[] golden;
        try (InputStream in = getClass().getResourceAsStream("/sepa/golden/pain001-small.xml")) {
            golden = in.readAllBytes();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (HostileXml.Variant variant : HostileXml.variants(golden, listener, dir)) {
            tests.add(dynamicTest(variant.name(), () -> {
                Pain001Check.Report report = Pain001Check.check(variant.bytes());
                if (variant.doctype() || variant.name().equals("XInclude")) {
                    assertFalse(report.offerable(), variant.name());
                }
                assertEquals(List.of(), listener.requests(), variant.name());
            }));
        }
        return tests;
    }

    /** The StAX factory every reader uses, read to the end on its own. */
    @TestFactory
    List<DynamicTest> theStaxFactoryResolvesNothing() {
        List<String> files = new ArrayList<>(ReportFiles.STATUS);
        files.addAll(ReportFiles.RETURNS);
        return each(files, variant -> {
            try {
                XMLStreamReader reader = SafeXml.inputFactory().createXMLStreamReader(
                        new ByteArrayInputStream(variant.bytes()));
                while (reader.hasNext()) {
                    reader.next();
                }
            } catch (XMLStreamException | RuntimeException expected) {
                // refusing to go on is fine; reaching out is not (checked after each test)
            }
        });
    }

    @Test
    void aDoctypeIsNamedAsSuchInTheRefusal() {
        byte[] file = HostileXml.variants(ReportFiles.bytes("camt.054.001.08.xml"), listener, dir).get(0).bytes();
        ReportRefusedException refused = assertThrows(ReportRefusedException.class, () -> ReturnReader.read(file));
        assertEquals(Problem.DOCTYPE_NOT_ALLOWED, refused.problem());
        assertTrue(refused.getMessage().contains("DOCTYPE"), refused.getMessage());
    }

    @Test
    void goodFilesStillRead() {
        for (String file : ReportFiles.STATUS) {
            assertTrue(SafeXml.refusal(ReportFiles.bytes(file)).isEmpty(), file);
            StatusReportReader.read(ReportFiles.bytes(file));
        }
        for (String file : ReportFiles.RETURNS) {
            assertFalse(ReturnReader.read(ReportFiles.bytes(file)).returns().isEmpty(), file);
        }
    }

    @Test
    void aSchemaLocationHintIsIgnoredNotFetchedNorRefused() {
        for (String file : ReportFiles.RETURNS) {
            HostileXml.Variant hinted = HostileXml.variants(ReportFiles.bytes(file), listener, dir).stream()
                    .filter(v -> v.name().equals("schemaLocation")).findFirst().orElseThrow();
            assertEquals(ReturnReader.read(ReportFiles.bytes(file)).returns(),
                    ReturnReader.read(hinted.bytes()).returns(), file);
        }
    }

    private static List<DynamicTest> each(List<String> files, Consumer<HostileXml.Variant> check) {
        List<DynamicTest> tests = new ArrayList<>();
        for (String file : files) {
            for (HostileXml.Variant variant : HostileXml.variants(ReportFiles.bytes(file), listener, dir)) {
                tests.add(dynamicTest(file + " / " + variant, () -> {
                    check.accept(variant);
                    assertEquals(List.of(), listener.requests(), file + " / " + variant);
                }));
            }
        }
        return tests;
    }

    private static void refused(Runnable read, HostileXml.Variant variant) {
        ReportRefusedException refused = assertThrows(ReportRefusedException.class, read::run, variant.name());
        Set<Problem> expected = variant.name().contains("UTF-16") ? Set.of(Problem.NOT_XML)
                : Set.of(Problem.DOCTYPE_NOT_ALLOWED);
        assertTrue(expected.contains(refused.problem()), variant + ": " + refused.problem() + " " + refused.getMessage());
    }

    /** A file without a DOCTYPE may be read or refused for its content; it must not fail in any other way. */
    private static void readOrRefused(Runnable read) {
        try {
            read.run();
        } catch (ReportRefusedException fine) {
            // refused for what it is, not for a fetch
        }
    }
}
