package nl.gbi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.sqlclient.Row;
import java.math.BigDecimal;
import java.util.List;
import nl.gbi.runs.RunFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A payment returned with AC04 is paid again, once, after the municipality gives the dossier a new IBAN: by
 * the next run of any period, to the new IBAN, as a correction of the returned payment. Until then every
 * run reports it as not repaid. A payment returned with RR01 is never paid again by the api.engine.
 */
class BetaalrunRepayApiTest {

    static final String OTHER_NEW_IBAN = "NL02ABNA0123456789";

    @RegisterExtension
    static final RunApi api = new RunApi();

    @Test
    void aReturnedPaymentIsRepaidOnceToTheNewIbanAndAComplianceReturnNever() throws Exception {
        api.julyPaidAndReturned("REPAY-A", "AC04", "REPAY-R", "RR01");
        Row returned = returnedUitkering("REPAY-A");
        assertEquals(RunApi.CLIENT_IBAN, returned.getString("creditor_iban"));

        // The IBAN is still blocked: the next run pays nothing again and says so.
        JsonNode waiting = api.completedRun("2025-07");
        assertEquals(1, waiting.get("overgeslagen").get("RETURNED_NOT_REPAID:AC04").get("aantal").intValue(),
                waiting.toString());
        assertEquals(0, BigDecimal.valueOf(returned.getLong("amount_cents"), 2).compareTo(
                waiting.get("overgeslagen").get("RETURNED_NOT_REPAID:AC04").get("totaal").decimalValue()), waiting.toString());
        assertTrue(waiting.get("overgeslagen").get("RETURNED_NOT_REPAID:RR01") == null, waiting.toString());
        assertTrue(waiting.get("batchId") == null || waiting.get("batchId").isNull(), waiting.toString());
        assertEquals(0, corrections());

        // A new IBAN for both dossiers in August's berekening: August's run also repays July's AC04 return.
        ObjectNode newAccount = RunFixtures.sample("REPAY-A", "2025-08");
        ((ObjectNode) newAccount.get("betaalrekening")).put("iban", RunApi.NEW_IBAN);
        ObjectNode otherAccount = RunFixtures.sample("REPAY-R", "2025-08");
        ((ObjectNode) otherAccount.get("betaalrekening")).put("iban", OTHER_NEW_IBAN);
        api.submit(newAccount, otherAccount);
        JsonNode august = api.completedRun("2025-08");

        assertTrue(august.get("overgeslagen").get("RETURNED_NOT_REPAID:AC04") == null, august.toString());
        assertEquals(3, august.get("betalingen").get("UITKERING").get("aantal").intValue(), august.toString());
        List<Row> repaid = api.db.query("SELECT * FROM payments WHERE corrects_seq IS NOT NULL");
        assertEquals(1, repaid.size());
        Row correction = repaid.get(0);
        assertEquals(returned.getLong("seq"), correction.getLong("corrects_seq"));
        assertEquals(RunApi.NEW_IBAN, correction.getString("creditor_iban"));
        assertEquals(returned.getLong("amount_cents"), correction.getLong("amount_cents"));
        assertEquals("UITKERING", correction.getString("soort"));
        assertEquals(returned.getLocalDate("periode"), correction.getLocalDate("periode"));
        assertEquals(RunFixtures.sample("REPAY-A", "2025-08").get("betaalrekening").get("tenaamstelling").textValue(),
                correction.getString("creditor_name"));
        assertTrue(correction.getString("remittance").startsWith("Herbetaling " + returned.getString("end_to_end_id")),
                correction.getString("remittance"));
        assertNull(correction.getValue("line_no"));
        assertEquals(august.get("batchId").longValue(), correction.getLong("batch_id"));
        assertEquals(0, api.db.count("SELECT count(*) FROM payments WHERE creditor_iban = $1 AND periode = '2025-07-01'",
                OTHER_NEW_IBAN), "an RR01 return is never paid again");

        // Reruns of either period repay nothing more.
        JsonNode augustAgain = api.completedRun("2025-08");
        JsonNode julyAgain = api.completedRun("2025-07");
        assertTrue(augustAgain.get("betalingen").isEmpty(), augustAgain.toString());
        assertTrue(julyAgain.get("betalingen").isEmpty(), julyAgain.toString());
        assertEquals(1, corrections());

        // The database itself refuses a second live correction of the same payment.
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> api.db.query("""
                INSERT INTO payments (tenant_id, seq, dossier_id, periode, soort, amount_cents, creditor_iban,
                                      creditor_name, remittance, end_to_end_id, corrects_seq, state)
                SELECT tenant_id, 2821109907455, dossier_id, periode, soort, amount_cents, $2, creditor_name,
                       remittance, 'SECOND-CORRECTION', seq, 'PLANNED'
                FROM payments WHERE seq = $1""", returned.getLong("seq"), RunApi.NEW_IBAN));
        assertTrue(refused.getMessage().contains("payments_one_live_correction"), refused.getMessage());
        assertEquals(1, corrections());
    }

    private static Row returnedUitkering(String dossierId) {
        List<Row> rows = api.db.query("SELECT * FROM payments WHERE dossier_id = $1 AND soort = 'UITKERING'"
                + " AND state = 'RETURNED'", dossierId);
        assertEquals(1, rows.size());
        return rows.get(0);
    }

    private static long corrections() {
        return api.db.count("SELECT count(*) FROM payments WHERE corrects_seq IS NOT NULL");
    }
}
