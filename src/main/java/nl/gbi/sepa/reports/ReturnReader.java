package nl.gbi.sepa.reports;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import nl.gbi.sepa.SafeXml;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.gbi.sepa.Finding;
import nl.gbi.sepa.XsdValidator;
import nl.gbi.sepa.reports.ReportRefusedException.Problem;

/**
 * Reads returned credit transfers from camt.053 (statement) and camt.054 (notification), versions .001.02 and
 * .001.08. The file is sniffed, validated against its XSD (bundled under {@code xsd/}), and then read in one
 * streaming pass: the four versions share the element names this reader needs, so one StAX reader serves all
 * of them, and a large statement never sits in memory as an object tree. prowide's four unrelated class
 * hierarchies for these versions are not used for that reason.
 */
public final class ReturnReader {

    private static final String PREFIX = "urn:iso:std:iso:20022:tech:xsd:";
    private static final Map<String, String> SCHEMAS = Map.of(
            PREFIX + "camt.053.001.02", "camt.053.001.02", PREFIX + "camt.053.001.08", "camt.053.001.08",
            PREFIX + "camt.054.001.02", "camt.054.001.02", PREFIX + "camt.054.001.08", "camt.054.001.08");
    private static final XMLInputFactory FACTORY = SafeXml.inputFactory();

    private ReturnReader() {
    }

    public static ReturnsReport read(byte[] xml) {
        String namespace = DocumentSniffer.namespace(xml, SCHEMAS.keySet());
        List<Finding> invalid = XsdValidator.validate(SCHEMAS.get(namespace), new ByteArrayInputStream(xml));
        if (!invalid.isEmpty()) {
            throw new ReportRefusedException(Problem.XSD_INVALID, "not valid " + SCHEMAS.get(namespace) + ": "
                    + invalid.get(0).transaction() + " " + invalid.get(0).message());
        }
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
            ReturnEntryCollector collector = new ReturnEntryCollector();
            StringBuilder text = new StringBuilder();
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    text.setLength(0);
                    collector.start(reader.getLocalName(), reader.getAttributeValue(null, "Ccy"));
                } else if (event == XMLStreamConstants.CHARACTERS) {
                    text.append(reader.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    collector.end(reader.getLocalName(), text.toString().strip());
                    text.setLength(0);
                }
            }
            reader.close();
            return new ReturnsReport(collector.messageId(), namespace, collector.returns());
        } catch (XMLStreamException e) {
            throw new ReportRefusedException(Problem.NOT_XML, "not well-formed XML: " + e.getMessage(), e);
        }
    }
}
