package nl.gbi.calculation;

import java.time.LocalDate;
import nl.gbi.domain.Fout;

/**
 * A rule found that the berekening cannot be calculated (a parameter the table does not hold, a
 * combination the sources do not cover). Thrown inside the core only, without a stack trace, and turned
 * into {@link Outcome.Refused} by {@link Calculator}; it never escapes the calculation API.
 */
final class CalculationRefusal extends RuntimeException {

    private final transient Fout fout;

    CalculationRefusal(Fout fout) {
        super(fout.melding(), null, false, false);
        this.fout = fout;
    }

    static CalculationRefusal parameterOnbekend(Parameter parameter, LocalDate datum) {
        return new CalculationRefusal(new Fout("periode", Codes.PARAMETER_ONBEKEND,
                "Parameter " + parameter + " (" + parameter.artikel() + ") heeft geen waarde op " + datum
                        + " in de parametertabel; de engine valt niet terug op een andere periode"));
    }

    Fout fout() {
        return fout;
    }
}
