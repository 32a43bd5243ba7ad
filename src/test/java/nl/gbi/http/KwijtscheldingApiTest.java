package nl.gbi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.gbi.TestDatabase;
import nl.gbi.TestEngine;
import nl.gbi.TestTenants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing off a vordering (issue 14 point 2, Pw art. 58 lid 7 and 8): below the threshold one finance officer, at or
 * above it a second one; never more than is open; the ledger's open vorderingen, the dossierrekening and the
 * werkvoorraad follow, and every step is audited.
 */
class KwijtscheldingApiTest {

    @TempDir
    Path dir;

    private Path tenants() throws IOException {
        return TestTenants.withEdit(dir, "GM0014", "\"secondApprovalThreshold\": 1000000.00",
                "\"secondApprovalThreshold\": 150.00");
    }

    @Test
    void aWriteOffBelowTheThresholdTakesEffectAndOneAboveItNeedsASecondOfficer() throws Exception {
        try (TestDatabase db = TestDatabase.start(dir.resolve("db"));
             TestEngine engine = TestEngine.start(db.engineConfig(dir.resolve("engine")).withTenantsDir(tenants()))) {
            String submitter = engine.token("GM0014", "submitter");
            String anna = officer(engine, "Anna", "E100");
            String annaLaptop = officer(engine, "Anna (laptop)", "E100");
            String bram = officer(engine, "Bram", "E200");
            // a voorschot of 200,00 paid and denied: 200,00 open
            HttpResponse<String> voorschot = TestEngine.send(engine.request("/api/v1/voorschotten", submitter)
                    .header("Content-Type", "application/json").header("Idempotency-Key", "kw-1")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"dossierId\":\"KW-1\",\"periode\":\"2025-09\","
                            + "\"bedrag\":200.00,\"iban\":\"NL91ABNA0417164300\",\"tenaamstelling\":\"J. de Vries\","
                            + "\"reden\":\"Geen inkomen\"}")));
            assertEquals(201, voorschot.statusCode(), voorschot.body());
            long batch = TestEngine.json(voorschot).get("batchId").longValue();
            assertEquals(201, engine.approve(batch, anna).statusCode());
            assertEquals(201, engine.approve(batch, bram).statusCode());
            assertEquals(200, engine.get("/api/v1/batches/" + batch + "/pain001", anna).statusCode());
            assertEquals(200, engine.postJson("/api/v1/voorschotten/" + TestEngine.json(voorschot).get("id").textValue()
                    + "/afwijzing", submitter, "{\"reden\":\"Geen recht\"}").statusCode());
            assertEquals(List.of("KWIJTSCHELDEN"), actions(item(werkvoorraad(engine, anna), "VORDERING", "KW-1")));

            // refused: bad fields, more than is open, another municipality's officer
            HttpResponse<String> bad = propose(engine, anna, "{\"bedrag\":-1,\"grond\":\"PW_99\",\"extra\":true}");
            assertEquals(400, bad.statusCode());
            assertEquals(Set.of("bedrag", "grond", "reden", "extra"), fields(TestEngine.json(bad)));
            HttpResponse<String> tooMuch = propose(engine, anna, body("200.01"));
            assertEquals(400, tooMuch.statusCode());
            assertEquals(Set.of("bedrag"), fields(TestEngine.json(tooMuch)));
            assertEquals(400, propose(engine, engine.token("GM0153", "finance-officer"), body("10.00")).statusCode(),
                    "another municipality sees no vordering of this dossier");
            assertEquals(403, propose(engine, submitter, body("10.00")).statusCode());

            // 50,00: below the threshold, in effect at once
            HttpResponse<String> small = propose(engine, anna, body("50.00"));
            assertEquals(201, small.statusCode(), small.body());
            assertEquals("GOEDGEKEURD", TestEngine.json(small).get("status").textValue());
            assertFalse(TestEngine.json(small).get("vierOgen").booleanValue());
            assertOpen(engine, anna, "150.00", "50.00");

            // 150,00: at the threshold, a second officer decides; the proposer cannot
            long first = TestEngine.json(propose(engine, anna, body("150.00"))).get("id").longValue();
            JsonNode waiting = item(werkvoorraad(engine, bram), "KWIJTSCHELDING_VOORGESTELD", "KW-1");
            assertEquals(List.of("GOEDKEUREN", "AFWIJZEN"), actions(waiting));
            assertOpen(engine, anna, "150.00", "50.00");
            assertEquals(409, engine.postJson("/api/v1/kwijtscheldingen/" + first + "/approvals", anna, "{}").statusCode());
            HttpResponse<String> sameAnna = engine.postJson("/api/v1/kwijtscheldingen/" + first + "/approvals", annaLaptop, "{}");
            assertEquals(409, sameAnna.statusCode(), "the proposer's other token is the same person: " + sameAnna.body());
            HttpResponse<String> rejected = engine.postJson("/api/v1/kwijtscheldingen/" + first + "/rejection", bram,
                    "{\"reden\":\"Eerst de betalingsregeling afwachten\"}");
            assertEquals(200, rejected.statusCode(), rejected.body());
            assertEquals("AFGEWEZEN", TestEngine.json(rejected).get("status").textValue());
            assertEquals(409, engine.postJson("/api/v1/kwijtscheldingen/" + first + "/approvals", bram, "{}").statusCode(),
                    "decided once");
            assertFalse(has(werkvoorraad(engine, bram), "KWIJTSCHELDING_VOORGESTELD"));

            long second = TestEngine.json(propose(engine, anna, body("150.00"))).get("id").longValue();
            HttpResponse<String> approved = engine.postJson("/api/v1/kwijtscheldingen/" + second + "/approvals", bram, "{}");
            assertEquals(200, approved.statusCode(), approved.body());
            assertEquals("GOEDGEKEURD", TestEngine.json(approved).get("status").textValue());
            assertOpen(engine, anna, "0.00", "200.00");
            JsonNode after = werkvoorraad(engine, anna);
            assertFalse(has(after, "VORDERING"), "nothing is open any more: " + after);
            assertFalse(has(after, "KWIJTSCHELDING_VOORGESTELD"), after.toString());

            List<String> audited = new ArrayList<>();
            for (JsonNode e : TestEngine.json(engine.get("/api/v1/audit?tenant=GM0014&aantal=500", anna)).get("regels")) {
                if (e.get("actie").textValue().startsWith("KWIJTSCHELDING_")) {
                    audited.add(e.get("actie").textValue());
                }
            }
            assertEquals(List.of("KWIJTSCHELDING_GOEDGEKEURD", "KWIJTSCHELDING_VOORGESTELD", "KWIJTSCHELDING_AFGEWEZEN",
                    "KWIJTSCHELDING_VOORGESTELD", "KWIJTSCHELDING_GOEDGEKEURD"), audited);
        }
    }

    private static String officer(TestEngine engine, String naam, String persoon) {
        HttpResponse<String> made = engine.postJson("/api/v1/tokens", engine.adminToken(), "{\"tenant\":\"GM0014\","
                + "\"role\":\"finance-officer\",\"naam\":\"" + naam + "\",\"persoon\":\"" + persoon + "\"}");
        assertEquals(201, made.statusCode(), made.body());
        return TestEngine.json(made).get("token").textValue();
    }

    private static String body(String bedrag) {
        return "{\"bedrag\":" + bedrag + ",\"grond\":\"PW_58_8\",\"reden\":\"Dringende redenen: schuldhulpverlening\"}";
    }

    private static HttpResponse<String> propose(TestEngine engine, String token, String body) {
        return engine.postJson("/api/v1/dossiers/KW-1/kwijtscheldingen", token, body);
    }

    private static void assertOpen(TestEngine engine, String token, String open, String written) {
        HttpResponse<String> rekening = engine.get("/api/v1/dossiers/KW-1/rekening", token);
        assertEquals(200, rekening.statusCode(), rekening.body());
        JsonNode vorderingen = TestEngine.json(rekening).get("vorderingen");
        assertEquals(0, vorderingen.get("open").decimalValue().compareTo(new BigDecimal(open)), vorderingen.toString());
        assertEquals(0, vorderingen.get("kwijtgescholden").decimalValue().compareTo(new BigDecimal(written)),
                vorderingen.toString());
        if (new BigDecimal(open).signum() > 0) {
            assertEquals(0, item(werkvoorraad(engine, token), "VORDERING", "KW-1").get("bedrag").decimalValue()
                    .compareTo(new BigDecimal(open)));
        }
    }

    private static JsonNode werkvoorraad(TestEngine engine, String token) {
        HttpResponse<String> response = engine.get("/api/v1/werkvoorraad", token);
        assertEquals(200, response.statusCode(), response.body());
        return TestEngine.json(response);
    }

    private static boolean has(JsonNode list, String soort) {
        for (JsonNode item : list.get("items")) {
            if (soort.equals(item.get("soort").textValue())) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode item(JsonNode list, String soort, String dossierId) {
        for (JsonNode item : list.get("items")) {
            if (soort.equals(item.get("soort").textValue()) && dossierId.equals(item.get("dossierId").textValue())) {
                return item;
            }
        }
        throw new AssertionError("no " + soort + " of " + dossierId + " in " + list);
    }

    private static List<String> actions(JsonNode item) {
        List<String> names = new ArrayList<>();
        item.get("acties").forEach(a -> names.add(a.get("actie").textValue()));
        return names;
    }

    private static Set<String> fields(JsonNode problem) {
        Set<String> fields = new TreeSet<>();
        problem.get("fouten").forEach(f -> fields.add(f.get("veld").textValue()));
        return fields;
    }
}
