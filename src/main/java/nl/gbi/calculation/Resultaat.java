package nl.gbi.calculation;

import java.time.YearMonth;
import java.util.List;
import nl.gbi.domain.Money;

/**
 * The result of one berekening, named as in contract.md ("A result"). {@code verrekening} is what went to
 * AFLOSSING (also a line in {@code regels}); it is not a JSON field but completes the invariant
 * sum(betalingen) + vakantiegeldReservering + verrekening == uitkeringInclVakantiegeld, checked on creation.
 */
public record Resultaat(
        String dossierId,
        YearMonth periode,
        Norm norm,
        Money verlaging,
        Money inkomstenKorting,
        Money vrijlating,
        Money uitkeringInclVakantiegeld,
        Money vakantiegeldReservering,
        Money uitkeringExclVakantiegeld,
        List<Betaling> betalingen,
        List<Regel> regels,
        Money verrekening) {

    public Resultaat {
        betalingen = List.copyOf(betalingen);
        regels = List.copyOf(regels);
        checkInvariant(betalingen, vakantiegeldReservering, verrekening, uitkeringInclVakantiegeld);
        if (uitkeringExclVakantiegeld.plus(vakantiegeldReservering).cents() != uitkeringInclVakantiegeld.cents()) {
            throw new IllegalStateException("uitkering excl. + vakantiegeld != uitkering incl. vakantiegeld");
        }
    }

    private static void checkInvariant(List<Betaling> betalingen, Money reservering, Money verrekening, Money incl) {
        long paid = 0;
        for (Betaling betaling : betalingen) {
            if (!betaling.bedrag().isPositive()) {
                throw new IllegalStateException("a payment must be positive: " + betaling.soort() + " " + betaling.bedrag());
            }
            paid = Math.addExact(paid, betaling.bedrag().cents());
        }
        long total = Math.addExact(Math.addExact(paid, reservering.cents()), verrekening.cents());
        if (total != incl.cents() || incl.isNegative() || reservering.isNegative() || verrekening.isNegative()) {
            throw new IllegalStateException("payments " + paid + " + vakantiegeld " + reservering.cents() + " + verrekening "
                    + verrekening.cents() + " != uitkering incl. vakantiegeld " + incl.cents() + " (cents)");
        }
    }
}
