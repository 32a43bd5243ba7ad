package nl.gbi.calculation;

import nl.gbi.domain.Money;

/**
 * One line of the explanation of a result: a stable {@code code}, a sentence, the legal source and the
 * amount (a magnitude: whether it adds or subtracts follows from the code, see docs/calculation.md).
 */
public record Regel(String code, String omschrijving, String bron, Money bedrag) {
}
