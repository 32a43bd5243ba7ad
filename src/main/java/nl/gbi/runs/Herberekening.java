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

/**
 * Herberekening (participatiewet.md §7) on the run's side. A settled period whose berekening changed is
 * recalculated and compared with what it was settled with; the paid lines stay as they are and the difference
 * becomes a {@link Correction}: a NABETALING to the client in this run, or a vordering. Open vorderingen are
 * recovered by an AFLOSSING the run adds to the dossier's berekening of later periods, so the calculation keeps
 * it within the beslagvrije voet together with any beslag (Rv art. 475da).
 *
 * <p>Engine rules (docs/calculation.md): the difference is taken on the uitkering incl. vakantiegeld and settled
 * at once, the vakantiegeld part too (the reserve ledger keeps what was booked); a NABETALING goes to the client's
 * own account of the new version, whatever part of the month changed; a vordering is recovered from the first
 * period after the run that made it.
 */
final class Herberekening {

    /** The kenmerk of the AFLOSSING the run adds for open vorderingen. */
    static final String KENMERK = "terugvordering herberekening";

    private Herberekening() {
    }

    /** The correction of {@code changed} by its recalculated {@code resultaat}. */
    static Correction correction(Changed changed, Berekening berekening, Resultaat resultaat) {
        return new Correction(changed.dossierId(), changed.periode(), changed.versie(), changed.settledVersie(),
                changed.settledCents(), resultaat.uitkeringInclVakantiegeld().cents(), berekening.betaalrekening().iban(),
                berekening.betaalrekening().tenaamstelling());
    }

    /** The NABETALING of a positive correction: numbered by its version, so the database pays it once. */
    static PaymentLine line(Correction correction) {
        if (correction.differenceCents() <= 0) {
            throw new IllegalArgumentException("only a positive difference is paid: " + correction);
        }
        String text = "Nabetaling Participatiewet " + correction.periode() + " dossier " + correction.dossierId()
                + " versie " + correction.versie();
        return new PaymentLine(correction.dossierId(), correction.periode(), BetalingSoort.NABETALING,
                Money.ofCents(correction.differenceCents()), correction.creditorIban(), correction.creditorName(),
                ChunkCalculation.fitRemittance(text),
                correction.versie());
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
