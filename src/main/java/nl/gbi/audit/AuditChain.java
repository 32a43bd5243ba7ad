package nl.gbi.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The hash chain of one tenant's audit trail. Row n stores {@code hash = SHA-256(prev_hash || text)} where
 * {@code prev_hash} is row n-1's hash (32 zero bytes for row 1) and {@code text} joins tenant, seq, time (UTC,
 * milliseconds), actor, actor name, action, subject and details with newlines. The database computes it on
 * insert (trigger {@code audit_log_chain} in V002); this class recomputes it independently to verify.
 */
public final class AuditChain {

    /** The chain of events that belong to no tenant (ops and admin tokens). */
    public static final String PLATFORM = "PLATFORM";

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
    private static final byte[] GENESIS = new byte[32];

    private AuditChain() {
    }

    public static byte[] expectedHash(byte[] prevHash, AuditEntry entry) {
        String text = String.join("\n", entry.chain(), Long.toString(entry.seq()),
                AT.format(entry.at().withOffsetSameInstant(ZoneOffset.UTC)), entry.actor(), entry.actorNaam(),
                entry.action(), entry.subject(), entry.details())
                // the person is the last line when there is one (V022); entries without one hash as before
                + (entry.persoon() == null ? "" : "\n" + entry.persoon());
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(prevHash);
            return digest.digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Checks entries one by one, in seq order; call {@link #finish()} for the verdict. */
    public static final class Verifier {
        private final String chain;
        private long expectedSeq = 1;
        private byte[] previous = GENESIS;
        private String broken;
        private long rows;

        public Verifier(String chain) {
            this.chain = chain;
        }

        public void accept(AuditEntry entry) {
            rows++;
            if (broken != null) {
                return;
            }
            if (entry.seq() != expectedSeq) {
                broken = "row " + expectedSeq + " is missing (next row present is " + entry.seq() + ")";
            } else if (!Arrays.equals(entry.prevHash(), previous)) {
                broken = "row " + entry.seq() + " does not link to row " + (entry.seq() - 1) + " (prev_hash differs)";
            } else if (!Arrays.equals(entry.hash(), expectedHash(previous, entry))) {
                broken = "row " + entry.seq() + " was altered: its content no longer hashes to "
                        + HexFormat.of().formatHex(entry.hash());
            }
            previous = entry.hash();
            expectedSeq++;
        }

        /** The first broken link, or empty when every row so far links up. */
        public Optional<String> finish() {
            return Optional.ofNullable(broken).map(what -> chain + ": " + what);
        }

        public String chain() {
            return chain;
        }

        public long rows() {
            return rows;
        }

        /** The hash of the last row read (hex): note it elsewhere to detect a later removal of the newest rows. */
        public String head() {
            return HexFormat.of().formatHex(previous);
        }
    }
}
