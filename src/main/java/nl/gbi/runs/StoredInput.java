package nl.gbi.runs;

/**
 * The latest version of a berekening of the run's period as stored at intake, to calculate.
 * {@code corrected}: this version was settled by a herberekening before, so it has no original lines.
 */
public record StoredInput(String dossierId, int versie, String inputJson, boolean corrected) {
}
