package nl.gbi.runs;

import java.util.List;
import java.util.Map;

/** What a chunk calculates from: the latest berekeningen, and per dossier its latest vakantiegeld booking. */
public record ChunkInput(List<StoredInput> inputs, Map<String, LedgerEntry> ledger) {

    public ChunkInput {
        inputs = List.copyOf(inputs);
        ledger = Map.copyOf(ledger);
    }
}
