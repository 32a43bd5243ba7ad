package nl.gbi.sepa;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates ISO 20022 files in the JVM against the XSDs under {@code xsd/} on the classpath (unchanged public
 * copies, see {@code xsd/SOURCES.txt}). Schemas are compiled once and cached; validation streams (SAX), so a
 * million-transaction file validates in constant memory. The JDK's own implementation with secure processing;
 * external DTDs, entities and schemas are never fetched ({@code ACCESS_EXTERNAL_DTD}/{@code _SCHEMA} empty,
 * a resolver that refuses), whatever the file names.
 */
public final class XsdValidator {

    public static final String PAIN_001_001_09 = "pain.001.001.09";
    private static final int ERRORS_MAX = 100;
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private XsdValidator() {
    }

    /** The XSD violations of {@code xml} as findings (empty when valid), at most {@value #ERRORS_MAX}. */
    public static List<Finding> validate(String schemaName, InputStream xml) {
        List<Finding> errors = new ArrayList<>();
        try {
            Validator validator = schema(schemaName).newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setResourceResolver(XsdValidator::refuse);
            validator.setErrorHandler(new Collector(errors));
            validator.validate(new StreamSource(xml));
        } catch (SAXException | IOException | RuntimeException e) {
            if (errors.size() < ERRORS_MAX) {
                errors.add(new Finding("file", "-", FindingCode.XSD_INVALID, "not valid " + schemaName + ": "
                        + e.getMessage()));
            }
        }
        return List.copyOf(errors);
    }

    static Schema schema(String schemaName) {
        return SCHEMAS.computeIfAbsent(schemaName, XsdValidator::load);
    }

    private static Schema load(String schemaName) {
        URL xsd = XsdValidator.class.getResource("/xsd/" + schemaName + ".xsd");
        if (xsd == null) {
            throw new IllegalArgumentException("no XSD on the classpath for " + schemaName);
        }
        try {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("the bundled XSD " + schemaName + " does not load", e);
        }
    }

    /**
     * The bundled XSDs import nothing, and a file's {@code xsi:schemaLocation} is ignored because the schema
     * is fixed; should anything still ask for a resource, it is refused rather than fetched.
     */
    private static LSInput refuse(String type, String namespace, String publicId, String systemId, String baseUri) {
        throw new IllegalStateException("external resource refused: " + systemId);
    }

    /** Collects errors instead of stopping at the first; a fatal error still ends validation. */
    private record Collector(List<Finding> errors) implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            if (errors.size() >= ERRORS_MAX) {
                throw e;
            }
            errors.add(new Finding("line " + e.getLineNumber() + ":" + e.getColumnNumber(), "-",
                    FindingCode.XSD_INVALID, e.getMessage()));
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
