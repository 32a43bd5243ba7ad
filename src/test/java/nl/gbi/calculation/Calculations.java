package nl.gbi.calculation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.stream.Collectors;
import nl.gbi.domain.Fout;
import nl.gbi.parameters.ParameterResource;

/** Shared test access to the real parameter table and the default calculator. */
final class Calculations {

    static final ParameterTable TABLE = ParameterResource.load();
    static final Calculator DEFAULT = new Calculator(TABLE, CalculationSettings.DEFAULTS);

    private Calculations() {
    }

    static Resultaat success(TestBerekening berekening) {
        Outcome outcome = DEFAULT.calculate(berekening.build());
        return assertInstanceOf(Outcome.Success.class, outcome, () -> "refused: " + outcome).resultaat();
    }

    static List<Fout> refused(Calculator calculator, TestBerekening berekening) {
        Outcome outcome = calculator.calculate(berekening.build());
        return assertInstanceOf(Outcome.Refused.class, outcome, () -> "not refused: " + outcome).fouten();
    }

    static void assertRefused(TestBerekening berekening, String code, String veld) {
        List<Fout> fouten = refused(DEFAULT, berekening);
        assertEquals(code + "@" + veld, fouten.stream().map(f -> f.code() + "@" + f.veld()).collect(Collectors.joining(",")));
    }

    static long regel(Resultaat resultaat, String code) {
        return resultaat.regels().stream().filter(r -> r.code().equals(code)).mapToLong(r -> r.bedrag().cents()).sum();
    }
}
