package nl.gbi.calculation;

/**
 * The one rounding of the engine: a non-negative fraction of cents rounded half up, as the law's tables
 * round. Exact in {@code long}: the caller multiplies first and divides once here, so no intermediate
 * value is ever rounded (43,333...% does not terminate, a double would drift).
 */
final class Rounding {

    private Rounding() {
    }

    /** round-half-up(numerator / denominator) for numerator >= 0 and denominator > 0. */
    static long divideHalfUp(long numerator, long denominator) {
        if (numerator < 0 || denominator <= 0) {
            throw new IllegalArgumentException("divideHalfUp needs numerator >= 0 and denominator > 0");
        }
        return Math.addExact(Math.multiplyExact(numerator, 2), denominator) / Math.multiplyExact(denominator, 2);
    }

    /** round-half-up(cents x perMille / 1000): a percentage of an amount, rounded once. */
    static long perMilleHalfUp(long cents, long perMille) {
        return divideHalfUp(Math.multiplyExact(cents, perMille), 1000);
    }
}
