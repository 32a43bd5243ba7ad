package nl.gbi.runs;

import java.time.YearMonth;

/**
 * A month of a dossier the chunk settles: the run's own month, or an earlier one whose latest version is not settled
 * (decided late, or corrected). {@code liveVersie}: the newest version settled before that still stands (null:
 * none); {@code firstLiveVersie}: the oldest such; {@code ownRun}: this version was settled by a run of this very
 * month (so a rerun offers its lines again).
 */
public record MonthInput(String dossierId, YearMonth periode, int versie, String inputJson, Integer liveVersie,
                         Integer firstLiveVersie, boolean ownRun) {

    /** Settled at this version by its own run as the month's first settlement. */
    boolean settledByItsRun(YearMonth runPeriode) {
        return periode.equals(runPeriode) && ownRun && liveVersie != null && liveVersie == versie
                && firstLiveVersie != null && firstLiveVersie == versie;
    }
}
