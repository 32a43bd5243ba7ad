package nl.gbi.werkvoorraad;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gbi.domain.BetalingSoort;
import nl.gbi.ledger.LedgerBooking;

/**
 * The rows a tenant's werkvoorraad is built from, as the store loaded them (each read bounded; {@code afgekapt}
 * names the kinds whose read reached its bound). Nothing here is added up: that is {@link WerkvoorraadItems}.
 */
public record WerkvoorraadRows(String gemeente, List<Refusal> refusals, List<Stop> stops, List<Block> blocks,
                               List<Returned> returned, List<Waiting> waiting, List<Skipped> skipped,
                               Map<String, List<LedgerBooking>> vorderingen, Set<ItemSoort> afgekapt) {

    public WerkvoorraadRows {
        refusals = List.copyOf(refusals);
        stops = List.copyOf(stops);
        blocks = List.copyOf(blocks);
        returned = List.copyOf(returned);
        waiting = List.copyOf(waiting);
        skipped = List.copyOf(skipped);
        vorderingen = Map.copyOf(vorderingen);
        afgekapt = Set.copyOf(afgekapt);
    }

    /** The latest refusal of a dossier that still has an unsettled month up to the run's; {@code melding} summarises its fouten. */
    public record Refusal(String dossierId, YearMonth periode, String runId, LocalDate op, String melding) {
    }

    /** An active stop of a dossier (MD07). */
    public record Stop(String dossierId, String reasonCode, LocalDate sinds) {
    }

    /** An active block of a dossier's IBAN (AC01, AC04, AG01); the IBAN masked. */
    public record Block(String dossierId, String ibanMasked, String reasonCode, LocalDate sinds) {
    }

    /**
     * A payment the bank returned or rejected without a live correction, not settled outside the engine;
     * {@code afhandeling} is VRIJGEGEVEN when a person released it (the next run pays it again) or null.
     */
    public record Returned(long seq, String dossierId, YearMonth periode, BetalingSoort soort, long cents, String state,
                           String reasonCode, LocalDate sinds, String afhandeling) {
    }

    /** A line the tenant's latest run skipped for a blocked IBAN or a stopped dossier ({@code reason} as stored). */
    public record Skipped(String dossierId, YearMonth periode, String reason, long cents) {
    }

    /** A correction the tenant's latest run could not make because the month's batch is undecided. */
    public record Waiting(String dossierId, YearMonth periode, long differenceCents, LocalDate sinds) {
    }
}
