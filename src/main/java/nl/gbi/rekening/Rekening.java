package nl.gbi.rekening;

import java.time.YearMonth;
import java.util.List;
import nl.gbi.ledger.Dossierrekening;

/** The answer to a rekening query: the months shown ({@code van}..{@code tot}) and the dossier's totals up to tot. */
public record Rekening(Dossierrekening rekening, YearMonth van, YearMonth tot, List<Dossierrekening.Month> months) {
}
