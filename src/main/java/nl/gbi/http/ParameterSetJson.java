package nl.gbi.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gbi.calculation.Parameter;
import nl.gbi.calculation.ParameterValue;
import nl.gbi.domain.EngineError;
import nl.gbi.domain.Fout;
import nl.gbi.json.Json;
import nl.gbi.parameters.ParameterSets;
import nl.gbi.parameters.StoredSet;
import nl.gbi.parameterset.Bevinding;
import nl.gbi.parameterset.Verschil;

/**
 * A parameter set as JSON: the proposal's JSON form turned into the line format (so one strict reader judges both),
 * and a stored set with its review as the answer.
 * <pre>{"waarden": [{"key", "geldigVanaf", "waarde", "publicatie"}], "redenen": {code: why},
 *  "afwezig": {key: why}, "vervangt": id}</pre>
 */
final class ParameterSetJson {

    private static final Set<String> FIELDS = Set.of("waarden", "redenen", "afwezig", "vervangt");
    private static final Set<String> ROW_FIELDS = Set.of("key", "geldigVanaf", "waarde", "publicatie");

    private ParameterSetJson() {
    }

    /** The JSON proposal as the line document, or INVALID naming every offending field. */
    static String document(JsonNode body) {
        List<Fout> fouten = new ArrayList<>();
        body.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                fouten.add(new Fout(name, "ONBEKEND_VELD", "Velden: " + String.join(", ", FIELDS.stream().sorted().toList())));
            }
        });
        StringBuilder text = new StringBuilder();
        JsonNode waarden = body.get("waarden");
        if (waarden == null || !waarden.isArray() || waarden.isEmpty()) {
            fouten.add(new Fout("waarden", "VERPLICHT", "Een lijst van {key, geldigVanaf, waarde, publicatie}"));
        } else {
            for (int i = 0; i < waarden.size(); i++) {
                row(waarden.get(i), "waarden[" + i + "]", text, fouten);
            }
        }
        map(body.get("redenen"), "redenen", "reden", text, fouten);
        map(body.get("afwezig"), "afwezig", "afwezig", text, fouten);
        JsonNode vervangt = body.get("vervangt");
        if (vervangt != null && !vervangt.isNull()) {
            if (!vervangt.canConvertToLong() || !vervangt.isIntegralNumber() || vervangt.longValue() < 1) {
                fouten.add(new Fout("vervangt", "ONGELDIG", "Het id van de goedgekeurde set die deze corrigeert"));
            } else {
                text.append("# vervangt ").append(vervangt.longValue()).append('\n');
            }
        }
        if (!fouten.isEmpty()) {
            throw EngineError.invalid("De parameterset is niet geldig", fouten);
        }
        return text.toString();
    }

    private static void row(JsonNode row, String at, StringBuilder text, List<Fout> fouten) {
        if (row == null || !row.isObject()) {
            fouten.add(new Fout(at, "ONGELDIG", "Een object {key, geldigVanaf, waarde, publicatie}"));
            return;
        }
        row.fieldNames().forEachRemaining(name -> {
            if (!ROW_FIELDS.contains(name)) {
                fouten.add(new Fout(at + "." + name, "ONBEKEND_VELD", "Velden: geldigVanaf, key, publicatie, waarde"));
            }
        });
        String key = text(row.get("key"), at + ".key", fouten);
        String date = text(row.get("geldigVanaf"), at + ".geldigVanaf", fouten);
        String publicatie = text(row.get("publicatie"), at + ".publicatie", fouten);
        JsonNode waarde = row.get("waarde");
        String value = null;
        if (waarde != null && waarde.isNumber()) {
            BigDecimal number = waarde.decimalValue();
            boolean months = "AOW_LEEFTIJD_MAANDEN".equals(key);
            if (months ? number.stripTrailingZeros().scale() > 0 : number.stripTrailingZeros().scale() > 2) {
                fouten.add(new Fout(at + ".waarde", "ONGELDIG", months ? "Een heel aantal maanden"
                        : "Een bedrag in euro's met ten hoogste twee decimalen"));
            } else {
                value = months ? number.toBigInteger().toString() : number.setScale(2).toPlainString();
            }
        } else {
            value = text(waarde, at + ".waarde", fouten);
        }
        if (key != null && date != null && value != null && publicatie != null) {
            text.append(key).append(" | ").append(date).append(" | ").append(value).append(" | ").append(publicatie)
                    .append('\n');
        }
    }

    private static void map(JsonNode node, String field, String directive, StringBuilder text, List<Fout> fouten) {
        if (node == null || node.isNull()) {
            return;
        }
        if (!node.isObject()) {
            fouten.add(new Fout(field, "ONGELDIG", "Een object {code: reden}"));
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String code = entry.getKey();
            String why = text(entry.getValue(), field + "." + code, fouten);
            if (!code.matches("[A-Z0-9_.\\-]{1,100}")) {
                fouten.add(new Fout(field + "." + code, "ONGELDIG", "Een code of sleutel zoals de bevinding die noemt"));
            } else if (why != null) {
                text.append("# ").append(directive).append(' ').append(code).append(": ").append(why).append('\n');
            }
        }
    }

    /** A one-line text field: no line breaks and no '|', which would change the document's lines. */
    private static String text(JsonNode node, String at, List<Fout> fouten) {
        if (node == null || !node.isTextual() || node.textValue().isBlank()) {
            fouten.add(new Fout(at, "VERPLICHT", "Een tekst"));
            return null;
        }
        String value = node.textValue().strip();
        if (value.length() > ParameterSets.REASON_LENGTH_MAX || value.chars().anyMatch(c -> c == '|' || c < 0x20)) {
            fouten.add(new Fout(at, "ONGELDIG", "Een regel tekst van ten hoogste " + ParameterSets.REASON_LENGTH_MAX
                    + " tekens, zonder '|' of regeleinde"));
            return null;
        }
        return value;
    }

    static ObjectNode shown(ParameterSets.Shown shown) {
        ObjectNode json = summary(shown.set());
        ArrayNode waarden = json.putArray("waarden");
        for (ParameterValue row : shown.set().rows()) {
            ObjectNode w = waarden.addObject().put("key", row.parameter().name())
                    .put("geldigVanaf", row.geldigVanaf().toString());
            value(w, "waarde", row.parameter(), row.waarde());
            w.put("publicatie", row.publicatie());
        }
        ObjectNode afwezig = json.putObject("afwezig");
        shown.set().afwezig().forEach((key, why) -> afwezig.put(key.name(), why));
        ArrayNode verschillen = json.putArray("verschillen");
        for (Verschil v : shown.review().verschillen()) {
            ObjectNode d = verschillen.addObject().put("key", v.key().name()).put("geldigVanaf", v.geldigVanaf().toString());
            value(d, "vorige", v.key(), v.vorige());
            value(d, "huidig", v.key(), v.huidig());
            value(d, "nieuw", v.key(), v.nieuw());
            if (v.procent() == null) {
                d.putNull("procent");
            } else {
                d.put("procent", new BigDecimal(v.procent()));
            }
        }
        ArrayNode bevindingen = json.putArray("bevindingen");
        for (Bevinding b : shown.review().bevindingen()) {
            bevindingen.addObject().put("code", b.code()).put("melding", b.melding()).put("reden", b.reden());
        }
        ArrayNode weigeringen = json.putArray("weigeringen");
        shown.review().weigeringen().forEach(weigeringen::add);
        json.put("document", shown.set().document());
        return json;
    }

    static ObjectNode summary(StoredSet set) {
        ObjectNode json = Json.MAPPER.createObjectNode().put("id", set.id()).put("status", set.status())
                .put("bron", set.bron()).put("sha256", set.sha256());
        // the half-years the set gives figures for; the AOW-leeftijd (per year) only for a set of that alone
        ArrayNode dates = json.putArray("geldigVanaf");
        boolean money = set.rows().stream().anyMatch(r -> r.parameter().unit() == Parameter.Unit.CENTS);
        set.rows().stream().filter(r -> !money || r.parameter().unit() == Parameter.Unit.CENTS)
                .map(r -> r.geldigVanaf().toString()).distinct().sorted().forEach(dates::add);
        json.put("vervangt", set.vervangt());
        json.putObject("voorgesteld").put("door", set.proposedByNaam()).put("op", set.proposedAt().toString());
        if (set.decidedBy() == null) {
            json.putNull("besluit");
        } else {
            json.putObject("besluit").put("door", set.decidedByNaam()).put("op", set.decidedAt().toString())
                    .put("reden", set.afwijzingReden());
        }
        return json;
    }

    private static void value(ObjectNode json, String field, Parameter key, Long value) {
        if (value == null) {
            json.putNull(field);
        } else if (key.unit() == Parameter.Unit.MONTHS) {
            json.put(field, value.longValue());
        } else {
            json.put(field, BigDecimal.valueOf(value, 2));
        }
    }
}
