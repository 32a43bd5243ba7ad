package nl.gbi.calculation;

import nl.gbi.domain.Money;

/**
 * The (kostendelers)norm incl. vakantiegeld for the whole household after day-splitting, the article(s) it
 * comes from and the A of the kostendelersnorm (1 when it does not apply).
 */
public record Norm(Money bedrag, String artikel, int kostendelers) {
}
