package nl.gbi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import nl.gbi.TestEngine;
import nl.gbi.calculation.CalculationSettings;
import nl.gbi.calculation.Calculator;
import nl.gbi.calculation.Outcome;
import nl.gbi.json.BerekeningReader;
import nl.gbi.json.ResultaatJson;
import nl.gbi.parameters.ParameterResource;
import nl.gbi.runs.RunFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bank answers stop payments in later runs: AC04 blocks the IBAN of the dossier until a berekening brings
 * another one, MD07 stops the dossier. The run reports what it skipped and why.
 */
class BetaalrunSkipApiTest {


    @RegisterExtension
    static final RunApi api = new RunApi();

    @Test
    void returnedPaymentsBlockTheIbanOrStopTheDossierInTheNextRunUntilANewIbanComes() throws Exception {
        api.julyPaidAndReturned("SKIP-A", "AC04", "SKIP-B", "MD07");
        assertEquals(1, api.db.count("SELECT count(*) FROM blocked_ibans WHERE dossier_id = 'SKIP-A' AND iban = $1"
                + " AND reason_code = 'AC04' AND lifted_at IS NULL", RunApi.CLIENT_IBAN));
        assertEquals(1, api.db.count("SELECT count(*) FROM stopped_dossiers WHERE dossier_id = 'SKIP-B' AND reason_code = 'MD07'"));

        ObjectNode minor = RunFixtures.sample("SKIP-D", "2025-08");
        ((ObjectNode) minor.get("aanvrager")).put("geboortedatum", "2010-01-01");
        api.submit(RunFixtures.sample("SKIP-A", "2025-08"), RunFixtures.sample("SKIP-B", "2025-08"),
                RunFixtures.sample("SKIP-C", "2025-08"), minor);
        JsonNode august = api.completedRun("2025-08");

        assertEquals(1, august.get("geweigerd").intValue(), august.toString());
        assertEquals("SKIP-D", august.get("weigeringen").get(0).get("dossierId").textValue());
        assertEquals("LEEFTIJD_ONDER_18", august.get("weigeringen").get(0).get("fouten").get(0).get("code").textValue());
        assertEquals(1, august.get("overgeslagen").get("BLOCKED_IBAN:AC04").get("aantal").intValue(), august.toString());
        assertEquals(1, august.get("overgeslagen").get("RETURNED_NOT_REPAID:AC04").get("aantal").intValue(), august.toString());
        assertEquals(2, august.get("overgeslagen").get("STOPPED_DOSSIER:MD07").get("aantal").intValue(), august.toString());
        assertEquals(List.of("SKIP-A:DERDENBETALING", "SKIP-C:DERDENBETALING", "SKIP-C:UITKERING"), paidInAugust());
        assertResultaatShown("SKIP-C");

        ObjectNode newAccount = RunFixtures.sample("SKIP-A", "2025-08");
        ((ObjectNode) newAccount.get("betaalrekening")).put("iban", RunApi.NEW_IBAN);
        api.submit(newAccount);
        assertEquals(1, api.db.count("SELECT count(*) FROM blocked_ibans WHERE dossier_id = 'SKIP-A' AND lifted_at IS NOT NULL"));
        JsonNode rerun = api.completedRun("2025-08");

        assertEquals(3, rerun.get("overgeslagen").get("ALREADY_PAID").get("aantal").intValue(), rerun.toString());
        assertEquals(2, rerun.get("overgeslagen").get("STOPPED_DOSSIER:MD07").get("aantal").intValue());
        // August's UITKERING and July's returned one, repaid to the new IBAN (BetaalrunRepayApiTest).
        assertEquals(2, rerun.get("betalingen").get("UITKERING").get("aantal").intValue(), rerun.toString());
        assertEquals(1, api.db.count("SELECT count(*) FROM payments WHERE dossier_id = 'SKIP-A' AND periode = '2025-07-01'"
                + " AND corrects_seq IS NOT NULL AND creditor_iban = $1", RunApi.NEW_IBAN));
        assertEquals(List.of("SKIP-A:DERDENBETALING", "SKIP-A:UITKERING", "SKIP-C:DERDENBETALING", "SKIP-C:UITKERING"),
                paidInAugust());
        assertEquals(1, api.db.count("SELECT count(*) FROM payments WHERE dossier_id = 'SKIP-A' AND periode = '2025-08-01'"
                + " AND soort = 'UITKERING' AND creditor_iban = $1", RunApi.NEW_IBAN));
    }

    /** The berekening shows the stored result, equal to the pure calculator's, and its payments' status. */
    private static void assertResultaatShown(String dossierId) {
        JsonNode shown = TestEngine.json(api.engine.get("/api/v1/berekeningen/" + dossierId + "/2025-08", api.submitter));
        Outcome.Success calculated = (Outcome.Success) new Calculator(ParameterResource.load(),
                CalculationSettings.of(RunFixtures.tenant("GM0014")))
                .calculate(((BerekeningReader.Valid) new BerekeningReader().read(RunFixtures.sample(dossierId, "2025-08")))
                        .berekening());
        assertEquals(ResultaatJson.toJson(calculated.resultaat()), shown.get("resultaat"));
        assertEquals(2, shown.get("betaalstatus").size(), shown.toString());
        assertEquals("IN_BATCH", shown.get("betaalstatus").get(0).get("status").textValue());
    }

    private static List<String> paidInAugust() {
        return api.db.query("SELECT dossier_id || ':' || soort AS line FROM payments WHERE periode = '2025-08-01'"
                + " ORDER BY 1").stream().map(row -> row.getString("line")).toList();
    }
}
