package nl.gbi.runs;

import java.util.List;
import java.util.Map;
import nl.gbi.domain.Money;

/**
 * What a chunk calculates from: the latest berekeningen of the run's period, per dossier its latest vakantiegeld
 * booking, the settled periods whose berekening changed, the corrections earlier runs of this period made (a rerun
 * offers their NABETALINGEN again; the database refuses one paid before), and per dossier its open vorderingen.
 */
public record ChunkInput(List<StoredInput> inputs, Map<String, LedgerEntry> ledger, List<Changed> changed,
                         List<Correction> corrections, Map<String, Money> openVorderingen) {

    public ChunkInput {
        inputs = List.copyOf(inputs);
        ledger = Map.copyOf(ledger);
        changed = List.copyOf(changed);
        corrections = List.copyOf(corrections);
        openVorderingen = Map.copyOf(openVorderingen);
    }
}
