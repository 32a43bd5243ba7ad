package nl.gbi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.gbi.TestEngine;
import nl.gbi.runs.RunFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The werkvoorraad through the API (issue 14 points 1 and 2): each kind of item appears with its reason and actions,
 * is acted on (or its cause goes away) and leaves the list; actions are audited, refused where they would pay twice,
 * and bad requests name every field.
 */
class WerkvoorraadApiTest {

    @RegisterExtension
    static final RunApi api = new RunApi();

    @Test
    void everyKindAppearsIsActedOnAndLeaves() throws Exception {
        TestEngine engine = api.engine;
        String officer = api.officer;
        ObjectNode minor = RunFixtures.sample("W-REF", "2025-07");
        ((ObjectNode) minor.get("aanvrager")).put("geboortedatum", "2010-01-01");
        api.submit(minor, RunFixtures.sample("W-STOP", "2025-07"), RunFixtures.sample("W-RR", "2025-07"),
                RunFixtures.sample("W-AC", "2025-07"), RunFixtures.sample("W-3P", "2025-07"),
                RunFixtures.sample("W-H", "2025-07"), RunFixtures.sample("W-COR", "2025-07"));
        HttpResponse<String> hold = engine.postJson("/api/v1/dossiers/W-H/opschortingen", api.submitter,
                "{\"grondslag\":\"PW_53A\",\"reden\":\"Woonsituatie onduidelijk\"}");
        assertEquals(201, hold.statusCode(), hold.body());
        long holdId = TestEngine.json(hold).get("id").longValue();

        long july = api.completedRun("2025-07").get("batchId").longValue();
        JsonNode before = list(engine, officer, "");
        assertTrue(has(before, "WEIGERING", "W-REF", "OPEN"), before.toString());
        assertTrue(has(before, "OPSCHORTING", "W-H", "OPEN"), before.toString());
        JsonNode batchItem = item(before, "BATCH_BEVINDINGEN", null);
        assertEquals("batch/" + july, batchItem.get("ref").textValue());
        assertEquals(List.of("GOEDKEUREN", "AFWIJZEN"), actions(batchItem));
        // a correction of July while July's batch is undecided waits for the decision
        ObjectNode corrected = RunFixtures.sample("W-COR", "2025-07");
        ((ObjectNode) corrected.get("inhoudingen").get(0)).put("bedrag", new java.math.BigDecimal("150.00"));
        api.submit(corrected);
        api.completedRun("2025-07");
        JsonNode waiting = item(list(engine, officer, ""), "HERBEREKENING_WACHT", "W-COR");
        assertEquals("2025-07", waiting.get("periode").textValue());
        api.approveAndExport(july);
        assertFalse(has(list(engine, officer, ""), "BATCH_BEVINDINGEN", null, null), "an approved batch leaves");

        api.returnUitkering(july, "W-STOP", "MD07");
        api.returnUitkering(july, "W-RR", "RR01");
        api.returnUitkering(july, "W-AC", "AC04");
        api.returnPayment(july, "W-3P", "DERDENBETALING", "AC04");
        JsonNode returned = list(engine, officer, "");
        assertTrue(has(returned, "STOP", "W-STOP", "OPEN"), returned.toString());
        assertEquals(List.of("STOP_OPHEFFEN"), actions(item(returned, "STOP", "W-STOP")));
        assertTrue(has(returned, "BANK_TERUG", "W-STOP", "OPEN"), returned.toString());
        assertEquals(List.of("VRIJGEVEN", "AFHANDELEN_BUITEN_ENGINE"), actions(item(returned, "RR_ONDERZOEK", "W-RR")));
        assertTrue(has(returned, "BANK_TERUG", "W-AC", "WACHT"), "repaid by itself once a new IBAN comes");
        assertTrue(has(returned, "IBAN_GEBLOKKEERD", "W-AC", "WACHT"), returned.toString());
        JsonNode thirdParty = item(returned, "BANK_TERUG", "W-3P");
        assertEquals("OPEN", thirdParty.get("status").textValue());
        assertTrue(thirdParty.get("reden").textValue().contains("DERDENBETALING"), thirdParty.toString());
        assertEquals(0, thirdParty.get("bedrag").decimalValue().compareTo(new java.math.BigDecimal("100.00")));
        assertEquals(List.of("AFHANDELEN_BUITEN_ENGINE"), actions(thirdParty));

        // filters, roles, tenants
        assertEquals(Set.of("STOP"), kinds(list(engine, officer, "?soort=STOP")));
        assertEquals(Set.of("WACHT"), statuses(list(engine, officer, "?status=WACHT")));
        HttpResponse<String> badFilter = engine.get("/api/v1/werkvoorraad?soort=NOPE&status=KLAAR", officer);
        assertEquals(400, badFilter.statusCode());
        assertEquals(Set.of("soort", "status"), fields(TestEngine.json(badFilter)));
        assertTrue(has(list(engine, api.ops, ""), "STOP", "W-STOP", "OPEN"), "ops see every municipality");
        assertEquals(0, list(engine, engine.token("GM0153", "finance-officer"), "").get("totaal").intValue());
        assertEquals(403, engine.get("/api/v1/werkvoorraad", api.submitter).statusCode());

        // actions that would pay twice, or do not apply, are refused
        long acSeq = seq(item(returned, "BANK_TERUG", "W-AC"));
        assertEquals(409, decide(engine, officer, acSeq, "BUITEN_ENGINE").statusCode(), "the engine repays it itself");
        long thirdSeq = seq(thirdParty);
        assertEquals(409, decide(engine, officer, thirdSeq, "VRIJGEGEVEN").statusCode(), "only RR01-RR04 is released");
        HttpResponse<String> bad = engine.postJson("/api/v1/betalingen/" + thirdSeq + "/afhandeling", officer,
                "{\"soort\":\"WEG\",\"extra\":1}");
        assertEquals(400, bad.statusCode());
        assertEquals(Set.of("soort", "reden", "extra"), fields(TestEngine.json(bad)));
        assertEquals(404, decide(engine, officer, 999_999_999L, "BUITEN_ENGINE").statusCode());
        assertEquals(403, decide(engine, api.ops, thirdSeq, "BUITEN_ENGINE").statusCode());

        // the actions
        HttpResponse<String> lifted = engine.postJson("/api/v1/dossiers/W-STOP/stop/opheffing", officer,
                "{\"bewijs\":\"Akte van overlijden betrof een naamgenoot; BRP gecontroleerd\"}");
        assertEquals(200, lifted.statusCode(), lifted.body());
        assertEquals(409, engine.postJson("/api/v1/dossiers/W-STOP/stop/opheffing", officer,
                "{\"bewijs\":\"nog eens\"}").statusCode());
        assertEquals(200, decide(engine, officer, seq(item(returned, "BANK_TERUG", "W-STOP")), "BUITEN_ENGINE").statusCode());
        assertEquals(200, decide(engine, officer, thirdSeq, "BUITEN_ENGINE").statusCode());
        assertEquals(409, decide(engine, officer, thirdSeq, "BUITEN_ENGINE").statusCode(), "decided once");
        assertEquals(200, decide(engine, officer, seq(item(returned, "RR_ONDERZOEK", "W-RR")), "VRIJGEGEVEN").statusCode());
        assertEquals(200, engine.postJson("/api/v1/opschortingen/" + holdId + "/opheffing", officer,
                "{\"reden\":\"Huurcontract ontvangen\"}").statusCode());
        JsonNode acted = list(engine, officer, "");
        assertFalse(has(acted, "STOP", "W-STOP", null), acted.toString());
        assertFalse(has(acted, "BANK_TERUG", "W-STOP", null), acted.toString());
        assertFalse(has(acted, "BANK_TERUG", "W-3P", null), acted.toString());
        assertFalse(has(acted, "OPSCHORTING", "W-H", null), acted.toString());
        assertTrue(has(acted, "RR_ONDERZOEK", "W-RR", "WACHT"), "released: the next run pays it again");

        // a voorschot paid and denied: an open vordering
        HttpResponse<String> voorschot = TestEngine.send(engine.request("/api/v1/voorschotten", api.submitter)
                .header("Content-Type", "application/json").header("Idempotency-Key", "w-voorschot-1")
                .POST(HttpRequest.BodyPublishers.ofString("{\"dossierId\":\"W-V\",\"periode\":\"2025-09\",\"bedrag\":100.00,"
                        + "\"iban\":\"" + RunApi.CLIENT_IBAN + "\",\"tenaamstelling\":\"J. de Vries\",\"reden\":\"Geen inkomen\"}")));
        assertEquals(201, voorschot.statusCode(), voorschot.body());
        api.approveAndExport(TestEngine.json(voorschot).get("batchId").longValue());
        assertEquals(200, engine.postJson("/api/v1/voorschotten/" + TestEngine.json(voorschot).get("id").textValue()
                + "/afwijzing", api.submitter, "{\"reden\":\"Geen recht\"}").statusCode());
        JsonNode vordering = item(list(engine, officer, ""), "VORDERING", "W-V");
        assertEquals(0, vordering.get("bedrag").decimalValue().compareTo(new java.math.BigDecimal("100.00")));

        // August: W-REF corrected, W-AC with a new IBAN; the causes go away
        ObjectNode adult = RunFixtures.sample("W-REF", "2025-07");
        ObjectNode newIban = RunFixtures.sample("W-AC", "2025-08");
        ((ObjectNode) newIban.get("betaalrekening")).put("iban", RunApi.NEW_IBAN);
        api.submit(adult, newIban, RunFixtures.sample("W-RR", "2025-08"), RunFixtures.sample("W-STOP", "2025-08"),
                RunFixtures.sample("W-H", "2025-08"), RunFixtures.sample("W-3P", "2025-08"));
        assertFalse(has(list(engine, officer, ""), "IBAN_GEBLOKKEERD", "W-AC", null), "a new IBAN lifts the block");
        long august = api.completedRun("2025-08").get("batchId").longValue();
        Set<String> paid = new TreeSet<>();
        for (JsonNode p : TestEngine.json(engine.get("/api/v1/batches/" + august + "/payments", officer)).get("betalingen")) {
            paid.add(p.get("dossierId").textValue() + "/" + p.get("periode").textValue() + "/" + p.get("soort").textValue());
        }
        assertTrue(paid.contains("W-RR/2025-07/UITKERING"), "the released RR01 payment is paid again: " + paid);
        assertTrue(paid.contains("W-AC/2025-07/UITKERING"), "repaid to the new IBAN: " + paid);
        assertTrue(paid.contains("W-STOP/2025-08/UITKERING"), "the lifted stop pays again: " + paid);
        assertTrue(paid.contains("W-H/2025-07/NABETALING") || paid.contains("W-H/2025-07/UITKERING"),
                "the lifted hold pays the held July: " + paid);
        JsonNode after = list(engine, officer, "");
        assertFalse(has(after, "WEIGERING", "W-REF", null), after.toString());
        assertFalse(has(after, "HERBEREKENING_WACHT", "W-COR", null), "settled by the run after the decision");
        assertFalse(has(after, "RR_ONDERZOEK", "W-RR", null), after.toString());
        assertFalse(has(after, "BANK_TERUG", "W-AC", null), after.toString());
        JsonNode block = item(after, "IBAN_GEBLOKKEERD", "W-3P");
        assertEquals("WACHT", block.get("status").textValue(), "the landlord's IBAN stays blocked for W-3P");
        assertEquals("2025-08", block.get("periode").textValue(), "what August's run held back: " + block);
        assertEquals(0, block.get("bedrag").decimalValue().compareTo(new java.math.BigDecimal("100.00")), block.toString());
        assertTrue(has(after, "VORDERING", "W-V", "OPEN"), after.toString());

        List<String> audited = new ArrayList<>();
        for (JsonNode e : TestEngine.json(engine.get("/api/v1/audit?tenant=GM0014&aantal=500", officer)).get("regels")) {
            String action = e.get("actie").textValue();
            if (action.startsWith("STOP_") || action.startsWith("BETALING_")) {
                audited.add(action);
                assertTrue(e.get("details").textValue().contains("reden=") || e.get("details").textValue().contains("bewijs="));
            }
        }
        assertEquals(List.of("STOP_OPGEHEVEN", "BETALING_BUITEN_ENGINE_AFGEHANDELD", "BETALING_BUITEN_ENGINE_AFGEHANDELD",
                "BETALING_VRIJGEGEVEN"), audited);
    }

    private static HttpResponse<String> decide(TestEngine engine, String token, long seq, String soort) {
        return engine.postJson("/api/v1/betalingen/" + seq + "/afhandeling", token,
                "{\"soort\":\"" + soort + "\",\"reden\":\"Handmatig overgemaakt op 1 augustus\"}");
    }

    private static JsonNode list(TestEngine engine, String token, String query) {
        HttpResponse<String> response = engine.get("/api/v1/werkvoorraad" + query, token);
        assertEquals(200, response.statusCode(), response.body());
        return TestEngine.json(response);
    }

    private static boolean has(JsonNode list, String soort, String dossierId, String status) {
        for (JsonNode item : list.get("items")) {
            if (soort.equals(item.get("soort").textValue())
                    && (dossierId == null || dossierId.equals(item.get("dossierId").textValue()))
                    && (status == null || status.equals(item.get("status").textValue()))) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode item(JsonNode list, String soort, String dossierId) {
        for (JsonNode item : list.get("items")) {
            if (soort.equals(item.get("soort").textValue())
                    && (dossierId == null || dossierId.equals(item.get("dossierId").textValue()))) {
                return item;
            }
        }
        throw new AssertionError("no " + soort + " of " + dossierId + " in " + list);
    }

    private static long seq(JsonNode item) {
        return Long.parseLong(item.get("ref").textValue().substring("betaling/".length()));
    }

    private static List<String> actions(JsonNode item) {
        List<String> names = new ArrayList<>();
        item.get("acties").forEach(a -> names.add(a.get("actie").textValue()));
        return names;
    }

    private static Set<String> kinds(JsonNode list) {
        Set<String> kinds = new TreeSet<>();
        list.get("items").forEach(i -> kinds.add(i.get("soort").textValue()));
        return kinds;
    }

    private static Set<String> statuses(JsonNode list) {
        Set<String> statuses = new TreeSet<>();
        list.get("items").forEach(i -> statuses.add(i.get("status").textValue()));
        return statuses;
    }

    private static Set<String> fields(JsonNode problem) {
        Set<String> fields = new TreeSet<>();
        problem.get("fouten").forEach(f -> fields.add(f.get("veld").textValue()));
        return fields;
    }
}
