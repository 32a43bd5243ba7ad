package nl.gbi.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import nl.gbi.calculation.CalculationSettings;
import nl.gbi.calculation.Calculator;
import nl.gbi.calculation.Outcome;
import nl.gbi.calculation.Resultaat;
import nl.gbi.calculation.TestBerekening;
import nl.gbi.domain.InhoudingSoort;
import nl.gbi.parameters.ParameterResource;
import org.junit.jupiter.api.Test;

/** The result JSON has the contract's shape and writes amounts with exactly two decimals. */
class ResultaatJsonTest {

    private static final Calculator CALCULATOR = new Calculator(ParameterResource.load(), CalculationSettings.DEFAULTS);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void writesTheContractExampleExactly() throws Exception {
        Resultaat resultaat = ((Outcome.Success) CALCULATOR.calculate(TestBerekening.alleenstaande().build())).resultaat();
        String expected = """
                {"dossierId":"GM0014-TEST","periode":"2025-07",\
                "norm":{"bedrag":1369.06,"artikel":"Pw art. 21 onderdeel a","kostendelers":1},\
                "verlaging":0.00,"inkomstenKorting":0.00,"vrijlating":0.00,\
                "uitkeringInclVakantiegeld":1369.06,"vakantiegeldReservering":68.45,"uitkeringExclVakantiegeld":1300.61,\
                "betalingen":[{"soort":"UITKERING","bedrag":1300.61,"iban":"NL91ABNA0417164300","naam":"A Test","naamVoorBank":"A Test"}],\
                "regels":[{"code":"NORM","omschrijving":"Bijstandsnorm alleenstaande (ouder) 21 jaar tot AOW-leeftijd",\
                "bron":"Pw art. 21 onderdeel a","bedrag":1369.06},\
                {"code":"UITKERING_INCL_VAKANTIEGELD","omschrijving":"Norm min verlaging min inkomstenkorting",\
                "bron":"Pw art. 11 en 31; docs/calculation.md E3","bedrag":1369.06},\
                {"code":"VAKANTIEGELD_RESERVERING","omschrijving":"Vakantiegeld gereserveerd: uitkering min round-half-up(95%)",\
                "bron":"Pw art. 20-22 (norm incl. 5% vakantiegeld); reservering (docs/calculation.md E3)","bedrag":68.45},\
                {"code":"UITKERING_EXCL_VAKANTIEGELD","omschrijving":"Uitkering zonder vakantiegeld",\
                "bron":"Pw art. 20-22 (norm incl. 5% vakantiegeld); reservering (docs/calculation.md E3)","bedrag":1300.61},\
                {"code":"UITKERING","omschrijving":"Aan de client","bron":"Pw art. 11; betaalvolgorde (docs/calculation.md E7)",\
                "bedrag":1300.61}]}""";
        assertEquals(expected, MAPPER.writeValueAsString(ResultaatJson.toJson(resultaat)));
    }

    @Test
    void writesThirdPartyPaymentsAndKeepsAmountsExact() throws Exception {
        Resultaat resultaat = ((Outcome.Success) CALCULATOR.calculate(TestBerekening.alleenstaande().inhouding(InhoudingSoort.HUUR, 55000)
                .inhouding(InhoudingSoort.AFLOSSING, 1000).build())).resultaat();
        JsonNode json = ResultaatJson.toJson(resultaat);
        assertEquals(2, json.get("betalingen").size());
        JsonNode huur = json.get("betalingen").get(0);
        assertEquals("DERDENBETALING", huur.get("soort").asText());
        assertEquals(new BigDecimal("550.00"), huur.get("bedrag").decimalValue());
        assertEquals("NL39RABO0300065264", huur.get("iban").asText());
        assertEquals("Woonstichting Test", huur.get("naam").asText());
        assertEquals(new BigDecimal("740.61"), json.get("betalingen").get(1).get("bedrag").decimalValue());
        assertEquals("740.61", json.get("betalingen").get(1).get("bedrag").toString());
    }

    @Test
    void eachPaymentShowsTheNameAsTheBankWillSeeIt() {
        ObjectNode node = SampleBerekeningen.example();
        node.remove("verlaging");
        node.remove("inkomsten");
        ((ObjectNode) node.get("betaalrekening")).put("tenaamstelling", "Renée Ærø-Straße & Zoë");
        ((ObjectNode) node.get("inhoudingen").get(0).get("begunstigde")).put("naam", "Woonstichting " + "ß".repeat(50));
        var berekening = ((BerekeningReader.Valid) new BerekeningReader().read(node)).berekening();
        JsonNode json = ResultaatJson.toJson(((Outcome.Success) CALCULATOR.calculate(berekening)).resultaat());
        JsonNode uitkering = betaling(json, "UITKERING");
        assertEquals("Renée Ærø-Straße & Zoë", uitkering.get("naam").asText(), "naam stays as submitted");
        assertEquals("Renee AEro-Strasse + Zoe", uitkering.get("naamVoorBank").asText());
        String cut = betaling(json, "DERDENBETALING").get("naamVoorBank").asText();
        assertEquals(BankText.NAME_MAX, cut.length(), "cut to what Cdtr/Nm holds");
        assertEquals("Woonstichting " + "s".repeat(56), cut);
    }

    private static JsonNode betaling(JsonNode resultaat, String soort) {
        for (JsonNode betaling : resultaat.get("betalingen")) {
            if (betaling.get("soort").asText().equals(soort)) {
                return betaling;
            }
        }
        throw new AssertionError("no " + soort + " in " + resultaat.get("betalingen"));
    }
}
