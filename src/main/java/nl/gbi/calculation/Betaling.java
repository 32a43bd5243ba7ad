package nl.gbi.calculation;

import nl.gbi.domain.Iban;
import nl.gbi.domain.Money;
import nl.gbi.domain.BetalingSoort;

/**
 * One credit transfer the result asks for: to the client ({@code UITKERING}) or a third party. Never zero.
 * {@code kenmerk} is the inhouding's reference (null for the client's own payment); the JSON result does
 * not show it (contract shape), the SEPA remittance information can use it.
 */
public record Betaling(BetalingSoort soort, Money bedrag, Iban iban, String naam, String kenmerk) {
}
