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
import nl.gbi.batches.PaymentLineCheck;
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

    static ChunkResult calculate(Calculator calculator, String tenantCode, Month payoutMonth, YearMonth periode,
            ChunkInput chunk) {
        return new ChunkCalculation(calculator, tenantCode, payoutMonth, chunk.inputs().size()).run(periode, chunk);
    }

    private final Calculator calculator;
    private final String tenantCode;
    private final Month payoutMonth;
    private final BerekeningReader reader = new BerekeningReader();
    private final List<ChunkResult.Calculated> calculated;
    private final List<PaymentLine> lines;
    private final List<ChunkResult.Refusal> refusals = new ArrayList<>();
    private final List<LedgerEntry> bookings;
    private final List<Correction> corrections = new ArrayList<>();
    private final List<Aflossing> aflossingen = new ArrayList<>();
    private final List<Correction> waiting = new ArrayList<>();

    private ChunkCalculation(Calculator calculator, String tenantCode, Month payoutMonth, int size) {
        this.calculator = calculator;
        this.tenantCode = tenantCode;
        this.payoutMonth = payoutMonth;
        this.calculated = new ArrayList<>(size);
        this.lines = new ArrayList<>(size * 2);
        this.bookings = new ArrayList<>(size);
    }

    /**
     * The run's period first: a dossier whose period was settled before (a changed version, or a version a
     * herberekening settled) gets no original lines, only its correction. Then the changed earlier periods, and
     * the NABETALINGEN earlier runs of this period made, offered again. Each dossier on its own
     * ({@link #isolated}): whatever goes wrong with one is that dossier's refusal, never the chunk's failure.
     */
    private ChunkResult run(YearMonth periode, ChunkInput chunk) {
        Map<String, Changed> changedNow = new HashMap<>();
        for (Changed changed : chunk.changed()) {
            if (changed.periode().equals(periode)) {
                changedNow.put(changed.dossierId(), changed);
            }
        }
        for (StoredInput input : chunk.inputs()) {
            isolated(input.dossierId(), "", () -> calculate(input, chunk, changedNow.get(input.dossierId())));
        }
        for (Changed changed : chunk.changed()) {
            if (!changed.periode().equals(periode)) {
                isolated(changed.dossierId(), "Herberekening " + changed.periode() + ": ", () -> recalculate(changed));
            }
        }
        for (Correction correction : chunk.corrections()) {
            if (correction.differenceCents() > 0) {
                isolated(correction.dossierId(), "Nabetaling " + correction.periode() + ": ",
                        () -> lines.add(Herberekening.line(correction)));
            }
        }
        return new ChunkResult(calculated, lines, refusals, bookings, corrections, aflossingen, waiting);
    }

    /** The berekening of the run's period: calculated with the aflossing of open vorderingen, then settled or corrected. */
    private void calculate(StoredInput input, ChunkInput chunk, Changed changed) {
        Berekening berekening = read(input.dossierId(), input.inputJson(), "");
        if (berekening == null) {
            return;
        }
        Money open = chunk.openVorderingen().get(input.dossierId());
        Outcome outcome = calculator.calculate(open == null ? berekening : Herberekening.withAflossing(berekening, open));
        if (!(outcome instanceof Outcome.Success success)) {
            refuse(input.dossierId(), ((Outcome.Refused) outcome).fouten(), "");
            return;
        }
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
    }

    /**
     * Runs one dossier's {@code work}; when it throws, or a payment line it made cannot be carried in a pain.001
     * file ({@link PaymentLineCheck}), everything it added is taken back and the dossier is refused with why. The
     * exception's message is not reported: it may quote the dossier's data.
     */
    private void isolated(String dossierId, String before, Runnable work) {
        int[] mark = {calculated.size(), lines.size(), refusals.size(), bookings.size(), corrections.size(),
                aflossingen.size(), waiting.size()};
        List<Fout> problems = new ArrayList<>();
        try {
            work.run();
            for (PaymentLine line : lines.subList(mark[1], lines.size())) {
                problems.addAll(PaymentLineCheck.problems(tenantCode, line));
            }
        } catch (RuntimeException e) {
            problems.add(new Fout("", "BEREKENING_MISLUKT", "De berekening van dit dossier liep vast ("
                    + e.getClass().getSimpleName() + "); het dossier is niet betaald"));
        }
        if (!problems.isEmpty()) {
            truncate(calculated, mark[0]);
            truncate(lines, mark[1]);
            truncate(refusals, mark[2]);
            truncate(bookings, mark[3]);
            truncate(corrections, mark[4]);
            truncate(aflossingen, mark[5]);
            truncate(waiting, mark[6]);
            refuse(dossierId, problems, before);
        }
    }

    private static void truncate(List<?> list, int size) {
        list.subList(size, list.size()).clear();
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

    /**
     * The reasons as the report's JSON. Control characters become U+FFFD: a reason may quote a stored value, and
     * jsonb refuses U+0000, which would fail the whole chunk's transaction.
     */
    static String foutenJson(List<Fout> fouten) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        fouten.forEach(f -> array.addObject().put("veld", printable(f.veld())).put("code", printable(f.code()))
                .put("melding", printable(f.melding())));
        return array.toString();
    }

    private static String printable(String text) {
        return text == null ? null : text.replaceAll("[\\x00-\\x1F\\x7F-\\x9F]", "\uFFFD");
    }
}
