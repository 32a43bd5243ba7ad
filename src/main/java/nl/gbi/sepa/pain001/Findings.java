package nl.gbi.sepa.pain001;

import java.util.ArrayList;
import java.util.List;
import nl.gbi.sepa.Finding;
import nl.gbi.sepa.FindingCode;

/** Collects findings up to a limit, so a file broken in every transaction cannot exhaust memory. */
final class Findings {

    static final int COUNT_MAX = 1_000;

    private final List<Finding> list = new ArrayList<>();
    private boolean full;

    void add(String transaction, String field, FindingCode code, String message) {
        if (full) {
            return;
        }
        if (list.size() == COUNT_MAX) {
            list.add(new Finding("file", "-", FindingCode.TOO_MANY_FINDINGS,
                    "more than " + COUNT_MAX + " findings; the rest are not listed"));
            full = true;
            return;
        }
        list.add(new Finding(transaction, field, code, message));
    }

    boolean isFull() {
        return full;
    }

    List<Finding> toList() {
        return List.copyOf(list);
    }
}
