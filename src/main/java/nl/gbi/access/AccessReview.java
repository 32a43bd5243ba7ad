package nl.gbi.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The access review (BIO2: named accounts, periodic review): every person with every credential they hold, its
 * municipality, role, expiry and last use; and the same as CSV for the auditor's spreadsheet. Plain Java over the
 * stored tokens; no secret or hash ever appears.
 */
public final class AccessReview {

    private AccessReview() {
    }

    /** One person and their credentials, newest first. */
    public record Person(String persoon, List<StoredToken> credentials) {
        public Person {
            credentials = List.copyOf(credentials);
        }
    }

    /** The tokens grouped by person, persons in order of their identifier. */
    public static List<Person> persons(List<StoredToken> tokens) {
        Map<String, List<StoredToken>> byPerson = new TreeMap<>();
        for (StoredToken token : tokens) {
            byPerson.computeIfAbsent(token.persoon(), p -> new ArrayList<>()).add(token);
        }
        List<Person> persons = new ArrayList<>(byPerson.size());
        byPerson.forEach((persoon, credentials) -> persons.add(new Person(persoon, credentials)));
        return persons;
    }

    public static String status(StoredToken token) {
        return token.revokedAt() != null ? "INGETROKKEN" : token.expired() ? "VERLOPEN" : "GELDIG";
    }

    static final String CSV_HEADER = "persoon;gemeente;rol;naam;token;status;aangemaakt_op;verloopt_op;laatst_gebruikt_op;"
            + "ingetrokken_op;soort";

    /**
     * One line per credential, separated by ';' (what a Dutch spreadsheet opens), CRLF line ends (RFC 4180). A field
     * with ';', '"' or a line break is quoted; one that starts with = + - @ or a tab gets a leading ' so that a
     * spreadsheet shows it as text and never runs it (CSV injection).
     */
    public static String csv(List<Person> persons) {
        StringBuilder out = new StringBuilder(CSV_HEADER).append("\r\n");
        for (Person person : persons) {
            for (StoredToken t : person.credentials()) {
                String[] fields = {person.persoon(), t.tenantId(), t.role().wireName(), t.naam(), t.id(), status(t),
                        text(t.createdAt()), text(t.expiresAt()), text(t.lastUsedAt()), text(t.revokedAt()), soort(t)};
                for (int i = 0; i < fields.length; i++) {
                    out.append(i == 0 ? "" : ";").append(field(fields[i]));
                }
                out.append("\r\n");
            }
        }
        return out.toString();
    }

    /** {@code token}, or {@code sessie} for an officer's sign-in on the page. */
    public static String soort(StoredToken token) {
        return token.sessie() ? "sessie" : "token";
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }
}
