package nl.gbi.intake;

import java.time.YearMonth;

/** A valid berekening ready to be stored: its key and the submitted JSON, re-serialised compactly. */
public record AcceptedBerekening(String dossierId, YearMonth periode, String inputJson) {
}
