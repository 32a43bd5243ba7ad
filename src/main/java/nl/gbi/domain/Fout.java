package nl.gbi.domain;

/**
 * One violation of the contract or of a rule: the JSON path of the offending field ({@code veld}, e.g.
 * {@code inkomsten[0].nettoBedrag}), a stable machine code, and a sentence for people. The names are the
 * contract's ({@code fouten: [{veld, code, melding}]}).
 */
public record Fout(String veld, String code, String melding) {
}
