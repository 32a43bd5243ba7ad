package nl.gbi.runs;

import nl.gbi.domain.Money;

/** What a run withheld from a dossier's uitkering of its period for the dossier's open vorderingen. */
public record Aflossing(String dossierId, Money amount) {
}
