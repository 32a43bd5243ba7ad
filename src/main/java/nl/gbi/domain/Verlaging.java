package nl.gbi.domain;

/** A maatregel (Pw art. 18): the norm is lowered by a percentage from 5 to 100 for the month. */
public record Verlaging(int percentage, String reden) {
}
