package nl.gbi.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.gbi.calculation.Betaling;
import nl.gbi.calculation.Regel;
import nl.gbi.calculation.Resultaat;
import nl.gbi.domain.Money;

/**
 * Writes a {@link Resultaat} in exactly the contract's shape (contract.md, "A result"): amounts as JSON numbers
 * with two decimals ({@code 1369.06}, {@code 0.00}) from exact {@code BigDecimal}s, never through {@code double}.
 * {@code verrekening} and {@code betalingen[].kenmerk} are not contract fields and are not written.
 * {@code betalingen[].naamVoorBank} is an optional addition: the name as the bank will see it in the pain.001
 * ({@code Cdtr/Nm}, transliterated and cut to 70), left out only for a name the writer could not carry.
 */
public final class ResultaatJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private ResultaatJson() {
    }

    public static ObjectNode toJson(Resultaat resultaat) {
        ObjectNode json = NODES.objectNode();
        json.put("dossierId", resultaat.dossierId());
        json.put("periode", resultaat.periode().toString());
        ObjectNode norm = json.putObject("norm");
        norm.set("bedrag", amount(resultaat.norm().bedrag()));
        norm.put("artikel", resultaat.norm().artikel());
        norm.put("kostendelers", resultaat.norm().kostendelers());
        json.set("verlaging", amount(resultaat.verlaging()));
        json.set("inkomstenKorting", amount(resultaat.inkomstenKorting()));
        json.set("vrijlating", amount(resultaat.vrijlating()));
        json.set("uitkeringInclVakantiegeld", amount(resultaat.uitkeringInclVakantiegeld()));
        json.set("vakantiegeldReservering", amount(resultaat.vakantiegeldReservering()));
        json.set("uitkeringExclVakantiegeld", amount(resultaat.uitkeringExclVakantiegeld()));
        ArrayNode betalingen = json.putArray("betalingen");
        for (Betaling betaling : resultaat.betalingen()) {
            ObjectNode line = betalingen.addObject();
            line.put("soort", betaling.soort().name());
            line.set("bedrag", amount(betaling.bedrag()));
            line.put("iban", betaling.iban().value());
            line.put("naam", betaling.naam());
            BankText.name(betaling.naam()).ifPresent(bank -> line.put("naamVoorBank", bank));
        }
        ArrayNode regels = json.putArray("regels");
        for (Regel regel : resultaat.regels()) {
            ObjectNode line = regels.addObject();
            line.put("code", regel.code());
            line.put("omschrijving", regel.omschrijving());
            line.put("bron", regel.bron());
            line.set("bedrag", amount(regel.bedrag()));
        }
        return json;
    }

    private static com.fasterxml.jackson.databind.JsonNode amount(Money money) {
        return NODES.numberNode(money.toEuros());
    }
}
