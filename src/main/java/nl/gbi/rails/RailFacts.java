package nl.gbi.rails;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the rails look at for one batch: its lines; the lines of the same tenant's previous regular batch (empty
 * for its first); the highest norm in force for each month the lines pay (a month the parameter table does not know
 * is absent); the months the batch pays that another regular batch pays too; and its execution dates against today.
 */
public record RailFacts(List<RailLine> lines, Optional<Previous> previous, Map<YearMonth, Long> normCents,
                        List<PaidElsewhere> paidElsewhere, LocalDate executionDate, LocalDate wantedExecutionDate,
                        LocalDate today) {

    public RailFacts {
        lines = List.copyOf(lines);
        normCents = Map.copyOf(normCents);
        paidElsewhere = List.copyOf(paidElsewhere);
    }

    /** The previous regular batch of the tenant: its id and lines. */
    public record Previous(long batchId, List<RailLine> lines) {
        public Previous {
            lines = List.copyOf(lines);
        }
    }
}
