package nl.gbi.sepa;

import java.text.Normalizer;

/**
 * Greek names into Latin letters as Greek passports write them: ELOT 743 (2nd edition, 2001), the Greek
 * standard identical to the transcription of ISO 843:1997, which Greece uses for the Latin name in its
 * passports (ICAO Doc 9303 Part 3 leaves the table for a non-Latin script to the issuing state).
 *
 * <p>Letters: α a, β v, γ g, δ d, ε e, ζ z, η i, θ th, ι i, κ k, λ l, μ m, ν n, ξ x, ο o, π p, ρ r, σ/ς s,
 * τ t, υ y, φ f, χ ch, ψ ps, ω o; accents are dropped (ά a). Digraphs: ου ou; αυ, ευ, ηυ av, ev, iv before a
 * vowel or a voiced consonant (β γ δ ζ λ μ ν ρ) and af, ef, if otherwise; γγ ng, γκ gk, γξ nx, γχ nch; μπ b
 * at the start or the end of a word and mp inside it; ντ nt. A diaeresis (ϊ ϋ) or an accent on the first
 * vowel breaks a digraph: άυλος aylos, Ταΰγετος Taygetos. Capitals as in {@link CyrillicRomanization}.
 */
final class GreekRomanization {

    private static final String SINGLE = "αaβvγgδdεeζzηiθ\u0000ιiκkλlμmνnξxοoπpρrσsςsτtυyφfχ\u0000ψ\u0000ωo";
    private static final String VOICED_AFTER_U = "αεηιουωβγδζλμνρ";
    private static final char ACUTE = '\u0301';
    private static final char DIAERESIS = '\u0308';

    private GreekRomanization() {
    }

    static boolean isGreek(char c) {
        return c >= 0x0370 && c < 0x0400 || c >= 0x1F00 && c < 0x2000;
    }

    /** {@code text} with every Greek letter romanized; {@code text} itself if it has none. */
    static String romanize(String text) {
        if (!containsGreek(text)) {
            return text;
        }
        // decompose so that accents and diaereses are separate marks: ά = α + U+0301, ϋ = υ + U+0308
        String letters = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(letters.length() + 8);
        int i = 0;
        while (i < letters.length()) {
            char c = letters.charAt(i);
            if (!isGreekLetter(c)) {
                if (!(isMark(c) && i > 0 && isGreekLetter(previousBase(letters, i)))) {
                    out.append(c); // marks on Greek letters are dropped, everything else passes
                }
                i++;
                continue;
            }
            int next = nextLetterIndex(letters, i);
            int length = next < letters.length() && isGreekLetter(letters.charAt(next))
                    && isDigraph(letters, i, next) ? 2 : 1;
            String latin = length == 2 ? digraph(letters, i, next) : single(Character.toLowerCase(c));
            int end = length == 2 ? nextLetterIndex(letters, next) : next;
            out.append(Character.isUpperCase(c) ? capital(latin, letters, i, end) : latin);
            i = end;
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static boolean isDigraph(String s, int first, int second) {
        char a = Character.toLowerCase(s.charAt(first));
        char b = Character.toLowerCase(s.charAt(second));
        if (b == 'υ') {
            // αυ, ευ, ηυ, ου are one sound unless the υ has a diaeresis or the first vowel the accent
            return (a == 'α' || a == 'ε' || a == 'η' || a == 'ο') && !hasMark(s, second, DIAERESIS)
                    && !hasMark(s, first, ACUTE);
        }
        return a == 'γ' && (b == 'γ' || b == 'κ' || b == 'ξ' || b == 'χ') || a == 'μ' && b == 'π'
                || a == 'ν' && b == 'τ';
    }

    private static String digraph(String s, int first, int second) {
        char a = Character.toLowerCase(s.charAt(first));
        char b = Character.toLowerCase(s.charAt(second));
        int after = nextLetterIndex(s, second);
        boolean wordEnds = after >= s.length() || !isGreekLetter(s.charAt(after));
        return switch (a) {
            case 'ο' -> "ou";
            case 'α', 'ε', 'η' -> single(a) + (!wordEnds
                    && VOICED_AFTER_U.indexOf(Character.toLowerCase(s.charAt(after))) >= 0 ? "v" : "f");
            case 'γ' -> b == 'γ' ? "ng" : b == 'κ' ? "gk" : b == 'ξ' ? "nx" : "nch";
            case 'μ' -> isWordStart(s, first) || wordEnds ? "b" : "mp";
            default -> "nt";
        };
    }

    private static String single(char lower) {
        return switch (lower) {
            case 'θ' -> "th";
            case 'χ' -> "ch";
            case 'ψ' -> "ps";
            default -> {
                int at = SINGLE.indexOf(lower);
                yield at < 0 || at % 2 != 0 ? "" : String.valueOf(SINGLE.charAt(at + 1));
            }
        };
    }

    /** All capitals when the letter after this unit, or before it, is a capital too (see Cyrillic). */
    private static String capital(String latin, String s, int start, int end) {
        boolean nextUpper = end < s.length() && Character.isLetter(s.charAt(end)) && Character.isUpperCase(s.charAt(end));
        int before = start - 1;
        while (before >= 0 && isMark(s.charAt(before))) {
            before--;
        }
        boolean previousUpper = before >= 0 && Character.isLetter(s.charAt(before))
                && Character.isUpperCase(s.charAt(before));
        boolean nextLetter = end < s.length() && Character.isLetter(s.charAt(end));
        if (latin.length() <= 1 || nextUpper || previousUpper && !nextLetter) {
            return latin.toUpperCase(java.util.Locale.ROOT);
        }
        return Character.toUpperCase(latin.charAt(0)) + latin.substring(1);
    }

    private static boolean isWordStart(String s, int i) {
        int before = i - 1;
        return before < 0 || !Character.isLetter(s.charAt(before)) && !isMark(s.charAt(before));
    }

    /** The index after the letter at {@code i} and the marks on it. */
    private static int nextLetterIndex(String s, int i) {
        int next = i + 1;
        while (next < s.length() && isMark(s.charAt(next))) {
            next++;
        }
        return next;
    }

    private static boolean hasMark(String s, int letter, char mark) {
        for (int i = letter + 1; i < s.length() && isMark(s.charAt(i)); i++) {
            if (s.charAt(i) == mark) {
                return true;
            }
        }
        return false;
    }

    private static char previousBase(String s, int i) {
        int at = i - 1;
        while (at > 0 && isMark(s.charAt(at))) {
            at--;
        }
        return s.charAt(at);
    }

    private static boolean isGreekLetter(char c) {
        return isGreek(c) && Character.isLetter(c);
    }

    private static boolean isMark(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean containsGreek(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isGreek(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
