package nl.gbi.calculation;

import java.time.YearMonth;
import java.util.List;
import java.util.OptionalLong;

/**
 * The highest monthly bijstandsnorm in force in a month: the gehuwdennorm (Pw art. 21 b, and art. 22 b for those of
 * pension age). No one's benefit of a month is more; the voorschot cap and the safety rails measure against it.
 */
public final class HighestNorm {

    private static final List<Parameter> GEHUWDEN_NORMS = List.of(Parameter.NORM_21_B, Parameter.NORM_22_B);

    private HighestNorm() {
    }

    /** In cents; empty when the table does not know the month. */
    public static OptionalLong of(ParameterTable parameters, YearMonth periode) {
        long norm = -1;
        for (Parameter parameter : GEHUWDEN_NORMS) {
            ParameterValue value = parameters.find(parameter, periode);
            if (value != null) {
                norm = Math.max(norm, value.waarde());
            }
        }
        return norm < 0 ? OptionalLong.empty() : OptionalLong.of(norm);
    }
}
