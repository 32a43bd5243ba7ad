package nl.gbi.sepa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

    private static final String DOSSIER_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-";

    @Test
    void endToEndIdRoundTripsIsValidAndUniqueForDistinctPayments() {
        Random random = new Random(11);
        Map<String, EndToEndId> seen = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            String tenant = "GM" + String.format("%04d", random.nextInt(10_000));
            YearMonth period = YearMonth.of(2000 + random.nextInt(100), 1 + random.nextInt(12));
            long seq = random.nextInt(4) == 0 ? EndToEndId.PAYMENT_SEQ_MAX - random.nextInt(1000)
                    : 1 + random.nextInt(Integer.MAX_VALUE);
            String dossier = randomDossier(random);
            EndToEndId id = EndToEndId.of(tenant, period, seq, dossier);
            String value = id.value();
            assertTrue(SepaIdentifier.isValid(value), value);
            assertTrue(value.length() <= 35);
            assertEquals(id, EndToEndId.parse(value));
            if (id.dossierId() != null) {
                assertEquals(dossier, EndToEndId.parse(value).dossierId());
            } else {
                assertTrue(value.length() + 1 + dossier.length() > 35, value);
            }
            EndToEndId earlier = seen.put(value, id);
            assertTrue(earlier == null || (earlier.tenantCode().equals(tenant) && earlier.paymentSeq() == seq),
                    () -> "two payments share " + value);
        }
    }

    @Test
    void theContractsDossierFitsWithAnyRealisticSequence() {
        EndToEndId id = EndToEndId.of("GM0014", YearMonth.of(2025, 7), 36L * 36 * 36 * 36 * 36 - 1, "GM0014-0000123");
        assertEquals("GM0014/2507/ZZZZZ/GM0014-0000123", id.value());
        assertEquals(20, EndToEndId.of("GM0014", YearMonth.of(2025, 7), EndToEndId.PAYMENT_SEQ_MAX, null)
                .value().length());
    }

    @Test
    void refusesWhatThisEngineDidNotWrite() {
        for (String bad : new String[] {"", "GM0014/2513/1", "GM0014/2507/0", "GM0014/2507/01", "gm0014/2507/1",
            "GM0014/2507/1/", "GM0014/2507/1/a/b", "GM0014/2507/1/" + "x".repeat(21), "NOTPROVIDED"}) {
            assertThrows(IllegalArgumentException.class, () -> EndToEndId.parse(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> EndToEndId.of("GM0014", YearMonth.of(2025, 7), 0, null));
        assertNull(EndToEndId.of("GM0014", YearMonth.of(2025, 7), EndToEndId.PAYMENT_SEQ_MAX, "x".repeat(15)).dossierId());
    }

    @Test
    void msgIdAndPmtInfIdRoundTripAndKeepTheRules() {
        Random random = new Random(5);
        for (int i = 0; i < 5_000; i++) {
            FileId id = new FileId("GM" + String.format("%04d", random.nextInt(10_000)),
                    LocalDate.of(2000 + random.nextInt(100), 1, 1).plusDays(random.nextInt(365)),
                    1 + (long) (random.nextDouble() * (EndToEndId.PAYMENT_SEQ_MAX - 1)));
            assertTrue(SepaIdentifier.isValid(id.msgId()) && SepaIdentifier.isValid(id.pmtInfId()), id.pmtInfId());
            assertEquals(id, FileId.parseMsgId(id.msgId()));
        }
    }

    @Test
    void identifierRulesOfSepaMd() {
        assertNull(SepaIdentifier.problem("A/B-C?:().,'+ 9"));
        for (String bad : new String[] {"/A", "A/", "A//B", "x".repeat(36), "", "A_B", "é"}) {
            assertTrue(SepaIdentifier.problem(bad) != null, bad);
        }
    }

    private static String randomDossier(Random random) {
        StringBuilder dossier = new StringBuilder();
        int length = 1 + random.nextInt(20);
        for (int i = 0; i < length; i++) {
            dossier.append(DOSSIER_CHARS.charAt(random.nextInt(DOSSIER_CHARS.length())));
        }
        return dossier.toString();
    }
}
