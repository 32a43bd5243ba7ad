package nl.gbi.sepa;

/**
 * Cyrillic names into Latin letters as passports write them, so the name the bank sees is the name on the
 * person's passport:
 *
 * <ul>
 *   <li>ICAO Doc 9303 Part 3 (Machine Readable Travel Documents), the table "Transliteration of Cyrillic
 *       characters", main column (Russian, and the letters of the other Cyrillic alphabets in that table):
 *       ж zh, х kh, ц ts, ч ch, ш sh, щ shch, ъ ie, ы y, ь omitted, э e, ю iu, я ia, ё e, й i;
 *       with its Belarusian exceptions г h, ё io when the text has a Belarusian letter (ў);</li>
 *   <li>Ukrainian text (it has є, ї, ґ, or і without a Russian or Belarusian letter) follows the table
 *       Ukraine's own passports use, Resolution 55 of the Cabinet of Ministers of Ukraine (27 January 2010):
 *       г h, ґ g, и y, і i, зг zgh, and at the start of a word є ye, ї yi, й y, ю yu, я ya (elsewhere ie, i,
 *       i, iu, ia); the apostrophe is omitted.</li>
 * </ul>
 *
 * Upper case stays upper case: a capital whose neighbour is a capital is written all capitals (ЖУКОВ →
 * ZHUKOV), otherwise only its first letter (Жуков → Zhukov). Other characters pass unchanged.
 */
final class CyrillicRomanization {

    private enum Language { GENERAL, UKRAINIAN, BELARUSIAN }

    /** Lower-case Cyrillic U+0430–U+045F and the ICAO letters beyond: index = code point - 0x0400. */
    private static final String[] TABLE = new String[0x0500 - 0x0400];

    static {
        String[][] lower = {
            {"а", "a"}, {"б", "b"}, {"в", "v"}, {"г", "g"}, {"д", "d"}, {"е", "e"}, {"ё", "e"}, {"ж", "zh"},
            {"з", "z"}, {"и", "i"}, {"й", "i"}, {"к", "k"}, {"л", "l"}, {"м", "m"}, {"н", "n"}, {"о", "o"},
            {"п", "p"}, {"р", "r"}, {"с", "s"}, {"т", "t"}, {"у", "u"}, {"ф", "f"}, {"х", "kh"}, {"ц", "ts"},
            {"ч", "ch"}, {"ш", "sh"}, {"щ", "shch"}, {"ъ", "ie"}, {"ы", "y"}, {"ь", ""}, {"э", "e"}, {"ю", "iu"},
            {"я", "ia"},
            // the other alphabets of the ICAO table: Ukrainian, Belarusian, Serbian, Macedonian, old letters
            {"ґ", "g"}, {"є", "ie"}, {"і", "i"}, {"ї", "i"}, {"ў", "u"}, {"ђ", "d"}, {"ѓ", "g"}, {"ѕ", "dz"},
            {"ј", "j"}, {"љ", "lj"}, {"њ", "nj"}, {"ћ", "c"}, {"ќ", "k"}, {"џ", "dz"}, {"һ", "c"}, {"ѫ", "u"},
            {"ѣ", "ie"}, {"ѳ", "f"}, {"ѵ", "y"}};
        for (String[] pair : lower) {
            TABLE[pair[0].charAt(0) - 0x0400] = pair[1];
        }
    }

    private CyrillicRomanization() {
    }

    static boolean isCyrillic(char c) {
        return c >= 0x0400 && c < 0x0500;
    }

    /** {@code text} with every Cyrillic letter in the table romanized; {@code text} itself if it has none. */
    static String romanize(String text) {
        if (!containsCyrillic(text)) {
            return text;
        }
        Language language = language(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isApostrophe(c) && i > 0 && i + 1 < text.length() && isCyrillic(text.charAt(i - 1))
                    && isCyrillic(text.charAt(i + 1))) {
                continue; // Мар'яна → Mariana: the apostrophe marks a sound, not a letter
            }
            String latin = isCyrillic(c) ? latin(text, i, language) : null;
            if (latin == null) {
                out.append(c);
            } else {
                out.append(Character.isUpperCase(c) ? capital(latin, text, i) : latin);
            }
        }
        return out.toString();
    }

    private static String latin(String text, int i, Language language) {
        char lower = Character.toLowerCase(text.charAt(i));
        if (lower - 0x0400 >= TABLE.length || TABLE[lower - 0x0400] == null) {
            return null;
        }
        return switch (language) {
            case UKRAINIAN -> ukrainian(lower, text, i);
            case BELARUSIAN -> lower == 'г' ? "h" : lower == 'ё' ? "io" : TABLE[lower - 0x0400];
            case GENERAL -> TABLE[lower - 0x0400];
        };
    }

    private static String ukrainian(char lower, String text, int i) {
        boolean wordStart = i == 0 || !Character.isLetter(text.charAt(i - 1)) && !isApostrophe(text.charAt(i - 1));
        return switch (lower) {
            case 'г' -> i > 0 && Character.toLowerCase(text.charAt(i - 1)) == 'з' ? "gh" : "h";
            case 'и' -> "y";
            case 'є' -> wordStart ? "ye" : "ie";
            case 'ї' -> wordStart ? "yi" : "i";
            case 'й' -> wordStart ? "y" : "i";
            case 'ю' -> wordStart ? "yu" : "iu";
            case 'я' -> wordStart ? "ya" : "ia";
            default -> TABLE[lower - 0x0400];
        };
    }

    /** ЖУКОВ → ZHUKOV, Жуков → Zhukov: all capitals when a neighbouring letter is a capital too. */
    static String capital(String latin, String text, int i) {
        if (latin.length() <= 1) {
            return latin.toUpperCase(java.util.Locale.ROOT);
        }
        boolean nextUpper = i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))
                && Character.isUpperCase(text.charAt(i + 1));
        boolean previousUpper = i > 0 && Character.isLetter(text.charAt(i - 1))
                && Character.isUpperCase(text.charAt(i - 1));
        boolean nextLetter = i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
        if (nextUpper || previousUpper && !nextLetter) {
            return latin.toUpperCase(java.util.Locale.ROOT);
        }
        return Character.toUpperCase(latin.charAt(0)) + latin.substring(1);
    }

    private static Language language(String text) {
        boolean belarusianOrUkrainianI = false;
        boolean russianOrBelarusian = false;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            switch (c) {
                case 'є', 'ї', 'ґ' -> {
                    return Language.UKRAINIAN;
                }
                case 'ў' -> {
                    return Language.BELARUSIAN;
                }
                case 'і' -> belarusianOrUkrainianI = true;
                case 'ы', 'э', 'ё', 'ъ' -> russianOrBelarusian = true;
                default -> {
                }
            }
        }
        if (belarusianOrUkrainianI) {
            return russianOrBelarusian ? Language.BELARUSIAN : Language.UKRAINIAN;
        }
        return Language.GENERAL;
    }

    private static boolean containsCyrillic(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isCyrillic(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }
}
