package nl.gbi.sepa;

/**
 * Amounts as pain.001 writes them: euros with a point and exactly two decimals ({@code 1300.61}), from and to
 * whole cents, without going through {@code double} or allocating a BigDecimal per transaction.
 */
public final class SepaAmount {

    /** More digits than this before the point cannot be a SEPA amount and could overflow a long. */
    private static final int EURO_DIGITS_MAX = 15;

    private SepaAmount() {
    }

    public static String format(long cents) {
        if (cents < 0) {
            throw new IllegalArgumentException("negative amount: " + cents);
        }
        long euros = cents / 100;
        int rest = (int) (cents % 100);
        return euros + (rest < 10 ? ".0" : ".") + rest;
    }

    /**
     * Cents of a text with digits, a point and exactly two decimals; -1 when the text is not of that form
     * (no sign, no exponent, no other number of decimals).
     */
    public static long parseTwoDecimals(String text) {
        int point = text.length() - 3;
        if (point < 1 || point > EURO_DIGITS_MAX || text.charAt(point) != '.') {
            return -1;
        }
        long cents = 0;
        for (int i = 0; i < text.length(); i++) {
            if (i == point) {
                continue;
            }
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            cents = cents * 10 + (c - '0');
        }
        return cents;
    }
}
