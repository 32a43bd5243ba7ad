package nl.gbi.domain;

/** A deduction from the uitkering; {@code begunstigde} is null exactly for AFLOSSING. */
public record Inhouding(InhoudingSoort soort, Money bedrag, String kenmerk, Begunstigde begunstigde) {
}
