package nl.gbi.calculation;

import java.util.List;

/** The parameter table text is not exactly right; lists every problem with its line number. */
public final class ParameterTableException extends RuntimeException {

    private final List<String> problems;

    public ParameterTableException(List<String> problems) {
        super("invalid parameter table:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
