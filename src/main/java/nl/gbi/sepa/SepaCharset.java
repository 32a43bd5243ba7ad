package nl.gbi.sepa;

/**
 * The Latin character set of the EPC implementation guidelines: {@code a-z A-Z 0-9 / - ? : ( ) . , ' +} and
 * space. Every text field of a pain.001 we write is in this set; the rules checker re-checks it on the file.
 */
public final class SepaCharset {

    private static final String PUNCTUATION = "/-?:().,'+ ";

    private SepaCharset() {
    }

    public static boolean isAllowed(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || PUNCTUATION.indexOf(c) >= 0;
    }

    public static boolean isAllowed(CharSequence text) {
        return firstForbiddenIndex(text) < 0;
    }

    /** The index of the first character outside the set, or -1 when every character is allowed. */
    public static int firstForbiddenIndex(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isAllowed(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    public static boolean isLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
