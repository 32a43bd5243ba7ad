package nl.gbi.runs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.gbi.batches.PaymentLine;
import nl.gbi.calculation.Betaling;
import nl.gbi.calculation.Calculator;
import nl.gbi.calculation.Outcome;
import nl.gbi.calculation.Resultaat;
import nl.gbi.domain.Berekening;
import nl.gbi.domain.BetalingSoort;
import nl.gbi.domain.Fout;
import nl.gbi.domain.Money;
import nl.gbi.json.BerekeningReader;
import nl.gbi.json.Json;
import nl.gbi.json.ResultaatJson;

/**
 * Calculates a chunk of stored berekeningen with the pure {@link Calculator}: CPU work for a worker thread,
 * never an event loop. A stored berekening that no longer reads (it passed intake, so this means a changed
 * contract) is refused like a calculation refusal: reported, never paid. Corrections of settled periods
 * ({@link Herberekening}) are made here too, in the same transaction as the rest of the chunk.
 */
final class ChunkCalculation {

    /** SEPA's unstructured remittance information holds 140 characters. */
    static final int REMITTANCE_MAX = 140;

    static ChunkResult calculate(Calculator calculator, Month payoutMonth, YearMonth periode, ChunkInput chunk) {
        return new ChunkCalculation(calculator, payoutMonth, chunk.inputs().size()).run(periode, chunk);
    }

    private final Calculator calculator;
    private final Month payoutMonth;
    private final BerekeningReader reader = new BerekeningReader();
    private final List<ChunkResult.Calculated> calculated;
    private final List<PaymentLine> lines;
    private final List<ChunkResult.Refusal> refusals = new ArrayList<>();
    private final List<LedgerEntry> bookings;
    private final List<Correction> corrections = new ArrayList<>();
    private final List<Aflossing> aflossingen = new ArrayList<>();
    private final List<Correction> waiting = new ArrayList<>();

    private ChunkCalculation(Calculator calculator, Month payoutMonth, int size) {
        this.calculator = calculator;
        this.payoutMonth = payoutMonth;
        this.calculated = new ArrayList<>(size);
        this.lines = new ArrayList<>(size * 2);
        this.bookings = new ArrayList<>(size);
    }

    /**
     * The run's period first: a dossier whose period was settled before (a changed version, or a version a
     * herberekening settled) gets no original lines, only its correction. Then the changed earlier periods, and
     * the NABETALINGEN earlier runs of this period made, offered again.
     */
    private ChunkResult run(YearMonth periode, ChunkInput chunk) {
        Map<String, Changed> changedNow = new HashMap<>();
        for (Changed changed : chunk.changed()) {
            if (changed.periode().equals(periode)) {
                changedNow.put(changed.dossierId(), changed);
            }
        }
        for (StoredInput input : chunk.inputs()) {
            Berekening berekening = read(input.dossierId(), input.inputJson(), "");
            if (berekening != null) {
                Money open = chunk.openVorderingen().get(input.dossierId());
                Outcome outcome = calculator.calculate(open == null ? berekening : Herberekening.withAflossing(berekening, open));
                if (outcome instanceof Outcome.Success success) {
                    Changed changed = changedNow.get(input.dossierId());
                    if (changed != null) {
                        correct(changed, berekening, success.resultaat());
                    } else {
                        settle(input, berekening, success.resultaat(), chunk.ledger().get(input.dossierId()));
                    }
                    if (open != null && (changed == null || !changed.waits())) {
                        Money withheld = Herberekening.withheld(success.resultaat());
                        if (withheld.isPositive()) {
                            aflossingen.add(new Aflossing(input.dossierId(), withheld));
                        }
                    }
                } else {
                    refuse(input.dossierId(), ((Outcome.Refused) outcome).fouten(), "");
                }
            }
        }
        for (Changed changed : chunk.changed()) {
            if (!changed.periode().equals(periode)) {
                recalculate(changed);
            }
        }
        for (Correction correction : chunk.corrections()) {
            if (correction.differenceCents() > 0) {
                lines.add(Herberekening.line(correction));
            }
        }
        return new ChunkResult(calculated, lines, refusals, bookings, corrections, aflossingen, waiting);
    }

    /** An unchanged berekening of the run's period: its result, its lines, its vakantiegeld booking. */
    private void settle(StoredInput input, Berekening berekening, Resultaat resultaat, LedgerEntry latest) {
        calculated.add(new ChunkResult.Calculated(input.dossierId(), resultaat.periode(), input.versie(),
                ResultaatJson.toJson(resultaat).toString()));
        LedgerEntry booking = Vakantiegeld.book(berekening, resultaat, latest, payoutMonth);
        bookings.add(booking);
        if (input.corrected()) {
            return;
        }
        int[] ordinals = new int[BetalingSoort.values().length];
        for (Betaling betaling : resultaat.betalingen()) {
            lines.add(line(resultaat, betaling, ordinals[betaling.soort().ordinal()]++));
        }
        if (booking.payout().isPositive()) {
            lines.add(Vakantiegeld.payoutLine(berekening, booking, ordinals[BetalingSoort.VAKANTIEGELD.ordinal()]++));
        }
    }

    /** A changed earlier period: recalculated as it was then (no aflossing of today's vorderingen), then corrected. */
    private void recalculate(Changed changed) {
        String before = "Herberekening " + changed.periode() + ": ";
        Berekening berekening = read(changed.dossierId(), changed.inputJson(), before);
        if (berekening != null) {
            Outcome outcome = calculator.calculate(berekening);
            if (outcome instanceof Outcome.Success success) {
                correct(changed, berekening, success.resultaat());
            } else {
                refuse(changed.dossierId(), ((Outcome.Refused) outcome).fouten(), before);
            }
        }
    }

    /**
     * The correction of a changed period, with its result settled; one that waits for an open batch stores nothing,
     * so a later run takes it up again.
     */
    private void correct(Changed changed, Berekening berekening, Resultaat resultaat) {
        Correction correction = Herberekening.correction(changed, berekening, resultaat);
        if (changed.waits()) {
            waiting.add(correction);
            return;
        }
        calculated.add(new ChunkResult.Calculated(changed.dossierId(), changed.periode(), changed.versie(),
                ResultaatJson.toJson(resultaat).toString()));
        corrections.add(correction);
        if (correction.differenceCents() > 0) {
            lines.add(Herberekening.line(correction));
        }
    }

    private void refuse(String dossierId, List<Fout> fouten, String before) {
        List<Fout> told = before.isEmpty() ? fouten
                : fouten.stream().map(f -> new Fout(f.veld(), f.code(), before + f.melding())).toList();
        refusals.add(new ChunkResult.Refusal(dossierId, foutenJson(told)));
    }

    /** The stored berekening, or null after refusing it with why it no longer reads. */
    private Berekening read(String dossierId, String inputJson, String before) {
        List<Fout> fouten;
        try {
            BerekeningReader.Result read = reader.read(Json.MAPPER.readTree(inputJson));
            if (read instanceof BerekeningReader.Valid valid) {
                return valid.berekening();
            }
            fouten = ((BerekeningReader.Invalid) read).fouten();
        } catch (JsonProcessingException e) {
            fouten = List.of(new Fout("", "ONLEESBAAR", "Opgeslagen berekening is geen JSON"));
        }
        refuse(dossierId, fouten, before);
        return null;
    }

    static PaymentLine line(Resultaat resultaat, Betaling betaling, int lineNo) {
        return new PaymentLine(resultaat.dossierId(), resultaat.periode(), betaling.soort(), betaling.bedrag(),
                betaling.iban(), betaling.naam(), remittance(resultaat, betaling), lineNo);
    }

    /** The client sees the period and dossier; a third party first its own reference (kenmerk). */
    static String remittance(Resultaat resultaat, Betaling betaling) {
        String ours = "Participatiewet " + resultaat.periode() + " dossier " + resultaat.dossierId();
        String text = betaling.soort() == BetalingSoort.UITKERING || betaling.kenmerk() == null
                ? ours : betaling.kenmerk() + " / " + ours;
        return fitRemittance(text);
    }

    /** {@code text} cut to what SEPA's unstructured remittance information holds. */
    static String fitRemittance(String text) {
        return text.length() <= REMITTANCE_MAX ? text : text.substring(0, REMITTANCE_MAX);
    }

    static String foutenJson(List<Fout> fouten) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        fouten.forEach(f -> array.addObject().put("veld", f.veld()).put("code", f.code()).put("melding", f.melding()));
        return array.toString();
    }
}
