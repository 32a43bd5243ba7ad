package nl.gbi.domain;

/** The client's own account and the name it is held in. */
public record Betaalrekening(Iban iban, String tenaamstelling) {
}
