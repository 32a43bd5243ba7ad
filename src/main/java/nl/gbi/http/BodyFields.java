package nl.gbi.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import nl.gbi.domain.ControlCharacters;
import nl.gbi.domain.Fout;
import nl.gbi.domain.Money;

/** Reading the fields of a small JSON request body, each problem a {@link Fout} naming its field. */
final class BodyFields {

    private BodyFields() {
    }

    /** A Fout ONBEKEND_VELD for every field of {@code body} not in {@code allowed}. */
    static void unknown(JsonNode body, Set<String> allowed, String why, List<Fout> fouten) {
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                fouten.add(new Fout(name, "ONBEKEND_VELD", why));
            }
        }
    }

    /** A required text field of 1 to {@code max} characters without control characters, or null with a Fout. */
    static String text(JsonNode body, String name, int max, List<Fout> fouten) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            fouten.add(new Fout(name, "VERPLICHT", "Dit veld is verplicht"));
            return null;
        }
        if (!node.isTextual()) {
            fouten.add(new Fout(name, "ONGELDIG_FORMAAT", "Een tekst"));
            return null;
        }
        String value = node.textValue();
        if (value.isBlank() || value.length() > max || ControlCharacters.containsAny(value)) {
            fouten.add(new Fout(name, "ONGELDIG_FORMAAT", "1 tot " + max + " tekens, geen stuurtekens"));
            return null;
        }
        return value;
    }

    /** A required amount in euros greater than 0 with at most 2 decimals (a JSON number), or null with a Fout. */
    static Money positiveAmount(JsonNode body, String name, List<Fout> fouten) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            fouten.add(new Fout(name, "VERPLICHT", "Het bedrag in euro's"));
            return null;
        }
        Money amount = BatchRoutes.total(node);
        if (amount == null || !amount.isPositive()) {
            fouten.add(new Fout(name, "ONGELDIG_BEDRAG", "Een JSON-getal groter dan 0 met ten hoogste 2 decimalen"));
            return null;
        }
        return amount;
    }
}
