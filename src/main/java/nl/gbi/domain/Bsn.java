package nl.gbi.domain;

/** A burgerservicenummer: nine digits that pass the BSN elfproef (weights 9..2 and -1). */
public record Bsn(String value) {

    public Bsn {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid BSN");
        }
    }

    public static boolean isValid(String candidate) {
        if (candidate == null || candidate.length() != 9) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            char c = candidate.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int weight = i == 8 ? -1 : 9 - i;
            sum += weight * (c - '0');
        }
        return sum % 11 == 0 && !candidate.equals("000000000");
    }

    /** For logs and screens: only the last three digits. */
    public String masked() {
        return "******" + value.substring(6);
    }

    @Override
    public String toString() {
        return masked();
    }
}
