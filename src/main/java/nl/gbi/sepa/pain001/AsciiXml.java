package nl.gbi.sepa.pain001;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A minimal streaming XML writer for pain.001: elements in the default namespace, two-space indentation, and
 * text that is printable ASCII (every pain.001 text is SEPA-charset by construction, which is a subset).
 * Bytes go into its own buffer, so a million transactions cost no per-character locking or encoding. Text
 * outside printable ASCII is refused, not written: the invariant of {@link CreditTransfer} is asserted again
 * here, at the last moment. {@code & < > "} are escaped although the SEPA set never contains them.
 */
final class AsciiXml {

    private static final int BUFFER_BYTES = 1 << 16;
    private static final int INDENT_MAX = 32;

    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private final String[] open = new String[INDENT_MAX];
    private String leaf;
    private int position;
    private int depth;

    AsciiXml(OutputStream out) {
        this.out = out;
    }

    void startDocument(String namespace) throws IOException {
        ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"");
        text(namespace);
        ascii("\">");
        open[0] = "Document";
        depth = 1;
    }

    void endDocument() throws IOException {
        if (depth != 1) {
            throw new IllegalStateException(depth - 1 + " elements left open");
        }
        ascii("\n</Document>\n");
        flush();
    }

    void start(String name) throws IOException {
        indent();
        ascii("<");
        ascii(name);
        ascii(">");
        open[depth++] = name;
    }

    void end() throws IOException {
        String name = open[--depth];
        indent();
        ascii("</");
        ascii(name);
        ascii(">");
    }

    void leaf(String name, String value) throws IOException {
        indent();
        ascii("<");
        ascii(name);
        ascii(">");
        text(value);
        ascii("</");
        ascii(name);
        ascii(">");
    }

    /** Opens {@code <name} without closing the tag, for one attribute; then text and {@link #endLeaf()}. */
    void startLeaf(String name) throws IOException {
        indent();
        ascii("<");
        ascii(name);
        leaf = name;
    }

    void attribute(String name, String value) throws IOException {
        ascii(" ");
        ascii(name);
        ascii("=\"");
        text(value);
        ascii("\">");
    }

    void endLeaf() throws IOException {
        ascii("</");
        ascii(leaf);
        ascii(">");
    }

    void text(String value) throws IOException {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> ascii("&amp;");
                case '<' -> ascii("&lt;");
                case '>' -> ascii("&gt;");
                case '"' -> ascii("&quot;");
                default -> {
                    if (c < 0x20 || c > 0x7E) {
                        throw new IllegalArgumentException("not printable ASCII at position " + (i + 1) + ": " + value);
                    }
                    put((byte) c);
                }
            }
        }
    }

    void flush() throws IOException {
        out.write(buffer, 0, position);
        position = 0;
        out.flush();
    }

    private void indent() throws IOException {
        put((byte) '\n');
        for (int i = Math.min(depth, INDENT_MAX) * 2; i > 0; i--) {
            put((byte) ' ');
        }
    }

    /** Markup the writer itself produces: known to be ASCII. */
    private void ascii(String markup) throws IOException {
        for (int i = 0; i < markup.length(); i++) {
            put((byte) markup.charAt(i));
        }
    }

    private void put(byte b) throws IOException {
        if (position == BUFFER_BYTES) {
            out.write(buffer, 0, BUFFER_BYTES);
            position = 0;
        }
        buffer[position++] = b;
    }
}
