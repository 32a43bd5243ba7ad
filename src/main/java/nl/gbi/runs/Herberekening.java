package nl.gbi.runs;

import java.util.ArrayList;
import java.util.List;
import nl.gbi.batches.PaymentLine;
import nl.gbi.calculation.Regel;
import nl.gbi.calculation.Resultaat;
import nl.gbi.domain.Berekening;
import nl.gbi.domain.BetalingSoort;
import nl.gbi.domain.Inhouding;
import nl.gbi.domain.InhoudingSoort;
import nl.gbi.domain.Money;
import nl.gbi.ledger.LedgerLine;

/**
 * Herberekening (participatiewet.md §7) on the run's side; what a correction books is the ledger's
 * ({@link nl.gbi.ledger.DossierLedger}). Open vorderingen are recovered by an AFLOSSING the run adds to the
 * dossier's berekening of its own month, so the calculation keeps it within the beslagvrije voet together with any
 * beslag (Rv art. 475da); a rerun of a correction's run offers its NABETALING again ({@link #line}).
 *
 * <p>Engine rules (docs/ledger.md): a NABETALING goes to the client's own account of the new version, whatever
 * part of the month changed; a vordering is recovered from the first run of a later month.
 */
final class Herberekening {

    /** The kenmerk of the AFLOSSING the run adds for open vorderingen. */
    static final String KENMERK = "terugvordering herberekening";

    private Herberekening() {
    }

    /**
     * The NABETALING of a positive correction as the ledger made it: numbered by its version, so the database pays it
     * once, and in halves when the version pays the spouses so.
     */
    static List<PaymentLine> lines(Correction correction) {
        if (correction.nabetalingCents() <= 0) {
            throw new IllegalArgumentException("only a positive NABETALING is paid: " + correction);
        }
        return LedgerLine.toClient(correction.periode(), BetalingSoort.NABETALING, correction.nabetalingCents(),
                correction.versie(), correction.versie(), LedgerLine.Origin.CORRECTION, correction.creditorIban(),
                correction.creditorName(), correction.partner()).stream()
                .map(line -> ChunkCalculation.paymentLine(correction.dossierId(), line)).toList();
    }

    /** {@code berekening} with an AFLOSSING of the open vorderingen after its own inhoudingen. */
    static Berekening withAflossing(Berekening berekening, Money open) {
        List<Inhouding> inhoudingen = new ArrayList<>(berekening.inhoudingen());
        inhoudingen.add(new Inhouding(InhoudingSoort.AFLOSSING, open, KENMERK, null));
        return new Berekening(berekening.dossierId(), berekening.periode(), berekening.regeling(), berekening.leefvorm(),
                berekening.aanvrager(), berekening.partner(), berekening.kinderen(), berekening.medebewoners(),
                berekening.woonsituatie(), berekening.recht(), berekening.inkomsten(), berekening.verlaging(), inhoudingen,
                berekening.betaalrekening());
    }

    /**
     * What the calculation withheld for the added AFLOSSING: the last AFLOSSING rule, as the added inhouding comes
     * after the berekening's own and the calculation writes one rule per beslag or verrekening in input order.
     */
    static Money withheld(Resultaat resultaat) {
        List<Regel> regels = resultaat.regels();
        for (int i = regels.size() - 1; i >= 0; i--) {
            if (regels.get(i).code().equals(InhoudingSoort.AFLOSSING.name())) {
                return regels.get(i).bedrag();
            }
        }
        return Money.ZERO;
    }
}
