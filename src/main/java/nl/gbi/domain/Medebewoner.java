package nl.gbi.domain;

import java.time.LocalDate;

/**
 * Someone else living at the address. Counts for the kostendelersnorm (Pw art. 22a) from age 27 unless a
 * student or a commercial renter.
 */
public record Medebewoner(LocalDate geboortedatum, boolean student, boolean commercieleHuur) {
}
