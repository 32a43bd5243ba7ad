package nl.gbi.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.sqlclient.Row;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.gbi.TestDatabase;
import nl.gbi.TestEngine;
import nl.gbi.calculation.CoupleSplit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Couples through real runs (issue 11 point 6, Pw art. 45 lid 4): with the partner's own account each spouse gets
 * half of the client's payment, the odd cent to the aanvrager (E18), in the pain.001 the officers approve; a
 * correction's NABETALING is paid in halves too; {@code betaalwijze: AANVRAGER} and an old caller without the partner's
 * account pay the aanvrager alone.
 */
class CoupleRunTest {

    static final String PARTNER_IBAN = "NL20INGB0001234567";
    static final String CLIENT_IBAN = "NL91ABNA0417164300";

    @TempDir
    Path dir;

    @Test
    void eachSpouseGetsHalfOnTheirOwnAccountAlsoOfACorrectionUnlessTheyAskedOtherwise() throws Exception {
        try (TestDatabase db = TestDatabase.start(dir.resolve("db"));
             TestEngine engine = TestEngine.start(db.engineConfig(dir.resolve("engine")).withBetaalrun(RunFixtures.FAST))) {
            String submitter = engine.token("GM0014", "submitter");
            String ops = engine.token(null, "ops");
            String[] officers = {engine.issue("GM0014", "finance-officer", "Anna de Vries").get("token").textValue(),
                    engine.issue("GM0014", "finance-officer", "Bram Bakker").get("token").textValue()};
            RunFixtures.submit(engine, submitter, List.of(couple("C-1", "2026-01", null, "150.00"),
                    couple("C-2", "2026-01", "AANVRAGER", "0.00"), oldCaller("C-3", "2026-01")));
            String pain001 = run(engine, ops, officers, "2026-01");

            List<Row> halves = uitkering(db, "C-1", "UITKERING");
            assertEquals(2, halves.size(), "aanvrager and partner each get a line");
            long whole = halves.get(0).getLong("amount_cents") + halves.get(1).getLong("amount_cents");
            assertEquals(CLIENT_IBAN, halves.get(0).getString("creditor_iban"));
            assertEquals(CoupleSplit.aanvragerCents(whole), halves.get(0).getLong("amount_cents"));
            assertEquals(PARTNER_IBAN, halves.get(1).getString("creditor_iban"));
            assertEquals(CoupleSplit.partnerCents(whole), halves.get(1).getLong("amount_cents"));
            assertEquals(RunFixtures.expectedLines("GM0014", List.of(couple("C-1", "2026-01", null, "150.00"))).stream()
                    .filter(l -> l.contains("/UITKERING/")).map(l -> Long.parseLong(l.split("/")[4])).mapToLong(Long::longValue)
                    .sum(), whole, "the halves add up to what the calculator gives the client");
            assertTrue(pain001.contains(PARTNER_IBAN) && pain001.contains(amount(halves.get(1).getLong("amount_cents"))),
                    "the partner's half is in the file the officers approved");
            assertEquals(1, uitkering(db, "C-2", "UITKERING").size(), "betaalwijze AANVRAGER: one line");
            assertEquals(1, uitkering(db, "C-3", "UITKERING").size(), "an old caller: one line");

            // The case system corrects January: no income after all. The NABETALING is paid in halves.
            RunFixtures.submit(engine, submitter, List.of(couple("C-1", "2026-01", null, "0.00"),
                    couple("C-1", "2026-02", null, "0.00")));
            String february = run(engine, ops, officers, "2026-02");
            List<Row> nabetaling = uitkering(db, "C-1", "NABETALING");
            assertEquals(2, nabetaling.size(), nabetaling.toString());
            long paid = nabetaling.get(0).getLong("amount_cents") + nabetaling.get(1).getLong("amount_cents");
            assertEquals(CoupleSplit.aanvragerCents(paid), nabetaling.get(0).getLong("amount_cents"));
            assertEquals(CLIENT_IBAN, nabetaling.get(0).getString("creditor_iban"));
            assertEquals(PARTNER_IBAN, nabetaling.get(1).getString("creditor_iban"));
            assertTrue(february.contains(amount(nabetaling.get(1).getLong("amount_cents"))), february);
            JsonNode rekening = TestEngine.json(engine.get("/api/v1/dossiers/C-1/rekening", officers[0]));
            rekening.get("maanden").forEach(m -> assertTrue(m.get("sluitend").booleanValue(), m.toString()));
        }
    }

    private static List<Row> uitkering(TestDatabase db, String dossierId, String soort) {
        return db.query("SELECT amount_cents, creditor_iban FROM payments WHERE dossier_id = $1 AND soort = $2"
                + " AND periode = '2026-01-01' ORDER BY line_no", dossierId, soort);
    }

    private static String amount(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    /** Runs the month, has two officers approve the batch and returns its pain.001. */
    private static String run(TestEngine engine, String ops, String[] officers, String periode) throws InterruptedException {
        JsonNode report = RunFixtures.awaitEnd(engine, ops, RunFixtures.start(engine, ops, periode), Duration.ofSeconds(60));
        assertEquals("COMPLETED", report.get("status").textValue(), report.toString());
        long batchId = RunFixtures.tenantOf(report, "GM0014").get("batchId").longValue();
        for (String officer : officers) {
            int status = engine.approve(batchId, officer, "{}").statusCode();
            assertTrue(status == 201 || status == 409, "approval " + status);
        }
        HttpResponse<String> file = engine.get("/api/v1/batches/" + batchId + "/pain001", officers[0]);
        assertEquals(200, file.statusCode(), file.body());
        return file.body();
    }

    /** A married couple; the partner has an own account; {@code betaalwijze} null: the default, HELFT. */
    private static ObjectNode couple(String dossierId, String periode, String betaalwijze, String income) {
        ObjectNode record = oldCaller(dossierId, periode);
        ObjectNode partner = (ObjectNode) record.get("partner");
        partner.putObject("betaalrekening").put("iban", PARTNER_IBAN).put("tenaamstelling", "P. de Vries");
        if (betaalwijze != null) {
            partner.put("betaalwijze", betaalwijze);
        }
        if (!income.equals("0.00")) {
            ((ArrayNode) record.get("inkomsten")).addObject().put("soort", "OVERIG")
                    .put("nettoBedrag", new BigDecimal(income)).putNull("vrijlating").putNull("vrijlatingSinds");
        }
        return record;
    }

    /** A married couple as a v1 caller sends it: no partner account. */
    private static ObjectNode oldCaller(String dossierId, String periode) {
        ObjectNode record = RunFixtures.sample(dossierId, periode);
        record.put("leefvorm", "GEHUWDEN");
        record.putObject("partner").put("bsn", "123456782").put("naam", "Piet de Vries").put("geboortedatum", "1979-03-02");
        return record;
    }
}
