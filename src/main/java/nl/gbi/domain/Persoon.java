package nl.gbi.domain;

import java.time.LocalDate;

/** The aanvrager or the partner of a berekening. */
public record Persoon(Bsn bsn, String naam, LocalDate geboortedatum) {
}
