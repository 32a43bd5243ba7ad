package nl.gbi.calculation;

import java.time.LocalDate;

/**
 * One row of the parameter table: the value of {@code parameter} from {@code geldigVanaf} to the next
 * indexation date, in cents (or months for the AOW-leeftijd), with the publication it was taken from.
 */
public record ParameterValue(Parameter parameter, LocalDate geldigVanaf, long waarde, String publicatie) {
}
