package nl.gbi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import nl.gbi.TestEngine;
import nl.gbi.calculation.CalculationSettings;
import nl.gbi.calculation.Calculator;
import nl.gbi.calculation.Outcome;
import nl.gbi.domain.Money;
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

        // SKIP-A's August was settled by the first run, whose batch is still undecided: its herberekening waits.
        assertEquals(1, rerun.get("overgeslagen").get("HERBEREKENING_WAITS").get("aantal").intValue(), rerun.toString());
        assertEquals(2, rerun.get("overgeslagen").get("ALREADY_PAID").get("aantal").intValue(), rerun.toString());
        assertEquals(2, rerun.get("overgeslagen").get("STOPPED_DOSSIER:MD07").get("aantal").intValue());
        // July's returned UITKERING, repaid to the new IBAN (BetaalrunRepayApiTest).
        assertEquals(1, rerun.get("betalingen").get("UITKERING").get("aantal").intValue(), rerun.toString());
        assertEquals(1, api.db.count("SELECT count(*) FROM payments WHERE dossier_id = 'SKIP-A' AND periode = '2025-07-01'"
                + " AND corrects_seq IS NOT NULL AND creditor_iban = $1", RunApi.NEW_IBAN));
        assertEquals(List.of("SKIP-A:DERDENBETALING", "SKIP-C:DERDENBETALING", "SKIP-C:UITKERING"), paidInAugust());

        api.approveAndExport(august.get("batchId").longValue());
        JsonNode corrected = api.completedRun("2025-08");

        // Once the first batch went to the bank, the blocked UITKERING is paid as the herberekening's NABETALING.
        long uitkering = api.db.count("SELECT amount_cents FROM payments WHERE dossier_id = 'SKIP-C' AND periode = '2025-08-01'"
                + " AND soort = 'UITKERING'");
        assertEquals(1, corrected.get("herberekeningen").get("NABETALING").get("aantal").intValue(), corrected.toString());
        assertEquals(1, corrected.get("betalingen").get("NABETALING").get("aantal").intValue(), corrected.toString());
        assertEquals(Money.ofCents(uitkering).toEuros(), corrected.get("betalingen").get("NABETALING").get("totaal").decimalValue());
        assertEquals(List.of("SKIP-A:DERDENBETALING", "SKIP-A:NABETALING", "SKIP-C:DERDENBETALING", "SKIP-C:UITKERING"),
                paidInAugust());
        assertEquals(1, api.db.count("SELECT count(*) FROM payments WHERE dossier_id = 'SKIP-A' AND periode = '2025-08-01'"
                + " AND soort = 'NABETALING' AND creditor_iban = $1 AND line_no = 2", RunApi.NEW_IBAN));
        assertTrue(api.completedRun("2025-08").get("betalingen").isEmpty(), "a further rerun pays nothing");
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
