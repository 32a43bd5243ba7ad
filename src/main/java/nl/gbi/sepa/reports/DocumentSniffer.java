package nl.gbi.sepa.reports;

import java.io.ByteArrayInputStream;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import nl.gbi.sepa.SafeXml;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.gbi.sepa.reports.ReportRefusedException.Problem;

/**
 * Says which ISO 20022 message a file claims to be before anyone parses it: the root must be {@code Document}
 * in one of the expected namespaces, the file must be well-formed (checked fully, not just the root) and
 * within the size limit. The bytes pass {@link SafeXml#refusal} first (UTF-8, no DOCTYPE), before any parser
 * sees them; this is the first code to read an uploaded bank file, so no later parser (prowide, the XSD
 * validator, the StAX reader) ever gets a DOCTYPE.
 */
final class DocumentSniffer {

    /** 64 MiB: a day's returns for a municipality are far below this; bigger is an accident or an attack. */
    static final int BYTES_MAX = 64 << 20;

    private static final XMLInputFactory FACTORY = SafeXml.inputFactory();

    private DocumentSniffer() {
    }

    /** The root namespace of a well-formed {@code xml} that is one of {@code expected}; else refused. */
    static String namespace(byte[] xml, Set<String> expected) {
        if (xml == null || xml.length == 0 || xml.length > BYTES_MAX) {
            throw new ReportRefusedException(Problem.EMPTY_OR_TOO_LARGE,
                    "the file is empty or larger than " + BYTES_MAX + " bytes");
        }
        SafeXml.refusal(xml).ifPresent(refusal -> {
            throw new ReportRefusedException(refusal.kind() == SafeXml.Refusal.Kind.DOCTYPE
                    ? Problem.DOCTYPE_NOT_ALLOWED : Problem.NOT_XML, refusal.message());
        });
        String namespace = null;
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new ReportRefusedException(Problem.DOCTYPE_NOT_ALLOWED, "a DOCTYPE is not allowed in a bank file");
                }
                if (event == XMLStreamConstants.START_ELEMENT && namespace == null) {
                    namespace = rootNamespace(reader, expected);
                }
            }
            reader.close();
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof ReportRefusedException refused) {
                throw refused;
            }
            throw new ReportRefusedException(Problem.NOT_XML, "not well-formed XML: " + e.getMessage(), e);
        }
        if (namespace == null) {
            throw new ReportRefusedException(Problem.NOT_XML, "no root element");
        }
        return namespace;
    }

    private static String rootNamespace(XMLStreamReader reader, Set<String> expected) {
        String namespace = reader.getNamespaceURI();
        if (!"Document".equals(reader.getLocalName()) || namespace == null || !expected.contains(namespace)) {
            throw new ReportRefusedException(Problem.WRONG_NAMESPACE, "the root is {" + namespace + "}"
                    + reader.getLocalName() + "; expected a Document in one of " + expected);
        }
        return namespace;
    }
}
