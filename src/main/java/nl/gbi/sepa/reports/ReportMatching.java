package nl.gbi.sepa.reports;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import nl.gbi.sepa.EndToEndId;
import nl.gbi.sepa.FileId;
import nl.gbi.sepa.reports.ReportRefusedException.Problem;

/**
 * The last check before a report is applied: the file a status report answers, and every EndToEndId a report
 * names, must be one this engine wrote (its layout) and one the caller knows (a payment of this tenant in the database). One unknown reference refuses
 * the whole file, so a misdirected or forged file changes nothing.
 */
public final class ReportMatching {

    /** How many unknown references the refusal lists. */
    private static final int LISTED_MAX = 10;

    private ReportMatching() {
    }

    /**
     * A status report must answer a file this engine sent ({@code knownMsgId}, e.g. a lookup of the tenant's
     * files) and name only its payments: a group status alone would otherwise reject a stranger's file.
     */
    public static StatusReport requireKnown(StatusReport report, Predicate<String> knownMsgId,
            Predicate<String> knownEndToEndId) {
        if (!isOurFile(report.originalMsgId()) || !knownMsgId.test(report.originalMsgId())) {
            throw new ReportRefusedException(Problem.UNKNOWN_REFERENCE,
                    "the report answers a file this engine did not send: " + report.originalMsgId());
        }
        requireKnown(report.endToEndIds(), knownEndToEndId);
        return report;
    }

    public static ReturnsReport requireKnown(ReturnsReport report, Predicate<String> knownEndToEndId) {
        requireKnown(report.returns().stream().map(ReturnEntry::endToEndId), knownEndToEndId);
        return report;
    }

    private static void requireKnown(Stream<String> endToEndIds, Predicate<String> known) {
        List<String> unknown = endToEndIds.filter(id -> !isOurs(id) || !known.test(id)).limit(LISTED_MAX).toList();
        if (!unknown.isEmpty()) {
            throw new ReportRefusedException(Problem.UNKNOWN_REFERENCE,
                    "the file names payments this engine did not send: " + String.join(", ", unknown));
        }
    }

    private static boolean isOurFile(String msgId) {
        return parses(msgId, FileId::parseMsgId);
    }

    private static boolean isOurs(String endToEndId) {
        return parses(endToEndId, EndToEndId::parse);
    }

    private static boolean parses(String value, Function<String, ?> parser) {
        try {
            parser.apply(value);
            return true;
        } catch (IllegalArgumentException notOurs) {
            return false;
        }
    }
}
