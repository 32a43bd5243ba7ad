package nl.gbi.calculation;

import java.util.List;
import nl.gbi.domain.Fout;

/** What a calculation returns: a result, or the reasons it was refused. Expected refusals are values, never exceptions. */
public sealed interface Outcome {

    String dossierId();

    /** The berekening was calculated. */
    record Success(Resultaat resultaat) implements Outcome {
        @Override
        public String dossierId() {
            return resultaat.dossierId();
        }
    }

    /** The berekening cannot be calculated; {@code fouten} lists every reason found. */
    record Refused(String dossierId, List<Fout> fouten) implements Outcome {
        public Refused {
            fouten = List.copyOf(fouten);
        }
    }
}
