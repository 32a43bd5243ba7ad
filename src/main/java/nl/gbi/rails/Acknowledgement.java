package nl.gbi.rails;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.gbi.domain.ControlCharacters;
import nl.gbi.domain.Fout;

/**
 * Whether an approver's acknowledgements ({@code code → reden}) cover a batch's findings: every finding needs a reason
 * of 1 to {@value #REASON_LENGTH_MAX} characters; a blocking finding cannot be acknowledged; a code that is not a
 * finding of the batch means the approver saw something else. The problems name the field {@code bevindingen.<code>}.
 */
public final class Acknowledgement {

    public static final int REASON_LENGTH_MAX = 500;
    public static final int CODES_MAX = 100;

    private Acknowledgement() {
    }

    /** The reasons, stripped, in code order, when they cover {@code findings}; otherwise the problems. */
    public static Result check(List<RailFinding> findings, Map<String, String> reasons) {
        List<Fout> problems = new ArrayList<>();
        Set<String> codes = findings.stream().map(RailFinding::code).collect(Collectors.toSet());
        Map<String, String> accepted = new TreeMap<>();
        for (RailFinding finding : findings) {
            String field = "bevindingen." + finding.code();
            String reason = reasons.get(finding.code());
            if (finding.blocking()) {
                problems.add(new Fout(field, "BLOKKEREND", finding.melding()));
            } else if (reason == null) {
                problems.add(new Fout(field, "NIET_BEVESTIGD", "Bevestig deze bevinding met een reden: " + finding.melding()));
            } else if (reason.isBlank() || reason.strip().length() > REASON_LENGTH_MAX || ControlCharacters.containsAny(reason)) {
                problems.add(new Fout(field, "ONGELDIGE_REDEN", "Een reden van 1 tot " + REASON_LENGTH_MAX
                        + " tekens, zonder stuurtekens"));
            } else {
                accepted.put(finding.code(), reason.strip());
            }
        }
        new TreeMap<>(reasons).keySet().stream().filter(code -> !codes.contains(code)).forEach(code -> problems.add(
                new Fout("bevindingen." + code, "ONBEKEND", "Deze batch heeft geen bevinding " + code
                        + "; open de batch opnieuw")));
        return new Result(Collections.unmodifiableMap(accepted), List.copyOf(problems));
    }

    /** The accepted reasons per code, or the problems that refuse the approval. */
    public record Result(Map<String, String> reasons, List<Fout> problems) {
        public boolean accepted() {
            return problems.isEmpty();
        }
    }
}
