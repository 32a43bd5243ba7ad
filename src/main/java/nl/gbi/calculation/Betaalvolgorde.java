package nl.gbi.calculation;

import java.util.ArrayList;
import java.util.List;
import nl.gbi.domain.Betaalrekening;
import nl.gbi.domain.Inhouding;
import nl.gbi.domain.InhoudingSoort;
import nl.gbi.domain.Money;
import nl.gbi.domain.BetalingSoort;
import nl.gbi.domain.Persoon;

/**
 * Who gets what of the uitkering (participatiewet.md section 5, engine rule E7). The vakantiegeld
 * reservation is never touched; of the rest, beslag and verrekening come first in input order, together
 * at most the beslagruimte (Rv art. 475da); then the derdenbetalingen in input order, paid partly when
 * money runs short; the client gets what is left. Every unpaid part is a NIET_BETAALD line, never dropped.
 * When the partner has an own account, the client's part is paid half to each spouse (Pw art. 45 lid 4, E18):
 * two UITKERING betalingen, the aanvrager's first (with the odd cent), then the partner's.
 */
final class Betaalvolgorde {

    static final String BRON_BESLAG = "Rv art. 475da (beslagvrije voet)";
    static final String BRON_AFLOSSING = "Pw art. 58 (terugvordering); Rv art. 475da (beslagvrije voet)";
    static final String BRON_DERDENBETALING = "Pw art. 56a; machtiging van de client";
    static final String BRON_UITKERING = "Pw art. 11; betaalvolgorde (docs/calculation.md E7)";
    static final String BRON_HELFT = "Pw art. 45 lid 4; oneven cent naar de aanvrager (docs/calculation.md E18)";

    private Betaalvolgorde() {
    }

    static Verdeling distribute(long inclCents, long reserveringCents, List<Inhouding> inhoudingen, Betaalrekening rekening,
            List<Regel> regels) {
        return distribute(inclCents, reserveringCents, inhoudingen, rekening, null, regels);
    }

    /** As above; a {@code partner} that {@link Persoon#receivesHalf() receives half} gets half of the client's part. */
    static Verdeling distribute(long inclCents, long reserveringCents, List<Inhouding> inhoudingen, Betaalrekening rekening,
            Persoon partner, List<Regel> regels) {
        long beschikbaar = inclCents - reserveringCents;
        long ruimte = Math.min(BeslagvrijeVoet.calculateBeslagruimte(inclCents), beschikbaar);
        List<Betaling> betalingen = new ArrayList<>(inhoudingen.size() + 1);
        long verrekening = 0;
        if (hasBeslagOfVerrekening(inhoudingen)) {
            regels.add(new Regel("BESLAGRUIMTE", "Ruimte voor beslag en verrekening samen: uitkering incl. vakantiegeld min 95%",
                    BRON_BESLAG, Money.ofCents(ruimte)));
        }
        for (Inhouding inhouding : inhoudingen) {
            if (inhouding.soort().isBeslagOfVerrekening()) {
                long paid = Math.min(inhouding.bedrag().cents(), ruimte);
                ruimte -= paid;
                beschikbaar -= paid;
                if (inhouding.soort() == InhoudingSoort.AFLOSSING) {
                    verrekening += paid;
                    regels.add(new Regel("AFLOSSING", "Verrekend met de terugvordering", BRON_AFLOSSING, Money.ofCents(paid)));
                } else {
                    pay(betalingen, regels, BetalingSoort.BESLAG, inhouding, paid, BRON_BESLAG);
                }
                reportUnpaid(regels, inhouding, paid, "beslagvrije voet bereikt", BRON_BESLAG);
            }
        }
        for (Inhouding inhouding : inhoudingen) {
            if (inhouding.soort().isDerdenbetaling()) {
                long paid = Math.min(inhouding.bedrag().cents(), beschikbaar);
                beschikbaar -= paid;
                pay(betalingen, regels, BetalingSoort.DERDENBETALING, inhouding, paid, BRON_DERDENBETALING);
                reportUnpaid(regels, inhouding, paid, "uitkering reikt niet verder", BRON_DERDENBETALING);
            }
        }
        regels.add(new Regel("UITKERING", "Aan de client", BRON_UITKERING, Money.ofCents(beschikbaar)));
        if (partner != null && partner.receivesHalf()) {
            payHalves(betalingen, regels, beschikbaar, rekening, partner.betaalrekening());
        } else if (beschikbaar > 0) {
            betalingen.add(new Betaling(BetalingSoort.UITKERING, Money.ofCents(beschikbaar), rekening.iban(),
                    rekening.tenaamstelling(), null));
        }
        return new Verdeling(betalingen, verrekening);
    }

    /** The client's part as two UITKERING betalingen, aanvrager first; a zero half (1 cent in all) is not paid. */
    private static void payHalves(List<Betaling> betalingen, List<Regel> regels, long clientCents, Betaalrekening aanvrager,
            Betaalrekening partner) {
        long aanvragerCents = CoupleSplit.aanvragerCents(clientCents);
        long partnerCents = CoupleSplit.partnerCents(clientCents);
        regels.add(new Regel("UITKERING_AANVRAGER", "Helft aan de aanvrager", BRON_HELFT, Money.ofCents(aanvragerCents)));
        regels.add(new Regel("UITKERING_PARTNER", "Helft aan de partner", BRON_HELFT, Money.ofCents(partnerCents)));
        if (aanvragerCents > 0) {
            betalingen.add(new Betaling(BetalingSoort.UITKERING, Money.ofCents(aanvragerCents), aanvrager.iban(),
                    aanvrager.tenaamstelling(), null));
        }
        if (partnerCents > 0) {
            betalingen.add(new Betaling(BetalingSoort.UITKERING, Money.ofCents(partnerCents), partner.iban(),
                    partner.tenaamstelling(), null));
        }
    }

    private static boolean hasBeslagOfVerrekening(List<Inhouding> inhoudingen) {
        for (Inhouding inhouding : inhoudingen) {
            if (inhouding.soort().isBeslagOfVerrekening()) {
                return true;
            }
        }
        return false;
    }

    private static void pay(List<Betaling> betalingen, List<Regel> regels, BetalingSoort soort, Inhouding inhouding, long paid,
            String bron) {
        regels.add(new Regel(inhouding.soort().name(), "Betaald aan " + inhouding.begunstigde().naam(), bron, Money.ofCents(paid)));
        if (paid > 0) {
            betalingen.add(new Betaling(soort, Money.ofCents(paid), inhouding.begunstigde().iban(), inhouding.begunstigde().naam(),
                    inhouding.kenmerk()));
        }
    }

    private static void reportUnpaid(List<Regel> regels, Inhouding inhouding, long paid, String reden, String bron) {
        long unpaid = inhouding.bedrag().cents() - paid;
        if (unpaid > 0) {
            regels.add(new Regel("NIET_BETAALD", inhouding.soort() + " niet (geheel) betaald: " + reden, bron, Money.ofCents(unpaid)));
        }
    }

    /** The payments and what went to verrekening (AFLOSSING), in cents. */
    record Verdeling(List<Betaling> betalingen, long verrekening) {
    }
}
