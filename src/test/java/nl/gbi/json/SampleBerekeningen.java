package nl.gbi.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The contract's example berekening, as a fresh tree to change in a test. */
public final class SampleBerekeningen {

    public static final String EXAMPLE = """
            {
              "dossierId": "GM0014-0000123",
              "periode": "2025-07",
              "regeling": "PW",
              "leefvorm": "ALLEENSTAANDE",
              "aanvrager": {"bsn": "111222333", "naam": "Renée de Vries", "geboortedatum": "1980-05-01"},
              "partner": null,
              "kinderen": [{"geboortedatum": "2015-02-11"}],
              "medebewoners": [{"geboortedatum": "1955-03-01", "student": false, "commercieleHuur": false}],
              "woonsituatie": "ZELFSTANDIG",
              "recht": {"ingangsdatum": "2024-03-01", "einddatum": null},
              "inkomsten": [{"soort": "ARBEID", "nettoBedrag": 450.00, "vrijlating": "ART31_2_N", "vrijlatingSinds": "2025-05"}],
              "verlaging": {"percentage": 30, "reden": "categorie 2"},
              "inhoudingen": [{"soort": "HUUR", "bedrag": 550.00, "kenmerk": "huur juli",
                               "begunstigde": {"naam": "Woonstichting De Key", "iban": "NL39RABO0300065264"}}],
              "betaalrekening": {"iban": "NL91ABNA0417164300", "tenaamstelling": "R de Vries"}
            }""";

    private SampleBerekeningen() {
    }

    public static ObjectNode example() {
        try {
            return (ObjectNode) Json.MAPPER.readTree(EXAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode example(String dossierId, String periode) {
        ObjectNode node = example();
        node.put("dossierId", dossierId).put("periode", periode);
        return node;
    }
}
