package nl.gbi.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The access review alone: persons with their credentials, and a CSV a spreadsheet opens without running anything. */
class AccessReviewTest {

    private static StoredToken token(String id, String persoon, String naam, boolean expired, Instant revoked) {
        return new StoredToken(id, "GM0014", Role.FINANCE_OFFICER, naam, persoon, new byte[32], null,
                Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2027-03-01T10:00:00Z"), expired, revoked,
                revoked == null ? null : "admin1", null, false);
    }

    @Test
    void aPersonsCredentialsAreTogetherAndTheCsvCannotRunFormulas() {
        List<AccessReview.Person> persons = AccessReview.persons(List.of(token("a1", "E100", "Anna", false, null),
                token("b1", "E200", "=HYPERLINK(\"http://x\")", true, null), token("a2", "E100", "Anna; tweede", false,
                        Instant.parse("2026-12-02T09:00:00Z"))));
        assertEquals(List.of("E100", "E200"), persons.stream().map(AccessReview.Person::persoon).toList());
        assertEquals(2, persons.get(0).credentials().size(), "one person, two credentials");
        String csv = AccessReview.csv(persons);
        String[] lines = csv.split("\r\n");
        assertEquals(AccessReview.CSV_HEADER, lines[0]);
        assertEquals(4, lines.length);
        assertTrue(lines[1].startsWith("E100;GM0014;finance-officer;Anna;a1;GELDIG;2026-12-01T10:00:00Z;"), lines[1]);
        assertTrue(lines[2].contains("\"Anna; tweede\";a2;INGETROKKEN;"), lines[2]);
        assertTrue(lines[3].contains(";\"'=HYPERLINK(\"\"http://x\"\")\";b1;VERLOPEN;"), lines[3]);
        assertFalse(csv.contains(";=HYPERLINK"), "no field starts with a formula");
        assertEquals("'+31", AccessReview.field("+31"));
        assertEquals("'@x", AccessReview.field("@x"));
        assertEquals("", AccessReview.field(null));
    }
}
