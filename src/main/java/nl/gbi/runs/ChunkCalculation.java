package nl.gbi.runs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import nl.gbi.batches.PaymentLine;
import nl.gbi.calculation.Betaling;
import nl.gbi.calculation.Calculator;
import nl.gbi.calculation.Outcome;
import nl.gbi.calculation.Resultaat;
import nl.gbi.domain.Berekening;
import nl.gbi.domain.BetalingSoort;
import nl.gbi.domain.Fout;
import nl.gbi.json.BerekeningReader;
import nl.gbi.json.Json;
import nl.gbi.json.ResultaatJson;

/**
 * Calculates a chunk of stored berekeningen with the pure {@link Calculator}: CPU work for a worker thread,
 * never an event loop. A stored berekening that no longer reads (it passed intake, so this means a changed
 * contract) is refused like a calculation refusal: reported, never paid.
 */
final class ChunkCalculation {

    /** SEPA's unstructured remittance information holds 140 characters. */
    static final int REMITTANCE_MAX = 140;

    private ChunkCalculation() {
    }

    static ChunkResult calculate(Calculator calculator, Month payoutMonth, ChunkInput chunk) {
        BerekeningReader reader = new BerekeningReader();
        int size = chunk.inputs().size();
        List<ChunkResult.Calculated> calculated = new ArrayList<>(size);
        List<PaymentLine> lines = new ArrayList<>(size * 2);
        List<ChunkResult.Refusal> refusals = new ArrayList<>();
        List<LedgerEntry> bookings = new ArrayList<>(size);
        for (StoredInput input : chunk.inputs()) {
            Berekening berekening = read(reader, input, refusals);
            Outcome outcome = berekening == null ? null : calculator.calculate(berekening);
            if (outcome instanceof Outcome.Success success) {
                Resultaat resultaat = success.resultaat();
                calculated.add(new ChunkResult.Calculated(input.dossierId(), input.versie(),
                        ResultaatJson.toJson(resultaat).toString()));
                int[] ordinals = new int[BetalingSoort.values().length];
                for (Betaling betaling : resultaat.betalingen()) {
                    lines.add(line(resultaat, betaling, ordinals[betaling.soort().ordinal()]++));
                }
                LedgerEntry booking = Vakantiegeld.book(berekening, resultaat, chunk.ledger().get(input.dossierId()),
                        payoutMonth);
                bookings.add(booking);
                if (booking.payout().isPositive()) {
                    lines.add(Vakantiegeld.payoutLine(berekening, booking, ordinals[BetalingSoort.VAKANTIEGELD.ordinal()]++));
                }
            } else if (outcome instanceof Outcome.Refused refused) {
                refusals.add(new ChunkResult.Refusal(input.dossierId(), foutenJson(refused.fouten())));
            }
        }
        return new ChunkResult(calculated, lines, refusals, bookings);
    }

    /** The stored berekening, or null after adding why it no longer reads to {@code refusals}. */
    private static Berekening read(BerekeningReader reader, StoredInput input, List<ChunkResult.Refusal> refusals) {
        List<Fout> fouten;
        try {
            BerekeningReader.Result read = reader.read(Json.MAPPER.readTree(input.inputJson()));
            if (read instanceof BerekeningReader.Valid valid) {
                return valid.berekening();
            }
            fouten = ((BerekeningReader.Invalid) read).fouten();
        } catch (JsonProcessingException e) {
            fouten = List.of(new Fout("", "ONLEESBAAR", "Opgeslagen berekening is geen JSON"));
        }
        refusals.add(new ChunkResult.Refusal(input.dossierId(), foutenJson(fouten)));
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
        return text.length() <= REMITTANCE_MAX ? text : text.substring(0, REMITTANCE_MAX);
    }

    static String foutenJson(List<Fout> fouten) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        fouten.forEach(f -> array.addObject().put("veld", f.veld()).put("code", f.code()).put("melding", f.melding()));
        return array.toString();
    }
}
