package nl.gbi.calculation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.gbi.domain.Berekening;
import nl.gbi.domain.Fout;
import nl.gbi.domain.Money;
import nl.gbi.domain.Verlaging;

/**
 * Calculates one berekening: norm (with day-splitting and kostendelersnorm), verlaging, middelen,
 * vakantiegeld reservation and the payments. Pure and thread-safe: the parameter table and the settings
 * are immutable, every call builds its own result. Expected refusals come back as {@link Outcome.Refused}.
 */
public final class Calculator {

    static final String BRON_VAKANTIEGELD = "Pw art. 20-22 (norm incl. 5% vakantiegeld); reservering (docs/calculation.md E3)";
    static final String BRON_UITKERING = "Pw art. 11 en 31; docs/calculation.md E3";

    private final ParameterTable table;
    private final CalculationSettings settings;

    public Calculator(ParameterTable table, CalculationSettings settings) {
        this.table = table;
        this.settings = settings;
    }

    public Outcome calculate(Berekening berekening) {
        try {
            LocalDate peildatum = berekening.periode().atDay(1);
            int aowMaanden = (int) table.get(Parameter.AOW_LEEFTIJD_MAANDEN, peildatum);
            List<Fout> fouten = InputChecks.check(berekening, settings, aowMaanden);
            if (!fouten.isEmpty()) {
                return new Outcome.Refused(berekening.dossierId(), fouten);
            }
            return new Outcome.Success(calculateResultaat(berekening, peildatum, aowMaanden));
        } catch (CalculationRefusal refusal) {
            return new Outcome.Refused(berekening.dossierId(), List.of(refusal.fout()));
        } catch (ArithmeticException overflow) {
            // Only Math.*Exact throws this: amounts beyond a long of cents are input no municipality can mean.
            return new Outcome.Refused(berekening.dossierId(), List.of(new Fout("", Codes.BUITEN_BEREIK,
                    "Een bedrag is te groot om exact te berekenen")));
        }
    }

    private Resultaat calculateResultaat(Berekening berekening, LocalDate peildatum, int aowMaanden) {
        List<Regel> regels = new ArrayList<>(12);
        Huishouden huishouden = Huishouden.of(berekening, peildatum);
        List<Deel> delen = Dagdeling.splitPeriode(berekening.periode(), berekening.recht(), berekening.aanvrager(),
                berekening.partner(), aowMaanden);
        Norm norm = Normberekening.calculateNorm(berekening.periode(), delen, huishouden, table, regels);
        long verlaging = calculateVerlaging(berekening.verlaging(), norm.bedrag().cents(), regels);
        Middelen.Uitkomst middelen = Middelen.calculateMiddelen(berekening.inkomsten(), table, peildatum, regels);
        long incl = calculateUitkeringIncl(norm.bedrag().cents(), verlaging, middelen.korting(), regels);
        long reservering = Vakantiegeld.calculateVakantiegeld(incl);
        regels.add(new Regel("VAKANTIEGELD_RESERVERING", "Vakantiegeld gereserveerd: uitkering min round-half-up(95%)",
                BRON_VAKANTIEGELD, Money.ofCents(reservering)));
        regels.add(new Regel("UITKERING_EXCL_VAKANTIEGELD", "Uitkering zonder vakantiegeld", BRON_VAKANTIEGELD,
                Money.ofCents(incl - reservering)));
        Betaalvolgorde.Verdeling verdeling = Betaalvolgorde.distribute(incl, reservering, berekening.inhoudingen(),
                berekening.betaalrekening(), berekening.partner(), regels);
        return new Resultaat(berekening.dossierId(), berekening.periode(), norm, Money.ofCents(verlaging),
                Money.ofCents(middelen.korting()), Money.ofCents(middelen.vrijlating()), Money.ofCents(incl),
                Money.ofCents(reservering), Money.ofCents(incl - reservering), verdeling.betalingen(), regels,
                Money.ofCents(verdeling.verrekening()));
    }

    private long calculateVerlaging(Verlaging verlaging, long normCents, List<Regel> regels) {
        if (verlaging == null) {
            return 0;
        }
        long bedrag = Maatregel.calculateVerlaging(normCents, verlaging.percentage(), settings.verlagingBase());
        regels.add(new Regel("VERLAGING", Maatregel.describe(verlaging.percentage(), settings.verlagingBase(), verlaging.reden()),
                Maatregel.BRON, Money.ofCents(bedrag)));
        return bedrag;
    }

    /** max(0, norm - verlaging - inkomstenKorting): the uitkering never goes below zero. */
    static long calculateUitkeringIncl(long normCents, long verlagingCents, long kortingCents, List<Regel> regels) {
        long rest = normCents - verlagingCents - kortingCents;
        if (rest < 0) {
            regels.add(new Regel("MIDDELEN_BOVEN_NORM", "Verlaging en inkomsten samen hoger dan de norm; uitkering is nul",
                    BRON_UITKERING, Money.ofCents(-rest)));
        }
        long incl = Math.max(0, rest);
        regels.add(new Regel("UITKERING_INCL_VAKANTIEGELD", "Norm min verlaging min inkomstenkorting", BRON_UITKERING,
                Money.ofCents(incl)));
        return incl;
    }
}
