package nl.gbi.domain;

/** The third party an inhouding is paid to. */
public record Begunstigde(String naam, Iban iban) {
}
