package nl.gbi.sepa;

/**
 * The rules every pain.001 identifier (MsgId, PmtInfId, InstrId, EndToEndId) obeys: 1 to 35 characters of the
 * SEPA set, no leading or trailing '/', no "//".
 */
public final class SepaIdentifier {

    public static final int LENGTH_MAX = 35;

    private SepaIdentifier() {
    }

    /** Why {@code candidate} is not a valid identifier, or null when it is. */
    public static String problem(String candidate) {
        if (candidate == null || candidate.isEmpty()) {
            return "is empty";
        }
        if (candidate.length() > LENGTH_MAX) {
            return "is " + candidate.length() + " characters, more than " + LENGTH_MAX;
        }
        int forbidden = SepaCharset.firstForbiddenIndex(candidate);
        if (forbidden >= 0) {
            return "has a character outside the SEPA set at position " + (forbidden + 1);
        }
        if (candidate.startsWith("/") || candidate.endsWith("/") || candidate.contains("//")) {
            return "starts or ends with '/' or contains '//'";
        }
        if (candidate.startsWith(" ") || candidate.endsWith(" ")) {
            return "starts or ends with a space";
        }
        return null;
    }

    public static boolean isValid(String candidate) {
        return problem(candidate) == null;
    }

    static String requireValid(String candidate, String what) {
        String problem = problem(candidate);
        if (problem != null) {
            throw new IllegalArgumentException(what + " " + problem + ": " + candidate);
        }
        return candidate;
    }
}
