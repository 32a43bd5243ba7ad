package nl.gbi.sepa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TransliteratorTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // Dutch
        "Renée de Vries|Renee de Vries", "Ĳsbrand van 't Hek|IJsbrand van 't Hek", "Zoë Çelik-Bakker|Zoe Celik-Bakker",
        "D'Hondt & Zonen|D'Hondt + Zonen",
        // German: ü becomes u, not ue; ß becomes ss
        "Jürgen Groß|Jurgen Gross", "Müller-Lüdenscheidt|Muller-Ludenscheidt", "STRAẞE|STRASSE",
        // French
        "François Lefèvre|Francois Lefevre", "Œuvre cœur|OEuvre coeur", "Hélène Bœuf|Helene Boeuf",
        // Turkish: dotless ı and dotted İ
        "Çağla Yılmaz|Cagla Yilmaz", "İsmail Şahin|Ismail Sahin", "Gülşen Öztürk|Gulsen Ozturk",
        // Polish
        "Łukasz Wałęsa|Lukasz Walesa", "Zbigniew Źdźbło|Zbigniew Zdzblo", "Małgorzata Wójcik|Malgorzata Wojcik",
        // Scandinavian
        "Bjørn Ærøskøbing|Bjorn AEroskobing", "Åsa Ångström|Asa Angstrom", "Søren Kierkegaard|Soren Kierkegaard",
        // other Latin and punctuation
        "Đorđe Novak|Dorde Novak", "Þóra Guðmundsdóttir|THora Gudmundsdottir",
        "  de   Vries  ;  Jan  |de Vries Jan", "ﬁnance ½ ltd|finance 1 2 ltd", "K. (Kees) O'Neil, jr.|K. (Kees) O'Neil, jr."})
    void mapsEuropeanNamesIntoTheSepaSet(String raw, String expected) {
        Transliteration result = Transliterator.transliterate(raw, 70);
        assertEquals(new Transliteration.Text(expected, false), result);
        assertTrue(SepaCharset.isAllowed(expected));
    }

    @ParameterizedTest(name = "{0} is meaningless")
    @CsvSource({"Иван Петров", "Ελένη Παπαδοπούλου", "王小明", "محمد", "'   '", "''", "Ж. Smith-Иванова"})
    void refusesNamesThatWouldBecomeEmptyOrMeaningless(String raw) {
        assertInstanceOf(Transliteration.Meaningless.class, Transliterator.transliterate(raw, 70));
    }

    @Test
    void aLatinNameWithOneForeignLetterSurvives() {
        assertEquals(new Transliteration.Text("Anna Smith", false),
                Transliterator.transliterate("Anna Smith Ж", 70));
    }

    @Test
    void truncatesAfterTransliterating() {
        String raw = "ß".repeat(40);
        Transliteration.Text text = (Transliteration.Text) Transliterator.transliterate(raw, 70);
        assertEquals("s".repeat(70), text.value());
        assertTrue(text.truncated());
        Transliteration.Text spaceAtCut = (Transliteration.Text) Transliterator.transliterate("abc def", 4);
        assertEquals("abc", spaceAtCut.value());
    }

    @Test
    void randomTextEitherBecomesSepaTextWithinTheLimitOrIsRefused() {
        Random random = new Random(3);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder raw = new StringBuilder();
            int length = random.nextInt(120);
            for (int j = 0; j < length; j++) {
                raw.append((char) (random.nextBoolean() ? 32 + random.nextInt(400) : random.nextInt(0x3000)));
            }
            Transliteration result = Transliterator.transliterate(raw.toString(), 70);
            if (result instanceof Transliteration.Text text) {
                assertTrue(SepaCharset.isAllowed(text.value()) && !text.value().isBlank(), text.value());
                assertTrue(text.value().length() <= 70 && !text.value().startsWith(" ") && !text.value().endsWith(" "));
            }
        }
    }
}
