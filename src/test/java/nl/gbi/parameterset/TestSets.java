package nl.gbi.parameterset;

import java.util.List;
import java.util.function.UnaryOperator;
import nl.gbi.calculation.Parameter;
import nl.gbi.calculation.ParameterValue;
import nl.gbi.parameters.ParameterResource;

/**
 * Sets for tests. The figures of 1-1-2027 are not published in the sources we hold (law-and-practice-2026.md:
 * NOT FOUND); {@link #indexed} makes a test half-year from 1-7-2026 raised by 1,5%, keeping the relations the law
 * fixes. It is test data, never shipped.
 */
public final class TestSets {

    public static final String PUBLICATIE = "test: 1-7-2026 + 1,5%, not a publication";

    private TestSets() {
    }

    /** The shipped table as the one approved set (id 1), as the engine seeds it. */
    public static EffectiveParameters shipped() {
        List<ParameterValue> rows = ParameterResource.load().rows();
        return EffectiveParameters.of(1, List.of(new ApprovedSet(1, ParameterSetDocument.sha256(rows), rows)));
    }

    /** The money rows of 1-1-2027 in the line format: 1-7-2026 + 1,5%, relations kept. */
    public static String indexed2027() {
        return indexed(UnaryOperator.identity());
    }

    /** As {@link #indexed2027()} with {@code edit} applied to the text (to break it). */
    public static String indexed(UnaryOperator<String> edit) {
        StringBuilder text = new StringBuilder("# test set 2027-01\n");
        long b = raised(Parameter.NORM_21_B);
        long young = raised(Parameter.NORM_20_A);
        for (Parameter key : Parameter.values()) {
            if (key.unit() != Parameter.Unit.CENTS) {
                continue;
            }
            long value = switch (key) {
                case NORM_21_B -> b;
                case NORM_21_A -> (b * 7 + 5) / 10;
                case NORM_20_A -> young;
                case NORM_20_1_B -> 2 * young;
                default -> raised(key);
            };
            text.append(key).append(" | 2027-01-01 | ").append(ParameterSetDocument.waarde(key, value)).append(" | ")
                    .append(PUBLICATIE).append('\n');
        }
        return edit.apply(text.toString());
    }

    private static long raised(Parameter key) {
        long july = ParameterResource.load().find(key, java.time.YearMonth.of(2026, 7)).waarde();
        return (july * 1015 + 500) / 1000;
    }
}
