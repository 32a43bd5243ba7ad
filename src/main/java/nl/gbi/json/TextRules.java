package nl.gbi.json;

import nl.gbi.domain.ControlCharacters;
import nl.gbi.domain.Fout;

/**
 * What no text field of the contract may hold, whatever it is for: control characters (C0 U+0000–U+001F,
 * DEL and C1 U+007F–U+009F), half of a surrogate pair (not a character at all: PostgreSQL and every
 * encoder turn it into something else), and the bidirectional embedding, override and isolate controls
 * (U+202A–U+202E, U+2066–U+2069), which make a name read differently on the page than it is stored
 * ("Trojan Source"). The plain marks U+200E, U+200F and U+061C stay allowed: Hebrew and Arabic text uses them.
 */
final class TextRules {

    static final String CONTROL = "STUURTEKEN";
    static final String INVALID_CHARACTER = "ONGELDIG_TEKEN";
    private static final char REPLACEMENT = '\uFFFD';

    private TextRules() {
    }

    /** The first thing wrong with {@code text} as a violation at {@code path}, or null when nothing is. */
    static Fout problem(String path, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                return new Fout(path, CONTROL, "Bevat stuurteken " + codePoint(c) + " op positie " + (i + 1)
                        + "; stuurtekens (tab, regeleinde, U+0000–U+001F, U+007F–U+009F) zijn niet toegestaan");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return new Fout(path, INVALID_CHARACTER, "Bevat op positie " + (i + 1) + " een losse helft ("
                        + codePoint(c) + ") van een UTF-16-tekenpaar; dat is geen teken");
            } else if (isBidiControl(c)) {
                return new Fout(path, INVALID_CHARACTER, "Bevat op positie " + (i + 1) + " richtingsteken "
                        + codePoint(c) + ", dat de tekst anders laat lezen dan hij is; dat is niet toegestaan");
            }
        }
        return null;
    }

    /**
     * {@code raw} made safe to repeat in an answer or a log of what was refused: every character that
     * {@link #problem} refuses becomes U+FFFD, and the text is cut to {@code lengthMax} without splitting a pair.
     */
    static String echo(String raw, int lengthMax) {
        int end = Math.min(raw.length(), lengthMax);
        if (end < raw.length() && end > 0 && Character.isHighSurrogate(raw.charAt(end - 1))) {
            end--;
        }
        StringBuilder safe = new StringBuilder(end);
        for (int i = 0; i < end; i++) {
            char c = raw.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(raw.charAt(i + 1));
            if (pair) {
                safe.append(c).append(raw.charAt(++i));
            } else {
                safe.append(isControl(c) || Character.isSurrogate(c) || isBidiControl(c) ? REPLACEMENT : c);
            }
        }
        return safe.toString();
    }

    static boolean isControl(char c) {
        return ControlCharacters.isControl(c);
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}
