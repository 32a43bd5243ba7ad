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

    /** ICAO Doc 9303 Part 3, Cyrillic, main column; the letters the passport table spells with two or more. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Иван Петров|Ivan Petrov", "Жуков Щукин|Zhukov Shchukin", "Цой Чайковский|Tsoi Chaikovskii",
        "Шишкин Хабаров|Shishkin Khabarov", "Юлия Ёлкина|Iuliia Elkina", "Подъячев|Podieiachev",
        "Игорь Эдуардович|Igor Eduardovich", "Яковлева Ольга|Iakovleva Olga", "Быков|Bykov",
        "ЖУКОВ ЩУКИН|ZHUKOV SHCHUKIN", "Щ. Ю. Чехова|Shch. Iu. Chekhova", "Ж. Smith-Иванова|Zh. Smith-Ivanova"})
    void romanizesCyrillicAsTheIcaoPassportTable(String raw, String expected) {
        assertEquals(new Transliteration.Text(expected, false), Transliterator.transliterate(raw, 70));
    }

    /** Ukrainian text (і ї є ґ) by Ukraine's passport table; Belarusian (ў, or і with ы) by ICAO's exceptions. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Юрій Їжакевич|Yurii Yizhakevych", "Євгенія Ґудзь|Yevheniia Gudz", "Іван Згурський|Ivan Zghurskyi",
        "Мар'яна Ігнатенко|Mariana Ihnatenko", "Короп’є|Koropie", "Олексій Гнатюк-Білик|Oleksii Hnatiuk-Bilyk",
        "Бабрыковіч Аляксандр|Babrykovich Aliaksandr", "Міховіч Марыя|Mikhovich Maryia",
        "Ўладзімір Гаўрылёў|Uladzimir Hauryliou"})
    void romanizesUkrainianAndBelarusianByTheirOwnRows(String raw, String expected) {
        assertEquals(new Transliteration.Text(expected, false), Transliterator.transliterate(raw, 70));
    }

    /** ELOT 743 / ISO 843 as Greek passports write it: digraphs ου, αυ/ευ, γγ/γκ, μπ, ντ; accents dropped. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Ελένη Παπαδοπούλου|Eleni Papadopoulou", "Ντόρα Μπακογιάννη|Ntora Bakogianni",
        "Ευάγγελος Βενιζέλος|Evangelos Venizelos", "Γεώργιος Παύλος|Georgios Pavlos", "Ευθύμιος|Efthymios",
        "Θεόδωρος Χατζής|Theodoros Chatzis", "Ψαράς Ξανθή|Psaras Xanthi", "Λάμπρος Άγγελος Γκίκας|Lampros Angelos Gkikas",
        "Ταΰγετος Αϊβαλιώτης|Taygetos Aivaliotis", "ΚΩΝΣΤΑΝΤΙΝΟΣ ΧΡΙΣΤΟΥ|KONSTANTINOS CHRISTOU",
        "Ήρα Ωραιόπουλου|Ira Oraiopoulou", "Ελένη Jansen|Eleni Jansen"})
    void romanizesGreekAsGreekPassports(String raw, String expected) {
        assertEquals(new Transliteration.Text(expected, false), Transliterator.transliterate(raw, 70));
    }

    @ParameterizedTest(name = "{0} is meaningless")
    @CsvSource({"王小明", "محمد", "שרה כהן", "'   '", "''", "🙂🙂🙂", "★ ☆ ♥", "Anna 王小明王小明"})
    void refusesNamesThatWouldBecomeEmptyOrMeaningless(String raw) {
        assertInstanceOf(Transliteration.Meaningless.class, Transliterator.transliterate(raw, 70));
    }

    @Test
    void cutsAfterRomanizing() {
        assertEquals(new Transliteration.Text("Ivan P", true), Transliterator.transliterate("Иван Петров", 6));
        assertEquals(new Transliteration.Text("Ivan", true), Transliterator.transliterate("Иван Петров", 5));
        Transliteration.Text shch = (Transliteration.Text) Transliterator.transliterate("Щ".repeat(20), 70);
        assertEquals("SHCH".repeat(20).substring(0, 70), shch.value(), "20 letters become 80, cut to 70");
        assertTrue(shch.truncated());
        assertEquals(new Transliteration.Text("Papadopoul", true),
                Transliterator.transliterate("Παπαδοπούλου", 10));
    }

    @Test
    void aLatinNameWithOneForeignLetterSurvives() {
        assertEquals(new Transliteration.Text("Anna Smith", false),
                Transliterator.transliterate("Anna Smith 王", 70));
        assertEquals(new Transliteration.Text("Anna Smith Zh", false),
                Transliterator.transliterate("Anna Smith Ж", 70), "a Cyrillic letter is romanized, not dropped");
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
                if (random.nextInt(4) == 0) {
                    raw.append((char) (0x0370 + random.nextInt(0x0190))); // Greek and Cyrillic
                }
            }
            Transliteration result = Transliterator.transliterate(raw.toString(), 70);
            if (result instanceof Transliteration.Text text) {
                assertTrue(SepaCharset.isAllowed(text.value()) && !text.value().isBlank(), text.value());
                assertTrue(text.value().length() <= 70 && !text.value().startsWith(" ") && !text.value().endsWith(" "));
            }
        }
    }

    /** The shortcut for texts already in the set gives what the whole conversion gives, and is taken for them. */
    @Test
    void aTextAlreadyInTheSetIsReturnedAsTheConversionWouldReturnIt() {
        String alphabet = "aZ09/-?:().,'+  &éß\u00a0\t\u0301Иα";
        Random random = new Random(20261208);
        int shortcuts = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(n % 2 == 0 ? 13 : alphabet.length())));
            }
            String raw = text.toString();
            assertEquals(Transliterator.converted(raw), Transliterator.toSepaSet(raw), raw);
            if (Transliterator.inSepaSetAlready(raw)) {
                shortcuts++;
                assertEquals(raw, Transliterator.converted(raw), raw);
            }
        }
        assertTrue(shortcuts > 1_000, "the sample reaches the shortcut: " + shortcuts);
        assertTrue(Transliterator.inSepaSetAlready("Gemeente Groningen"));
        assertTrue(!Transliterator.inSepaSetAlready(" Gemeente") && !Transliterator.inSepaSetAlready("Gemeente  X")
                && !Transliterator.inSepaSetAlready("Gemeente ") && !Transliterator.inSepaSetAlready("D'Hondt & Zonen"));
    }
}
