package nl.gbi.sepa.pain001;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin layer over {@link XMLStreamWriter} that indents by two spaces per level, so a person can read the
 * file the bank gets, and that writes every element in the default namespace without a prefix.
 */
final class IndentingXml {

    private static final char[] NEWLINES_AND_SPACES = ("\n" + " ".repeat(64)).toCharArray();

    private final XMLStreamWriter xml;
    private int depth;

    IndentingXml(XMLStreamWriter xml) {
        this.xml = xml;
    }

    void startDocument(String namespace) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.setDefaultNamespace(namespace);
        xml.writeStartElement("", "Document", namespace);
        xml.writeDefaultNamespace(namespace);
        depth = 1;
    }

    void endDocument() throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    void start(String name) throws XMLStreamException {
        indent();
        xml.writeStartElement(name);
        depth++;
    }

    void end() throws XMLStreamException {
        depth--;
        indent();
        xml.writeEndElement();
    }

    void leaf(String name, String text) throws XMLStreamException {
        startLeaf(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    void startLeaf(String name) throws XMLStreamException {
        indent();
        xml.writeStartElement(name);
    }

    void attribute(String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, value);
    }

    void text(String text) throws XMLStreamException {
        xml.writeCharacters(text);
    }

    void endLeaf() throws XMLStreamException {
        xml.writeEndElement();
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters(NEWLINES_AND_SPACES, 0, 1 + 2 * depth);
    }
}
