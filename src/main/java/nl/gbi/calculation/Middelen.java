package nl.gbi.calculation;

import java.time.LocalDate;
import java.util.List;
import nl.gbi.domain.Inkomst;
import nl.gbi.domain.Money;

/**
 * Netto inkomsten in the month and the vrijlatingen on inkomsten uit arbeid (Pw art. 31-33). Per vrijlating
 * the share is taken of the sum of the lines carrying it and capped once at the monthly maximum (engine
 * rule E5). The inkomstenKorting is what is deducted: inkomsten minus vrijlating. Assumes
 * {@link InputChecks} accepted the inkomsten.
 */
final class Middelen {

    static final String BRON_INKOMSTEN = "Pw art. 31 lid 1 en art. 32";

    private Middelen() {
    }

    /** The total netto inkomsten, the total vrijlating and the korting; adds their lines to {@code regels}. */
    static Uitkomst calculateMiddelen(List<Inkomst> inkomsten, ParameterTable table, LocalDate peildatum, List<Regel> regels) {
        long totaal = 0;
        long[] perRegel = new long[Vrijlatingsregel.values().length];
        for (Inkomst inkomst : inkomsten) {
            long netto = inkomst.nettoBedrag().cents();
            totaal = Math.addExact(totaal, netto);
            if (inkomst.vrijlating() != null) {
                int index = Vrijlatingsregel.of(inkomst.vrijlating()).ordinal();
                perRegel[index] = Math.addExact(perRegel[index], netto);
            }
        }
        if (totaal == 0) {
            return Uitkomst.NONE;
        }
        regels.add(new Regel("INKOMSTEN", "Netto inkomsten in de maand", BRON_INKOMSTEN, Money.ofCents(totaal)));
        long vrijlating = 0;
        for (Vrijlatingsregel regel : Vrijlatingsregel.values()) {
            if (perRegel[regel.ordinal()] > 0) {
                long bedrag = calculateVrijlating(regel, perRegel[regel.ordinal()], table, peildatum);
                regels.add(new Regel("VRIJLATING", regel.omschrijving, regel.maximum.artikel(), Money.ofCents(bedrag)));
                vrijlating += bedrag;
            }
        }
        long korting = totaal - vrijlating;
        regels.add(new Regel("INKOMSTEN_KORTING", "Inkomsten min vrijlating, in mindering op de norm", BRON_INKOMSTEN,
                Money.ofCents(korting)));
        return new Uitkomst(totaal, vrijlating, korting);
    }

    /** min(round-half-up(arbeid x share), monthly maximum of the period). */
    static long calculateVrijlating(Vrijlatingsregel regel, long arbeidCents, ParameterTable table, LocalDate peildatum) {
        long share = Rounding.perMilleHalfUp(arbeidCents, regel.perMille);
        return Math.min(share, table.get(regel.maximum, peildatum));
    }

    /** Amounts in cents. */
    record Uitkomst(long inkomsten, long vrijlating, long korting) {
        static final Uitkomst NONE = new Uitkomst(0, 0, 0);
    }
}
