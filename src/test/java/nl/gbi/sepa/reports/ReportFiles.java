package nl.gbi.sepa.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The sample bank files under src/test/resources/sepa/reports. */
final class ReportFiles {

    static final List<String> STATUS = List.of("pain.002.001.10-part.xml", "pain.002.001.03-rjct.xml",
            "pain.002.001.03-tx.xml");
    static final List<String> RETURNS = List.of("camt.053.001.02.xml", "camt.053.001.08.xml", "camt.054.001.02.xml",
            "camt.054.001.08.xml");

    private ReportFiles() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = ReportFiles.class.getResourceAsStream("/sepa/reports/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
