package nl.gbi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nl.gbi.TestEngine;
import nl.gbi.batches.NewBatch;
import nl.gbi.batches.PaymentLine;
import nl.gbi.domain.BetalingSoort;
import nl.gbi.domain.Iban;
import nl.gbi.domain.Money;
import nl.gbi.runs.RunFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 14 point 4 through the API: the safety rails show on a batch waiting for approval, an approval that does not
 * acknowledge every finding with a reason is refused with 409 naming each, blocking findings cannot be acknowledged,
 * and acknowledged findings go into the audit chain. A doubled batch, a misplaced decimal, a mule account and a month
 * paid twice.
 */
class RailsApiTest {

    @RegisterExtension
    static final RunApi API = new RunApi();

    private static List<String> codes(JsonNode batch) {
        List<String> codes = new ArrayList<>();
        batch.get("vangrails").get("bevindingen").forEach(f -> codes.add(f.get("code").textValue()));
        return codes;
    }

    private static List<String> fields(HttpResponse<String> problem) {
        List<String> fields = new ArrayList<>();
        TestEngine.json(problem).get("fouten").forEach(f -> fields.add(f.get("veld").textValue() + ":"
                + f.get("code").textValue()));
        return fields;
    }

    private JsonNode batch(long id) {
        return TestEngine.json(API.engine.get("/api/v1/batches/" + id, API.officer));
    }

    private HttpResponse<String> approve(long id, String body) {
        return API.engine.postJson("/api/v1/batches/" + id + "/approvals", API.officer, body);
    }

    @Test
    void aDoubledRunMustBeAcknowledgedPerFindingAndTheReasonsAreAudited() throws InterruptedException {
        API.submit(RunFixtures.sample("RL-1", "2025-09"), RunFixtures.sample("RL-2", "2025-09"));
        long september = API.completedRun("2025-09").get("batchId").longValue();
        // its wanted date (24 September 2025) is long past: the date moved, and that is a finding of its own
        assertEquals(List.of("UITVOERDATUM_VERSCHOVEN"), codes(batch(september)));
        HttpResponse<String> bare = approve(september, "{}");
        assertEquals(409, bare.statusCode(), bare.body());
        assertEquals(List.of("bevindingen.UITVOERDATUM_VERSCHOVEN:NIET_BEVESTIGD"), fields(bare));
        assertEquals(0, batch(september).get("geldigeGoedkeuringen").intValue(), "a refused approval records nothing");
        assertEquals(201, approve(september, "{\"bevindingen\":{\"UITVOERDATUM_VERSCHOVEN\":\"test: oude maand\"}}")
                .statusCode());
        assertEquals(200, API.engine.get("/api/v1/batches/" + september + "/pain001", API.officer).statusCode());

        List<String> four = List.of("RL-1", "RL-2", "RL-3", "RL-4");
        API.submit(four.stream().map(d -> RunFixtures.sample(d, "2025-10")).toArray(ObjectNode[]::new));
        long october = API.completedRun("2025-10").get("batchId").longValue();
        JsonNode shown = batch(october);
        assertEquals(september, shown.get("vangrails").get("vorigeBatch").longValue());
        assertTrue(shown.get("vangrails").get("gecontroleerd").booleanValue());
        // each sample pays its client and a third party: both kinds doubled
        assertEquals(List.of("AFWIJKING.DERDENBETALING", "AFWIJKING.UITKERING", "UITVOERDATUM_VERSCHOVEN"), codes(shown));
        String melding = shown.get("vangrails").get("bevindingen").get(1).get("melding").textValue();
        assertTrue(melding.contains("UITKERING: 4 betalingen") && melding.contains("aantal +100,0%"), melding);

        HttpResponse<String> half = approve(october, "{\"bevindingen\":{\"UITVOERDATUM_VERSCHOVEN\":\"oud\","
                + "\"AFWIJKING.DERDENBETALING\":\"twee nieuwe dossiers\"}}");
        assertEquals(409, half.statusCode(), half.body());
        assertEquals(List.of("bevindingen.AFWIJKING.UITKERING:NIET_BEVESTIGD"), fields(half));
        HttpResponse<String> blank = approve(october, "{\"bevindingen\":{\"UITVOERDATUM_VERSCHOVEN\":\"oud\","
                + "\"AFWIJKING.DERDENBETALING\":\"twee nieuwe dossiers\",\"AFWIJKING.UITKERING\":\"  \"}}");
        assertEquals(List.of("bevindingen.AFWIJKING.UITKERING:ONGELDIGE_REDEN"), fields(blank));
        HttpResponse<String> made = approve(october, "{\"bevindingen\":{\"UITVOERDATUM_VERSCHOVEN\":\"oud\","
                + "\"AFWIJKING.DERDENBETALING\":\"twee nieuwe dossiers\","
                + "\"AFWIJKING.UITKERING\":\"twee nieuwe dossiers\",\"VERZONNEN\":\"x\"}}");
        assertEquals(List.of("bevindingen.VERZONNEN:ONBEKEND"), fields(made));
        HttpResponse<String> wrongType = approve(october, "{\"bevindingen\":[\"AFWIJKING.UITKERING\"]}");
        assertEquals(400, wrongType.statusCode(), wrongType.body());
        HttpResponse<String> ok = approve(october, "{\"bevindingen\":{\"UITVOERDATUM_VERSCHOVEN\":\"oud\","
                + "\"AFWIJKING.DERDENBETALING\":\"twee nieuwe dossiers\",\"AFWIJKING.UITKERING\":\"twee nieuwe dossiers\"}}");
        assertEquals(201, ok.statusCode(), ok.body());
        assertFalse(batch(october).get("vangrails").get("gecontroleerd").booleanValue(), "approved: nothing left to check");

        JsonNode audit = TestEngine.json(API.engine.get("/api/v1/audit?aantal=500", API.officer));
        String acknowledged = null;
        for (JsonNode row : audit.get("regels")) {
            if ("FINDINGS_ACKNOWLEDGED".equals(row.get("actie").textValue())
                    && ("batch/" + october).equals(row.get("onderwerp").textValue())) {
                acknowledged = row.get("details").textValue();
            }
        }
        assertTrue(acknowledged != null && acknowledged.contains("AFWIJKING.UITKERING: twee nieuwe dossiers [UITKERING: 4")
                && acknowledged.contains("UITVOERDATUM_VERSCHOVEN: oud ["), String.valueOf(acknowledged));
    }

    @Test
    void aMisplacedDecimalAndAMuleAccountAreFindingsAndAMonthPaidTwiceBlocks() throws InterruptedException {
        // a regular run pays RL-20 for November 2025
        API.submit(RunFixtures.sample("RL-20", "2025-11"));
        long regular = API.completedRun("2025-11").get("batchId").longValue();
        API.engine.approve(regular, API.officer);

        YearMonth nov = YearMonth.of(2025, 11);
        List<PaymentLine> lines = new ArrayList<>();
        // 1.234,56 was meant; 123.456,00 is what came
        lines.add(new PaymentLine("RL-30", nov, BetalingSoort.NABETALING, Money.ofCents(12_345_600),
                new Iban("NL91ABNA0417164300"), "J. de Vries", "Nabetaling november 2025"));
        for (int i = 0; i < 6; i++) {
            lines.add(new PaymentLine("RL-4" + i, nov, BetalingSoort.NABETALING, Money.ofCents(10_000),
                    new Iban("NL39RABO0300065264"), "A. Katvanger", "Nabetaling november 2025"));
        }
        long manual = API.engine.createBatch(new NewBatch("GM0014", null, "test", "test", LocalDate.now().plusDays(1),
                lines)).id();
        assertEquals(List.of("BOVEN_NORM", "IBAN_VEEL_DOSSIERS.NL39**********5264"), codes(batch(manual)));
        HttpResponse<String> refused = approve(manual, "{}");
        assertEquals(409, refused.statusCode());
        assertEquals(List.of("bevindingen.BOVEN_NORM:NIET_BEVESTIGD",
                "bevindingen.IBAN_VEEL_DOSSIERS.NL39**********5264:NIET_BEVESTIGD"), fields(refused));
        String melding = batch(manual).get("vangrails").get("bevindingen").get(0).get("melding").textValue();
        assertTrue(melding.contains("dossier RL-30 NABETALING november 2025 € 123.456,00"), melding);

        // a voorschot-like batch outside a run paying RL-20's November benefit again: blocking
        long twice = API.engine.createBatch(new NewBatch("GM0014", null, "test", "test", LocalDate.now().plusDays(1),
                List.of(new PaymentLine("RL-20", nov, BetalingSoort.UITKERING, Money.ofCents(50_000),
                        new Iban("NL91ABNA0417164300"), "J. de Vries", "Uitkering november 2025", 7)))).id();
        JsonNode shown = batch(twice);
        assertEquals(List.of("DUBBEL_BETAALD"), codes(shown));
        assertTrue(shown.get("vangrails").get("bevindingen").get(0).get("blokkerend").booleanValue());
        HttpResponse<String> blocked = approve(twice, "{\"bevindingen\":{\"DUBBEL_BETAALD\":\"toch betalen\"}}");
        assertEquals(409, blocked.statusCode());
        assertEquals(List.of("bevindingen.DUBBEL_BETAALD:BLOKKEREND"), fields(blocked));
        assertEquals(200, API.engine.postJson("/api/v1/batches/" + twice + "/rejection", API.officer,
                "{\"reden\":\"dubbel\"}").statusCode());
    }
}
