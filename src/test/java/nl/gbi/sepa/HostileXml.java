package nl.gbi.sepa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a good ISO 20022 file into the ways an attacker would make a parser reach out: a DOCTYPE with an
 * {@code http:} or {@code file:} system id, an external general entity, a parameter entity, a public id,
 * the DOCTYPE disguised (lower case, after a comment, in UTF-16), and the hints that carry no DOCTYPE at all
 * ({@code xsi:schemaLocation}, {@code xsi:noNamespaceSchemaLocation}, XInclude). Every URL points at the
 * {@link LoopbackListener}; a {@code file:} DTD points at it again, so reading the file is seen too.
 */
public final class HostileXml {

    /** One hostile file; {@code doctype} says whether it carries a DOCTYPE (and so must be refused). */
    public record Variant(String name, byte[] bytes, boolean doctype) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final Pattern DECLARATION = Pattern.compile("\\A\\s*(<\\?xml[^>]*\\?>)?\\s*");
    private static final Pattern ROOT = Pattern.compile("<Document xmlns=\"([^\"]+)\"");
    private static final Pattern MSG_ID = Pattern.compile("<MsgId>[^<]*</MsgId>");

    private HostileXml() {
    }

    /** Every variant of {@code good} (a UTF-8 file with a default-namespace Document root). */
    public static List<Variant> variants(byte[] good, LoopbackListener listener, Path dir) {
        String xml = new String(good, StandardCharsets.UTF_8);
        Path fileDtd = write(dir.resolve("hostile.dtd"),
                "<!ENTITY % back SYSTEM \"" + listener.url("file-dtd-followed") + "\"> %back;");
        List<Variant> variants = new ArrayList<>();
        variants.add(doctype("DOCTYPE SYSTEM http:", xml,
                "<!DOCTYPE Document SYSTEM \"" + listener.url("doctype-http") + "\">"));
        variants.add(doctype("DOCTYPE SYSTEM file:", xml,
                "<!DOCTYPE Document SYSTEM \"" + fileDtd.toUri() + "\">"));
        variants.add(doctype("DOCTYPE SYSTEM file:///", xml,
                "<!DOCTYPE Document SYSTEM \"file://" + fileDtd.toAbsolutePath() + "\">"));
        variants.add(doctype("DOCTYPE PUBLIC", xml,
                "<!DOCTYPE Document PUBLIC \"-//GBI//hostile//EN\" \"" + listener.url("doctype-public") + "\">"));
        variants.add(new Variant("external general entity", bytes(withMsgId(insertAfterDeclaration(xml,
                "<!DOCTYPE Document [<!ENTITY ext SYSTEM \"" + listener.url("general-entity") + "\">]>"),
                "&ext;")), true));
        variants.add(new Variant("external general entity file:", bytes(withMsgId(insertAfterDeclaration(xml,
                "<!DOCTYPE Document [<!ENTITY ext SYSTEM \"" + fileDtd.toUri() + "\">]>"), "&ext;")), true));
        variants.add(doctype("parameter entity", xml, "<!DOCTYPE Document [<!ENTITY % pe SYSTEM \""
                + listener.url("parameter-entity") + "\"> %pe;]>"));
        variants.add(doctype("internal entity expansion", xml, "<!DOCTYPE Document [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"));
        variants.add(doctype("lower-case doctype", xml,
                "<!doctype Document SYSTEM \"" + listener.url("doctype-lower") + "\">"));
        variants.add(doctype("DOCTYPE after a comment", xml,
                "<!-- statement --><!DOCTYPE Document SYSTEM \"" + listener.url("doctype-after-comment") + "\">"));
        String utf16 = insertAfterDeclaration(xml.replaceFirst("encoding=\"UTF-8\"", "encoding=\"UTF-16\""),
                "<!DOCTYPE Document SYSTEM \"" + listener.url("doctype-utf16") + "\">");
        variants.add(new Variant("DOCTYPE in UTF-16", utf16.getBytes(StandardCharsets.UTF_16), true));
        variants.add(new Variant("DOCTYPE in UTF-16LE without BOM", utf16.getBytes(StandardCharsets.UTF_16LE), true));
        variants.add(new Variant("schemaLocation", bytes(withRootAttributes(xml,
                "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"" + namespace(xml)
                + " " + listener.url("schema-location") + "\"")), false));
        variants.add(new Variant("noNamespaceSchemaLocation", bytes(withRootAttributes(xml,
                "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:noNamespaceSchemaLocation=\""
                + listener.url("no-namespace-schema-location") + "\"")), false));
        variants.add(new Variant("XInclude", bytes(xml.replaceFirst("(<Document [^>]*>)",
                "$1<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" + listener.url("xinclude")
                + "\" parse=\"xml\"/>")), false));
        return variants;
    }

    private static Variant doctype(String name, String xml, String doctype) {
        return new Variant(name, bytes(insertAfterDeclaration(xml, doctype)), true);
    }

    private static String insertAfterDeclaration(String xml, String markup) {
        Matcher declaration = DECLARATION.matcher(xml);
        declaration.find();
        String head = declaration.group(1) == null ? "" : declaration.group(1) + "\n";
        return head + markup + "\n" + xml.substring(declaration.end());
    }

    private static String withMsgId(String xml, String content) {
        return MSG_ID.matcher(xml).replaceFirst("<MsgId>" + Matcher.quoteReplacement(content) + "</MsgId>");
    }

    private static String withRootAttributes(String xml, String attributes) {
        return ROOT.matcher(xml).replaceFirst("<Document xmlns=\"$1\" " + Matcher.quoteReplacement(attributes));
    }

    private static String namespace(String xml) {
        Matcher root = ROOT.matcher(xml);
        if (!root.find()) {
            throw new IllegalArgumentException("no default-namespace Document root");
        }
        return root.group(1);
    }

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static Path write(Path file, String content) {
        try {
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
