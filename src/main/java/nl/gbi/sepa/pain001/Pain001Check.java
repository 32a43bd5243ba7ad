package nl.gbi.sepa.pain001;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.gbi.sepa.Finding;
import nl.gbi.sepa.XsdValidator;

/**
 * The gate before a pain.001 file may be offered for approval: the pain.001.001.09 XSD and then every SEPA
 * rule of sepa.md, each in its own streaming pass over the written file. A file with any finding is not
 * offerable.
 */
public final class Pain001Check {

    private Pain001Check() {
    }

    /** The outcome of checking one file. */
    public record Report(List<Finding> findings) {
        public Report {
            findings = List.copyOf(findings);
        }

        public boolean offerable() {
            return findings.isEmpty();
        }
    }

    public static Report check(Path file) {
        List<Finding> findings = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            findings.addAll(XsdValidator.validate(XsdValidator.PAIN_001_001_09, in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            findings.addAll(Pain001RulesChecker.check(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new Report(findings);
    }

    public static Report check(byte[] file) {
        List<Finding> findings = new ArrayList<>(XsdValidator.validate(XsdValidator.PAIN_001_001_09,
                new ByteArrayInputStream(file)));
        findings.addAll(Pain001RulesChecker.check(new ByteArrayInputStream(file)));
        return new Report(findings);
    }
}
