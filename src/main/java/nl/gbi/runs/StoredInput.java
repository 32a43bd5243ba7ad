package nl.gbi.runs;

/** The latest version of a berekening as stored at intake, to calculate. */
public record StoredInput(String dossierId, int versie, String inputJson) {
}
