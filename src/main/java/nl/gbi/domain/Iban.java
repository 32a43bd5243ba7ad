package nl.gbi.domain;

import java.util.Map;
import java.util.Set;

/**
 * An IBAN in electronic form: uppercase, no spaces, ISO 13616 mod-97 valid, of a SEPA country with that
 * country's length. Input with spaces or lowercase is refused, not normalised: a case system that sends
 * it has a bug worth seeing.
 */
public record Iban(String value) {

    /** IBAN length per SEPA country (EPC409-09, "EPC list of SEPA scheme countries"). */
    private static final Map<String, Integer> SEPA_LENGTHS = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AT", 20), Map.entry("BE", 16), Map.entry("BG", 22),
            Map.entry("CH", 21), Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22),
            Map.entry("DK", 18), Map.entry("EE", 20), Map.entry("ES", 24), Map.entry("FI", 18),
            Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GI", 23), Map.entry("GR", 27),
            Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IS", 26),
            Map.entry("IT", 27), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20),
            Map.entry("LV", 21), Map.entry("MC", 27), Map.entry("MT", 31), Map.entry("NL", 18),
            Map.entry("NO", 15), Map.entry("PL", 28), Map.entry("PT", 25), Map.entry("RO", 24),
            Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27),
            Map.entry("VA", 22), Map.entry("AL", 28), Map.entry("MD", 24), Map.entry("ME", 22),
            Map.entry("MK", 19), Map.entry("RS", 22));

    /** SEPA countries outside the EEA: a creditor address is required there (sepa.md). */
    private static final Set<String> NON_EEA = Set.of("CH", "GB", "GI", "MC", "SM", "VA", "AD", "AL", "MD",
            "ME", "MK", "RS");

    public Iban {
        if (check(value) != Problem.NONE) {
            throw new IllegalArgumentException("not a valid SEPA IBAN: " + check(value));
        }
    }

    /** Why a candidate is not a valid SEPA IBAN, or {@link Problem#NONE}. */
    public enum Problem { NONE, FORMAT, COUNTRY, LENGTH, CHECKSUM }

    public static Problem check(String candidate) {
        if (!wellFormed(candidate)) {
            return Problem.FORMAT;
        }
        Integer length = SEPA_LENGTHS.get(candidate.substring(0, 2));
        if (length == null) {
            return Problem.COUNTRY;
        }
        if (candidate.length() != length) {
            return Problem.LENGTH;
        }
        return mod97(candidate) == 1 ? Problem.NONE : Problem.CHECKSUM;
    }

    /**
     * Two capitals, two digits, then at least one capital or digit. By hand rather than a regular expression: this
     * runs for every creditor of every payment, and {@code String.matches} compiled its pattern on each call (in a
     * profile of the betaalrun, 12% of the engine's CPU; docs/benchmarks.md).
     */
    private static boolean wellFormed(String candidate) {
        if (candidate == null || candidate.length() < 5) {
            return false;
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            boolean capital = c >= 'A' && c <= 'Z';
            boolean digit = c >= '0' && c <= '9';
            if (i < 2 ? !capital : i < 4 ? !digit : !(capital || digit)) {
                return false;
            }
        }
        return true;
    }

    public static boolean isValid(String candidate) {
        return check(candidate) == Problem.NONE;
    }

    private static int mod97(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            int digit = Character.digit(rearranged.charAt(i), 36);
            remainder = digit > 9 ? (remainder * 100 + digit) % 97 : (remainder * 10 + digit) % 97;
        }
        return remainder;
    }

    public String countryCode() {
        return value.substring(0, 2);
    }

    public boolean isEea() {
        return !NON_EEA.contains(countryCode());
    }

    /** For logs and screens: country, check digits and the last four characters. */
    public String masked() {
        return value.substring(0, 4) + "*".repeat(value.length() - 8) + value.substring(value.length() - 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
