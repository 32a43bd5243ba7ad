package nl.gbi.parameterset;

import java.time.LocalDate;
import nl.gbi.calculation.Parameter;

/**
 * One key of a proposed set against what is known: {@code vorige} the value of the half-year (or, for the
 * AOW-leeftijd, the year) before, {@code huidig} the value in effect for the same date that this set would replace,
 * {@code nieuw} the proposed value, {@code procent} the change against {@code vorige} with two decimals (null
 * when there is no value before). Values in cents, or months for the AOW-leeftijd.
 */
public record Verschil(Parameter key, LocalDate geldigVanaf, Long vorige, Long huidig, long nieuw, String procent) {
}
