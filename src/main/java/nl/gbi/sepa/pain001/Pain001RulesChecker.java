package nl.gbi.sepa.pain001;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import nl.gbi.sepa.SafeXml;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.gbi.sepa.Finding;
import nl.gbi.sepa.FindingCode;

/**
 * Checks a pain.001.001.09 file against every rule of sepa.md the XSD does not check, in one streaming pass
 * (StAX), so a file of a million transactions is checked in little memory (about 16 bytes per EndToEndId
 * for the duplicate check). Each finding names the transaction and the field. Not thread-safe: one checker
 * per file.
 */
public final class Pain001RulesChecker {

    private static final XMLInputFactory FACTORY = SafeXml.inputFactory();
    private static final int DEPTH_MAX = 64;

    private final Findings findings = new Findings();
    private final TransactionRules tx = new TransactionRules(findings);
    private final PaymentInfoRules pmtInf = new PaymentInfoRules(findings);
    private final LevelTotals group = new LevelTotals("GrpHdr");
    private final String[] path = new String[DEPTH_MAX];
    private final StringBuilder text = new StringBuilder(160);
    private int depth;
    private int levelDepth;
    private long txCount;
    private int pmtInfCount;
    private final boolean[] hasChild = new boolean[DEPTH_MAX];
    private final LeafRules leaves = new LeafRules(this, findings, tx, pmtInf, group);
    private boolean inTransaction;
    private boolean namespaceReported;

    /** Every finding in {@code file}, empty when the file keeps all rules; reads the stream to its end. */
    public static List<Finding> check(InputStream file) {
        return new Pain001RulesChecker().run(file);
    }

    private List<Finding> run(InputStream file) {
        try {
            PushbackInputStream in = new PushbackInputStream(file, 3);
            if (startsWithBom(in)) {
                findings.add("file", "-", FindingCode.ENCODING, "the file starts with a byte order mark");
            }
            XMLStreamReader reader = FACTORY.createXMLStreamReader(in);
            String encoding = reader.getCharacterEncodingScheme();
            if (encoding != null && !"UTF-8".equalsIgnoreCase(encoding)) {
                findings.add("file", "-", FindingCode.ENCODING, "declared encoding is " + encoding + ", not UTF-8");
            }
            while (reader.hasNext() && !findings.isFull()) {
                onEvent(reader, reader.next());
            }
            reader.close();
            if (depth != 0 || txCount == 0 && pmtInfCount == 0) {
                findings.add("file", "-", FindingCode.XSD_INVALID, "no complete pain.001 document");
            } else {
                group.check(findings);
            }
        } catch (XMLStreamException | IOException | RuntimeException e) {
            findings.add("file", "-", FindingCode.ENCODING, "not well-formed UTF-8 XML: " + e.getMessage());
        }
        return findings.toList();
    }

    private void onEvent(XMLStreamReader reader, int event) {
        switch (event) {
            case XMLStreamConstants.START_ELEMENT -> onStart(reader);
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(reader.getText());
            case XMLStreamConstants.END_ELEMENT -> onEnd(reader.getLocalName());
            // our own files never carry one; the factory does not load it, and a file with one is not ours
            case XMLStreamConstants.DTD -> findings.add("file", "-", FindingCode.ENCODING, "the file has a DOCTYPE");
            default -> { }
        }
    }

    private void onStart(XMLStreamReader reader) {
        if (depth == DEPTH_MAX) {
            throw new IllegalStateException("elements nested deeper than " + DEPTH_MAX);
        }
        String name = reader.getLocalName();
        if (!namespaceReported && (!reader.getPrefix().isEmpty()
                || !Pain001Writer.NAMESPACE.equals(reader.getNamespaceURI()))) {
            namespaceReported = true;
            findings.add("file", name, FindingCode.NAMESPACE, "element " + name + " (and any after it) is not in"
                    + " the default namespace " + Pain001Writer.NAMESPACE + " without prefix");
        }
        if (depth > 0) {
            hasChild[depth - 1] = true;
        }
        path[depth] = name;
        hasChild[depth] = false;
        depth++;
        text.setLength(0);
        switch (name) {
            case "GrpHdr" -> levelDepth = depth;
            case "PmtInf" -> {
                levelDepth = depth;
                pmtInf.start(pmtInfCount++);
            }
            case "CdtTrfTxInf" -> {
                levelDepth = depth;
                inTransaction = true;
                tx.start(txCount++);
            }
            case "InstdAmt" -> leaves.currency(reader.getAttributeValue(null, "Ccy"));
            case "Strd" -> tx.strd();
            case "PstlAdr" -> leaves.addressStart();
            case "SvcLvl" -> {
                if (inTransaction) {
                    findings.add(label(), field(), FindingCode.PAYMENT_TYPE, "SvcLvl belongs at PmtInf level only");
                }
            }
            default -> { }
        }
    }

    private void onEnd(String name) {
        if (!hasChild[depth - 1]) {
            leaves.onLeaf(name, text.toString());
        }
        text.setLength(0);
        switch (name) {
            case "CdtTrfTxInf" -> {
                long cents = tx.end();
                pmtInf.totals().add(cents);
                group.add(cents);
                inTransaction = false;
            }
            case "PmtInf" -> pmtInf.end();
            case "PstlAdr" -> leaves.addressEnd();
            default -> { }
        }
        depth--;
        path[depth] = null;
        if ("CdtTrfTxInf".equals(name)) {
            levelDepth = depth;
        }
    }

    boolean inTransaction() {
        return inTransaction;
    }

    /** The element {@code levelsUp} above the current one (0 = the element itself), or "" above the root. */
    String ancestor(int levelsUp) {
        int i = depth - 1 - levelsUp;
        return i >= 0 && path[i] != null ? path[i] : "";
    }

    /** The current element's path below its level (GrpHdr, PmtInf or CdtTrfTxInf), e.g. Cdtr/Nm. */
    String field() {
        StringBuilder field = new StringBuilder();
        for (int i = Math.max(levelDepth, 0); i < depth; i++) {
            field.append(field.length() == 0 ? "" : "/").append(path[i]);
        }
        return field.length() == 0 ? ancestor(0) : field.toString();
    }

    /** The transaction or level a finding belongs to. */
    String label() {
        if (inTransaction) {
            return tx.label();
        }
        return pmtInfCount > 0 ? "PmtInf#" + pmtInfCount : "GrpHdr";
    }

    private static boolean startsWithBom(PushbackInputStream in) throws IOException {
        byte[] head = new byte[3];
        int read = in.readNBytes(head, 0, 3);
        boolean bom = read == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        if (!bom && read > 0) {
            in.unread(head, 0, read);
        }
        return bom;
    }
}
