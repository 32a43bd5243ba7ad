package nl.gbi.sepa;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * The one place where XML from outside meets a parser. A bank file never makes the engine reach out: no
 * external DTD, entity, schema or XInclude is ever fetched. Two lines of defence:
 *
 * <ol>
 *   <li>{@link #refusal(byte[])} looks at the bytes before any parser does: ISO 20022 messages are UTF-8, so
 *       the bytes must be UTF-8 (or ASCII) and may not contain {@code <!DOCTYPE} or {@code <!ENTITY}
 *       anywhere. Without a DOCTYPE there is no DTD, no entity declaration and no parameter entity, so no
 *       parser after it has anything to resolve. A DOCTYPE was the way in: the JDK's StAX reader with DTD
 *       support fetches the external subset <em>before</em> it reports the DOCTYPE to its caller.</li>
 *   <li>{@link #inputFactory()} (StAX) and {@link XsdValidator} are configured never to resolve anything even
 *       when such bytes did reach them: DTD support off, external entities off, {@code ACCESS_EXTERNAL_DTD}
 *       and {@code ACCESS_EXTERNAL_SCHEMA} empty, and a resolver that refuses every request.</li>
 * </ol>
 *
 * <p>{@code xsi:schemaLocation} is a hint that real bank files carry; it is ignored (files are judged
 * against the bundled XSDs only), never fetched. Nothing here enables XInclude.
 */
public final class SafeXml {

    /** The encoding pseudo-attribute of an XML declaration at the very start of the file. */
    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("\\A<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final int DECLARATION_BYTES_MAX = 256;

    private SafeXml() {
    }

    /** Why bytes may not reach a parser. */
    public record Refusal(Kind kind, String message) {
        /** DOCTYPE: a DOCTYPE or entity declaration; ENCODING: not UTF-8. */
        public enum Kind { DOCTYPE, ENCODING }
    }

    /**
     * Why {@code xml} from outside may not be given to any XML parser, or empty when it may: a DOCTYPE or
     * entity declaration anywhere, or an encoding other than UTF-8. Linear in the size, no parsing.
     */
    public static Optional<Refusal> refusal(byte[] xml) {
        int start = startsWith(xml, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
        if (xml.length > start && !isAsciiXmlStart(xml[start])) {
            // UTF-16/32 (with or without a byte order mark), EBCDIC or binary: ISO 20022 messages are UTF-8,
            // and the DOCTYPE scan below is only sound for an ASCII-compatible encoding
            return Optional.of(new Refusal(Refusal.Kind.ENCODING,
                    "a bank file must be UTF-8 XML; it starts with byte 0x" + Integer.toHexString(xml[start] & 0xFF)));
        }
        Optional<String> encoding = declaredEncoding(xml, start);
        if (encoding.isPresent() && !encoding.get().equalsIgnoreCase("UTF-8")
                && !encoding.get().equalsIgnoreCase("US-ASCII")) {
            return Optional.of(new Refusal(Refusal.Kind.ENCODING,
                    "a bank file must be UTF-8 XML; it declares encoding " + encoding.get()));
        }
        int nul = indexOfNul(xml);
        if (nul >= 0) {
            // XML never contains U+0000; a zero byte means UTF-16/32 without a byte order mark, or binary
            return Optional.of(new Refusal(Refusal.Kind.ENCODING,
                    "a bank file must be UTF-8 XML; it has a zero byte at " + nul));
        }
        int markup = declarationIndex(xml, start);
        if (markup >= 0) {
            return Optional.of(new Refusal(Refusal.Kind.DOCTYPE, "a bank file may not contain a DOCTYPE or entity"
                    + " declaration (byte " + markup + "); the engine never loads DTDs or entities named in a file"));
        }
        return Optional.empty();
    }

    /**
     * A StAX factory for any file, ours or the bank's: the JDK's own implementation (never a provider found on
     * the class path), namespace-aware, no DTD processing, no external entities or DTDs, and a resolver that
     * refuses. A DOCTYPE still shows up as a {@code DTD} event, which every caller refuses.
     */
    public static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        return factory;
    }

    private static boolean isAsciiXmlStart(byte first) {
        return first == '<' || first == ' ' || first == '\t' || first == '\r' || first == '\n';
    }

    private static Optional<String> declaredEncoding(byte[] xml, int start) {
        int length = Math.min(DECLARATION_BYTES_MAX, xml.length - start);
        String head = new String(xml, start, length, StandardCharsets.ISO_8859_1);
        Matcher matcher = DECLARED_ENCODING.matcher(head);
        return matcher.find() ? Optional.of(matcher.group(1).trim()) : Optional.empty();
    }

    private static int indexOfNul(byte[] xml) {
        for (int i = 0; i < xml.length; i++) {
            if (xml[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the first {@code <!DOCTYPE} or {@code <!ENTITY} (any case), or -1. */
    private static int declarationIndex(byte[] xml, int start) {
        for (int i = start; i < xml.length - 1; i++) {
            if (xml[i] == '<' && xml[i + 1] == '!'
                    && (matchesIgnoringCase(xml, i + 2, "DOCTYPE") || matchesIgnoringCase(xml, i + 2, "ENTITY"))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matchesIgnoringCase(byte[] xml, int at, String word) {
        if (at + word.length() > xml.length) {
            return false;
        }
        String found = new String(xml, at, word.length(), StandardCharsets.ISO_8859_1);
        return found.toUpperCase(Locale.ROOT).equals(word);
    }

    private static boolean startsWith(byte[] xml, int at, byte[] prefix) {
        if (xml.length < at + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (xml[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
