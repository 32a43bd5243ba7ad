package nl.gbi.calculation;

import java.time.LocalDate;

/**
 * A run of days of the period with one norm: the days of the right, cut at every birthday on which the
 * aanvrager or partner turns 21 or reaches the AOW-leeftijd. {@code partner} is null without a partner.
 */
record Deel(LocalDate van, LocalDate tot, Leeftijdsklasse aanvrager, Leeftijdsklasse partner) {

    int dagen() {
        return tot.getDayOfYear() - van.getDayOfYear() + 1;
    }
}
