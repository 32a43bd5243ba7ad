package nl.gbi.ledger;

import java.time.YearMonth;
import nl.gbi.calculation.Resultaat;
import nl.gbi.domain.Betaalrekening;
import nl.gbi.domain.Iban;
import nl.gbi.domain.Money;

/**
 * A month of a dossier the run settles, with the calculation of its latest version.
 *
 * @param versie the month's latest version (the one calculated)
 * @param liveVersie the newest version the ledger settled before and that still stands (null: never settled, or
 *     its run's batch was rejected)
 * @param rerun the month is the run's own, settled before at this very version as a run of this month's first
 *     settlement: a rerun offers its lines again (the database refuses those paid before) and books nothing
 * @param aflossing what the calculation withheld for the dossier's open vorderingen (the AFLOSSING the run added)
 * @param rightEnds the right ends in this month (its einddatum lies in it): the reserve is paid out
 * @param clientIban the client's own account in this version, for a NABETALING or a payout
 * @param partner the partner's own account when this version pays the spouses in halves (Pw art. 45 lid 4), else
 *     null: a correction's NABETALING and a payout are then split the way the calculation splits the UITKERING
 */
public record MonthToSettle(YearMonth periode, int versie, Integer liveVersie, boolean rerun, Resultaat resultaat,
                            Money aflossing, boolean rightEnds, Iban clientIban, String clientNaam,
                            Betaalrekening partner) {

    /** A month of a dossier whose client is paid alone. */
    public MonthToSettle(YearMonth periode, int versie, Integer liveVersie, boolean rerun, Resultaat resultaat,
                         Money aflossing, boolean rightEnds, Iban clientIban, String clientNaam) {
        this(periode, versie, liveVersie, rerun, resultaat, aflossing, rightEnds, clientIban, clientNaam, null);
    }

    /** What settling the month means. */
    public enum Kind {
        /** Never settled: its calculated lines (NABETALING for the client's line when the month is decided late). */
        FIRST,
        /** Settled at this version by its own run: offer the same lines again, book nothing. */
        RERUN,
        /** Settled at an older version: the difference, its vakantiegeld part to or from the reserve. */
        CORRECTION,
        /** Settled at this version already (e.g. by a correction): nothing to do. */
        SETTLED
    }

    public Kind kind() {
        if (liveVersie == null) {
            return Kind.FIRST;
        }
        if (rerun) {
            return Kind.RERUN;
        }
        return liveVersie < versie ? Kind.CORRECTION : Kind.SETTLED;
    }
}
