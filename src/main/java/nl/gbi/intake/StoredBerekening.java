package nl.gbi.intake;

import java.time.OffsetDateTime;

/**
 * The latest stored version of a berekening, as submitted.
 *
 * @param resultaatJson its result once a betaalrun calculated this version, else null
 * @param betaalstatusJson the payments made for the dossier and period, as a JSON array
 */
public record StoredBerekening(String dossierId, String periode, int versie, OffsetDateTime ontvangenOp, String inputJson,
                               String resultaatJson, String betaalstatusJson) {
}
