package nl.gbi.sepa;

import java.text.Normalizer;
import java.util.Map;

/**
 * Turns free text (names, remittance information) into the SEPA character set. Cyrillic and Greek are first
 * romanized as passports write them ({@link CyrillicRomanization}: ICAO Doc 9303 Part 3, Ukrainian by
 * Ukraine's passport table; {@link GreekRomanization}: ELOT 743 / ISO 843), so "Иван Петров" is paid as
 * "Ivan Petrov". Then, exactly as sepa.md prescribes, an explicit map (ß→ss, æ→ae, ø→o, œ→oe, ł→l, đ→d, ı→i, &amp;→+, Ĳ→IJ), then NFKD with the combining
 * marks stripped (so ü→u, not ue), then every other character becomes a space; runs of spaces collapse, the
 * ends are trimmed, and only then is the result cut to the field's maximum length.
 *
 * <p>A text is <em>meaningless</em> when fewer than half of its letters and digits survive, or none do: a
 * script without a table here ("王小明", "محمد"), only symbols or emoji. That is an error for a person, never
 * a blank.
 */
public final class Transliterator {

    /** Fewer surviving letters than this share of the original letters makes a text meaningless. */
    private static final double KEPT_SHARE_MIN = 0.5;

    private static final Map<Character, String> EXPLICIT = Map.ofEntries(
            Map.entry('ß', "ss"), Map.entry('ẞ', "SS"), Map.entry('æ', "ae"), Map.entry('Æ', "AE"),
            Map.entry('ø', "o"), Map.entry('Ø', "O"), Map.entry('œ', "oe"), Map.entry('Œ', "OE"),
            Map.entry('ł', "l"), Map.entry('Ł', "L"), Map.entry('đ', "d"), Map.entry('Đ', "D"),
            Map.entry('ı', "i"), Map.entry('&', "+"), Map.entry('Ĳ', "IJ"), Map.entry('ĳ', "ij"),
            Map.entry('þ', "th"), Map.entry('Þ', "TH"), Map.entry('ð', "d"), Map.entry('Ð', "D"));

    private Transliterator() {
    }

    /** Transliterates {@code raw} and cuts it to {@code lengthMax} characters. */
    public static Transliteration transliterate(String raw, int lengthMax) {
        if (lengthMax < 1) {
            throw new IllegalArgumentException("lengthMax must be positive: " + lengthMax);
        }
        String mapped = toSepaSet(raw == null ? "" : raw);
        int lettersGiven = countLettersAndDigits(raw == null ? "" : raw);
        int lettersKept = countLettersAndDigits(mapped);
        if (lettersKept == 0 || lettersKept < lettersGiven * KEPT_SHARE_MIN) {
            return new Transliteration.Meaningless(raw == null ? "" : raw, lettersGiven, lettersKept);
        }
        if (mapped.length() <= lengthMax) {
            return new Transliteration.Text(mapped, false);
        }
        return new Transliteration.Text(mapped.substring(0, lengthMax).stripTrailing(), true);
    }

    /** The full text in the SEPA set, untruncated: map, decompose, strip marks, replace, collapse, trim. */
    static String toSepaSet(String text) {
        return inSepaSetAlready(text) ? text : converted(text);
    }

    /**
     * True when {@link #converted} would return the text unchanged: every character in the set, no space at
     * either end and never two in a row. Most Dutch names and remittances are, and the run converts two texts per
     * payment, so this spares NFKD for them (in a profile of the betaalrun the conversion was 8% of the engine's CPU;
     * docs/benchmarks.md). The set is ASCII, which no romanization, explicit mapping or NFKD changes, except
     * {@code &}, which is not in the set.
     */
    static boolean inSepaSetAlready(String text) {
        return SepaCharset.isAllowed(text) && !text.startsWith(" ") && !text.endsWith(" ") && !text.contains("  ");
    }

    /** The conversion itself, for any text. */
    static String converted(String text) {
        String raw = GreekRomanization.romanize(CyrillicRomanization.romanize(text));
        StringBuilder mapped = new StringBuilder(raw.length() + 8);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            String replacement = EXPLICIT.get(c);
            if (replacement != null) {
                mapped.append(replacement);
            } else {
                mapped.append(c);
            }
        }
        String decomposed = Normalizer.normalize(mapped, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == ' ' || !SepaCharset.isAllowed(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Counts characters that carry meaning: letters and digits of any script. */
    private static int countLettersAndDigits(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }
}
