package nl.gbi.domain;

/**
 * The control characters no text of the engine may carry: C0 (U+0000–U+001F), DEL and C1 (U+007F–U+009F).
 * Intake refuses them per field and the betaalrun refuses a stored line that still has one; both ask here.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    public static boolean isControl(char c) {
        return c <= 0x1F || (c >= 0x7F && c <= 0x9F);
    }

    public static boolean containsAny(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
