package nl.gbi.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.gbi.domain.Fout;
import nl.gbi.domain.Money;

/**
 * Reads the fields of one JSON object, adding a {@link Fout} for every violation instead of stopping at
 * the first. A getter returns null when the field is absent or invalid; the caller checks
 * {@link #fouten()} before building anything from the values.
 */
public final class FieldReader {

    /** The largest amount a single field may carry, matching the pain.001 ceiling. */
    static final BigDecimal AMOUNT_MAX = new BigDecimal("999999999.99");
    /** An unknown field's name is repeated in the violation at most this long. */
    static final int FIELD_NAME_ECHO_MAX = 40;

    private final JsonNode node;
    private final String path;
    private final List<Fout> fouten;

    public FieldReader(JsonNode node, String path, List<Fout> fouten, Set<String> allowedFields) {
        this.node = node;
        this.path = path;
        this.fouten = fouten;
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowedFields.contains(name)) {
                // the name is the sender's: repeat it only made safe, it goes into the answer and the stored answer
                fail(TextRules.echo(name, FIELD_NAME_ECHO_MAX), "ONBEKEND_VELD", "Dit veld bestaat niet in het contract");
            }
        }
    }

    public List<Fout> fouten() {
        return fouten;
    }

    public String path(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    public void fail(String field, String code, String melding) {
        fouten.add(new Fout(path(field), code, melding));
    }

    /** The field's node when present and not null; a missing required field is a violation. */
    public JsonNode present(String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                fail(field, "VERPLICHT", "Verplicht veld ontbreekt");
            }
            return null;
        }
        return value;
    }

    public JsonNode object(String field, boolean required) {
        JsonNode value = present(field, required);
        if (value != null && !value.isObject()) {
            fail(field, "ONGELDIG_TYPE", "Verwacht een object");
            return null;
        }
        return value;
    }

    public JsonNode array(String field) {
        JsonNode value = present(field, false);
        if (value != null && !value.isArray()) {
            fail(field, "ONGELDIG_TYPE", "Verwacht een lijst");
            return null;
        }
        return value;
    }

    public String string(String field, boolean required, int maxLength) {
        JsonNode value = present(field, required);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            fail(field, "ONGELDIG_TYPE", "Verwacht tekst");
            return null;
        }
        String text = value.textValue();
        Fout unsafe = TextRules.problem(path(field), text);
        if (unsafe != null) {
            fouten.add(unsafe);
            return null;
        }
        if (text.isBlank()) {
            fail(field, required ? "VERPLICHT" : "LEEG", "Tekst mag niet leeg zijn");
            return null;
        }
        if (text.length() > maxLength) {
            fail(field, "TE_LANG", "Ten hoogste " + maxLength + " tekens");
            return null;
        }
        return text;
    }

    /**
     * Text that goes to the bank (a name, the start of the remittance information): also refused when the SEPA
     * writer could not carry it after transliteration, so one such record is refused here instead of stopping
     * its municipality's batch later.
     */
    public String bankText(String field, boolean required, int maxLength, int bankLengthMax) {
        String text = string(field, required, maxLength);
        String refusal = text == null ? null : BankText.refusal(text, bankLengthMax);
        if (refusal != null) {
            fail(field, "NIET_VOOR_DE_BANK", refusal);
            return null;
        }
        return text;
    }

    public boolean bool(String field, boolean defaultValue) {
        JsonNode value = present(field, false);
        if (value == null) {
            return defaultValue;
        }
        if (!value.isBoolean()) {
            fail(field, "ONGELDIG_TYPE", "Verwacht true of false");
            return defaultValue;
        }
        return value.booleanValue();
    }

    public Integer integer(String field, boolean required, int min, int max) {
        JsonNode value = present(field, required);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            fail(field, "ONGELDIG_TYPE", "Verwacht een geheel getal");
            return null;
        }
        int number = value.intValue();
        if (number < min || number > max) {
            fail(field, "BUITEN_BEREIK", "Verwacht een getal van " + min + " tot en met " + max);
            return null;
        }
        return number;
    }

    public <E extends Enum<E>> E enumValue(String field, boolean required, Class<E> type) {
        String text = string(field, required, 40);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        fail(field, "ONGELDIGE_WAARDE", "Onbekende waarde '" + text + "'");
        return null;
    }

    /** An ISO date within {@link Bounds#DATUM_MIN} … {@link Bounds#DATUM_MAX}. */
    public LocalDate date(String field, boolean required) {
        LocalDate date = parsed(field, required, 10, LocalDate::parse, "ONGELDIGE_DATUM", "Verwacht een datum JJJJ-MM-DD");
        if (date != null && !Bounds.contains(date)) {
            fail(field, Bounds.CODE, Bounds.datumMelding());
            return null;
        }
        return date;
    }

    /** An ISO period within {@link Bounds#PERIODE_MIN} … {@link Bounds#PERIODE_MAX}. */
    public YearMonth period(String field, boolean required) {
        YearMonth period = parsed(field, required, 7, YearMonth::parse, "ONGELDIGE_PERIODE", "Verwacht een periode JJJJ-MM");
        if (period != null && !Bounds.contains(period)) {
            fail(field, Bounds.CODE, Bounds.periodeMelding());
            return null;
        }
        return period;
    }

    /**
     * One required period field of a small command body ({@code {"periode": "2026-01"}}), with the same rules
     * as in a berekening; the body's other fields are the command's business, not judged here.
     */
    public static YearMonth commandPeriod(JsonNode body, String field, List<Fout> fouten) {
        Set<String> names = new java.util.HashSet<>();
        body.fieldNames().forEachRemaining(names::add);
        return new FieldReader(body, "", fouten, names).period(field, true);
    }

    /** Text of exactly {@code length} characters that {@code parser} accepts (ISO forms only). */
    private <T> T parsed(String field, boolean required, int length, Function<String, T> parser, String code, String melding) {
        String text = string(field, required, length);
        if (text == null) {
            return null;
        }
        try {
            if (text.length() == length) {
                return parser.apply(text);
            }
        } catch (DateTimeParseException invalid) {
            // reported below
        }
        fail(field, code, melding);
        return null;
    }

    /** A JSON number of euros with at most two decimals, from 0 (or 0.01 when zero is not allowed) to the maximum. */
    public Money amount(String field, boolean required, boolean zeroAllowed) {
        JsonNode value = present(field, required);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            fail(field, "ONGELDIG_TYPE", "Verwacht een bedrag als getal, bijvoorbeeld 1369.06");
            return null;
        }
        BigDecimal euros = value.decimalValue();
        if (euros.stripTrailingZeros().scale() > 2) {
            fail(field, "TE_VEEL_DECIMALEN", "Een bedrag heeft ten hoogste 2 decimalen");
            return null;
        }
        if (euros.signum() < 0 || (!zeroAllowed && euros.signum() == 0) || euros.compareTo(AMOUNT_MAX) > 0) {
            fail(field, "BUITEN_BEREIK", zeroAllowed ? "Verwacht een bedrag van 0.00 tot en met " + AMOUNT_MAX
                    : "Verwacht een bedrag van 0.01 tot en met " + AMOUNT_MAX);
            return null;
        }
        return Money.ofEuros(euros);
    }
}
