package nl.gbi.domain;

import java.time.LocalDate;

/** A child in the household; only its age matters to the calculation. */
public record Kind(LocalDate geboortedatum) {
}
