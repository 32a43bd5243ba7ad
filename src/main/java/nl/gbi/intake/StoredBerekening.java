package nl.gbi.intake;

import java.time.OffsetDateTime;

/** The latest stored version of a berekening, as submitted. */
public record StoredBerekening(String dossierId, String periode, int versie, OffsetDateTime ontvangenOp, String inputJson) {
}
