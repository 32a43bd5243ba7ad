package nl.gbi.sepa;

/**
 * The outcome of transliterating one text field into the SEPA character set: usable text, or the reason the
 * text cannot be sent. A refused name is never replaced by a blank: it goes to the finance officer.
 */
public sealed interface Transliteration {

    /** Text in the SEPA set, non-empty, at most the field's length. */
    record Text(String value, boolean truncated) implements Transliteration {
    }

    /** Nothing meaningful is left: {@code lettersKept} of {@code lettersGiven} letters and digits survived. */
    record Meaningless(String original, int lettersGiven, int lettersKept) implements Transliteration {
        public String message() {
            return "transliterating '" + original + "' to the SEPA character set keeps " + lettersKept + " of "
                    + lettersGiven + " letters; correct the name by hand";
        }
    }
}
