package nl.gbi.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.gbi.domain.Fout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10, points 2 and 4 at the reader: control characters, broken surrogates and bidi overrides in any
 * string field, texts the SEPA writer could not carry, and periods and dates outside 2000-01 … 2099-12
 * (dates from 1900) are each one violation naming the field; nothing else of the record is lost.
 */
class TextAndBoundsTest {

    private static final String[] CONTROLS = {"\u0000", "\t", "\n", "\r", "\u001B", "\u001F", "\u007F", "\u0085", "\u009F"};

    private final BerekeningReader reader = new BerekeningReader();

    /** Every string field of the contract example, as the reader names it. */
    static List<String> stringFields() {
        List<String> paths = new ArrayList<>();
        collect(SampleBerekeningen.example(), "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String path, List<String> paths) {
        if (node.isTextual()) {
            paths.add(path);
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                collect(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), paths);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", paths);
            }
        }
    }

    static Stream<Arguments> controlInEveryStringField() {
        List<String> fields = stringFields();
        assertTrue(fields.size() >= 20, "the example has its string fields: " + fields);
        List<Arguments> cases = new ArrayList<>();
        for (String field : fields) {
            for (String control : CONTROLS) {
                cases.add(Arguments.of(field, control));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} with U+{1}")
    @MethodSource
    void controlInEveryStringField(String field, String control) {
        ObjectNode node = SampleBerekeningen.example();
        set(node, field, text -> text.charAt(0) + control + text.substring(1));
        assertOnlyViolation(node, field, TextRules.CONTROL);
    }

    static Stream<Arguments> brokenText() {
        return Stream.of(
                Arguments.of("aanvrager.naam", "Ren\uD800e", TextRules.INVALID_CHARACTER),
                Arguments.of("betaalrekening.tenaamstelling", "R de Vries\uDC00", TextRules.INVALID_CHARACTER),
                Arguments.of("inhoudingen[0].kenmerk", "huur \uDE00\uD83D juli", TextRules.INVALID_CHARACTER),
                Arguments.of("dossierId", "\uD83DGM0014", TextRules.INVALID_CHARACTER),
                Arguments.of("aanvrager.naam", "\u202Eseirv ed eener", TextRules.INVALID_CHARACTER),
                Arguments.of("betaalrekening.tenaamstelling", "R de \u2066Vries\u2069", TextRules.INVALID_CHARACTER),
                Arguments.of("verlaging.reden", "categorie\u00A0\u0002", TextRules.CONTROL),
                Arguments.of("betaalrekening.tenaamstelling", "☺☺☺", "NIET_VOOR_DE_BANK"),
                Arguments.of("betaalrekening.tenaamstelling", "???", "NIET_VOOR_DE_BANK"),
                Arguments.of("betaalrekening.tenaamstelling", "☺ ? ☺ ? + -", "NIET_VOOR_DE_BANK"),
                Arguments.of("inhoudingen[0].begunstigde.naam", "★★★ ???", "NIET_VOOR_DE_BANK"),
                Arguments.of("inhoudingen[0].kenmerk", "☺☺☺", "NIET_VOOR_DE_BANK"),
                Arguments.of("inhoudingen[0].kenmerk", "♥♦♣♠ ? ()", "NIET_VOOR_DE_BANK"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource
    void brokenText(String field, String value, String code) {
        ObjectNode node = SampleBerekeningen.example();
        set(node, field, text -> value);
        assertOnlyViolation(node, field, code);
    }

    static Stream<Arguments> textThatIsFine() {
        return Stream.of(
                Arguments.of("betaalrekening.tenaamstelling", "Łukasz Żółć-Ørsted"),
                Arguments.of("betaalrekening.tenaamstelling", "R de Vries 😀"),
                Arguments.of("inhoudingen[0].begunstigde.naam", "Woonstichting ☺ De Key"),
                Arguments.of("inhoudingen[0].kenmerk", "12345"),
                // not sent to the bank: only the safety rules apply
                Arguments.of("aanvrager.naam", "☺☺☺"),
                Arguments.of("aanvrager.naam", "\u05D3\u05D5\u05D3 \u200F\u05DB\u05D4\u05DF"),
                Arguments.of("verlaging.reden", "???"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource
    void textThatIsFine(String field, String value) {
        ObjectNode node = SampleBerekeningen.example();
        set(node, field, text -> value);
        assertInstanceOf(BerekeningReader.Valid.class, reader.read(node), () -> field + " = " + value);
    }

    @Test
    void theMeldingSaysWhatTheBankWouldGetInDutch() {
        ObjectNode node = SampleBerekeningen.example();
        set(node, "betaalrekening.tenaamstelling", text -> "☺☺☺");
        String melding = ((BerekeningReader.Invalid) reader.read(node)).fouten().get(0).melding();
        assertEquals("De bank kan deze tekst niet ontvangen: er staat geen letter of cijfer in", melding);
    }

    static Stream<Arguments> outOfBounds() {
        return Stream.of(
                Arguments.of("periode", "1999-12"),
                Arguments.of("periode", "2100-01"),
                Arguments.of("periode", "0000-01"),
                Arguments.of("inkomsten[0].vrijlatingSinds", "1999-12"),
                Arguments.of("aanvrager.geboortedatum", "1899-12-31"),
                Arguments.of("aanvrager.geboortedatum", "0001-01-01"),
                Arguments.of("kinderen[0].geboortedatum", "1000-01-01"),
                Arguments.of("medebewoners[0].geboortedatum", "1899-01-01"),
                Arguments.of("recht.ingangsdatum", "1899-12-31"),
                Arguments.of("recht.einddatum", "2100-01-01"),
                Arguments.of("recht.einddatum", "9999-12-31"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource
    void outOfBounds(String field, String value) {
        ObjectNode node = SampleBerekeningen.example();
        set(node, field, text -> value);
        assertOnlyViolation(node, field, "BUITEN_BEREIK");
    }

    @Test
    void theBoundsThemselvesAreInside() {
        ObjectNode node = Json.MAPPER.createObjectNode().put("a", "2000-01").put("b", "2099-12")
                .put("c", "1900-01-01").put("d", "2099-12-31").put("e", "1999-12").put("f", "2100-01-01");
        List<Fout> fouten = new ArrayList<>();
        FieldReader fields = new FieldReader(node, "", fouten, Set.of("a", "b", "c", "d", "e", "f"));
        assertEquals(YearMonth.of(2000, 1), fields.period("a", true));
        assertEquals(YearMonth.of(2099, 12), fields.period("b", true));
        assertEquals(LocalDate.of(1900, 1, 1), fields.date("c", true));
        assertEquals(LocalDate.of(2099, 12, 31), fields.date("d", true));
        assertNull(fields.period("e", true));
        assertNull(fields.date("f", true));
        assertEquals(List.of("e", "f"), fouten.stream().map(Fout::veld).toList());
    }

    @Test
    void aCommandPeriodIsReadWithTheSameRulesAndLeavesOtherFieldsAlone() {
        List<Fout> fouten = new ArrayList<>();
        ObjectNode body = Json.MAPPER.createObjectNode().put("periode", "2026-01").put("extra", 1);
        assertEquals(YearMonth.of(2026, 1), FieldReader.commandPeriod(body, "periode", fouten));
        assertEquals(List.of(), fouten);
        assertNull(FieldReader.commandPeriod(body.put("periode", "2100-01"), "periode", fouten));
        assertNull(FieldReader.commandPeriod(body.put("periode", 202601), "periode", fouten));
        assertNull(FieldReader.commandPeriod(body.put("periode", "+10000-01"), "periode", fouten));
        assertNull(FieldReader.commandPeriod(Json.MAPPER.createObjectNode(), "periode", fouten));
        assertEquals(List.of("periode:BUITEN_BEREIK", "periode:ONGELDIG_TYPE", "periode:TE_LANG", "periode:VERPLICHT"),
                fouten.stream().map(f -> f.veld() + ":" + f.code()).toList());
    }

    @Test
    void whatIsRepeatedFromARefusedRecordIsMadeSafe() {
        ObjectNode node = SampleBerekeningen.example();
        node.put("dossierId", "A\u0000B\uD800C" + "x".repeat(10_000));
        node.put("na\u0000am\u202E\uDC00", 1);
        BerekeningReader.Invalid invalid = (BerekeningReader.Invalid) reader.read(node);
        assertEquals("A\uFFFDB\uFFFDC" + "x".repeat(35), invalid.dossierId());
        assertEquals(List.of("na\uFFFDam\uFFFD\uFFFD:ONBEKEND_VELD", "dossierId:STUURTEKEN"),
                invalid.fouten().stream().map(f -> f.veld() + ":" + f.code()).toList());
        assertEquals("ab\uD83D\uDE00", TextRules.echo("ab\uD83D\uDE00", 4), "a whole pair is kept");
        assertEquals("ab", TextRules.echo("ab\uD83D\uDE00", 3), "a pair is never cut in half");
    }

    @Test
    void otherViolationsOfTheRecordAreStillAllReported() {
        ObjectNode node = SampleBerekeningen.example();
        set(node, "betaalrekening.tenaamstelling", text -> "☺☺☺");
        set(node, "aanvrager.naam", text -> "Ren\u0007e");
        node.put("periode", "1999-12");
        obj(node, "betaalrekening").put("iban", "NL00");
        List<String> found = ((BerekeningReader.Invalid) reader.read(node)).fouten().stream()
                .map(f -> f.veld() + ":" + f.code()).toList();
        assertEquals(List.of("periode:BUITEN_BEREIK", "aanvrager.naam:STUURTEKEN", "betaalrekening.iban:IBAN_ONGELDIG",
                "betaalrekening.tenaamstelling:NIET_VOOR_DE_BANK"), found);
    }

    private void assertOnlyViolation(ObjectNode node, String field, String code) {
        BerekeningReader.Invalid invalid = assertInstanceOf(BerekeningReader.Invalid.class, reader.read(node),
                () -> field + " should be refused");
        assertEquals(List.of(field + ":" + code), invalid.fouten().stream().map(f -> f.veld() + ":" + f.code()).toList());
        assertTrue(invalid.fouten().get(0).melding().length() > 20, "a melding a person can act on");
    }

    /** Replaces the text at a reader-style path ({@code a.b[0].c}). */
    static void set(ObjectNode root, String path, java.util.function.UnaryOperator<String> change) {
        String[] steps = path.split("\\.");
        JsonNode parent = root;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = step(parent, steps[i]);
        }
        String last = steps[steps.length - 1];
        if (last.endsWith("]")) {
            ArrayNode array = (ArrayNode) step(parent, last.substring(0, last.indexOf('[')));
            int index = Integer.parseInt(last.substring(last.indexOf('[') + 1, last.length() - 1));
            array.set(index, change.apply(array.get(index).textValue()));
        } else {
            ((ObjectNode) parent).put(last, change.apply(parent.get(last).textValue()));
        }
    }

    private static JsonNode step(JsonNode node, String step) {
        if (step.endsWith("]")) {
            JsonNode array = node.get(step.substring(0, step.indexOf('[')));
            return array.get(Integer.parseInt(step.substring(step.indexOf('[') + 1, step.length() - 1)));
        }
        return node.get(step);
    }

    private static ObjectNode obj(ObjectNode node, String field) {
        return (ObjectNode) node.get(field);
    }

}
