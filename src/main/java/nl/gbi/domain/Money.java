package nl.gbi.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of euros as an exact number of cents. Everything stored, paid or exported is a {@code Money};
 * rules that need fractions use {@link BigDecimal} and come back here through exactly one explicit rounding.
 */
public record Money(long cents) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money ofCents(long cents) {
        return new Money(cents);
    }

    /**
     * Converts euros with at most two significant decimals; anything that is not a whole number of cents is
     * refused rather than rounded.
     */
    public static Money ofEuros(BigDecimal euros) {
        BigDecimal cents = euros.movePointRight(2);
        try {
            return new Money(cents.longValueExact());
        } catch (ArithmeticException notWholeCents) {
            throw new IllegalArgumentException("not a whole number of cents: " + euros.toPlainString(), notWholeCents);
        }
    }

    /** Rounds a fractional number of cents half up, the rounding every published table uses. */
    public static Money roundHalfUp(BigDecimal cents) {
        return new Money(cents.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(cents, other.cents));
    }

    public Money max(Money other) {
        return cents >= other.cents ? this : other;
    }

    public Money min(Money other) {
        return cents <= other.cents ? this : other;
    }

    public boolean isNegative() {
        return cents < 0;
    }

    public boolean isZero() {
        return cents == 0;
    }

    public boolean isPositive() {
        return cents > 0;
    }

    public BigDecimal toEuros() {
        return BigDecimal.valueOf(cents, 2);
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    /** Euros with exactly two decimals and a point, as JSON and pain.001 write them: {@code 1369.06}. */
    @Override
    public String toString() {
        return toEuros().toPlainString();
    }
}
