package nl.gbi.runs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nl.gbi.batches.PaymentLine;
import nl.gbi.batches.PaymentLineCheck;
import nl.gbi.calculation.Calculator;
import nl.gbi.calculation.Outcome;
import nl.gbi.calculation.Resultaat;
import nl.gbi.domain.Berekening;
import nl.gbi.domain.Betaalrekening;
import nl.gbi.domain.BetalingSoort;
import nl.gbi.domain.Fout;
import nl.gbi.domain.Money;
import nl.gbi.json.BerekeningReader;
import nl.gbi.json.Json;
import nl.gbi.json.ResultaatJson;
import nl.gbi.ledger.DossierLedger;
import nl.gbi.ledger.LedgerBooking;
import nl.gbi.ledger.LedgerLine;
import nl.gbi.ledger.MonthSettlement;
import nl.gbi.ledger.MonthToSettle;
import nl.gbi.parameterset.EffectiveParameters;
import nl.gbi.parameterset.SetRef;

/**
 * Settles a chunk: each month of each dossier is calculated with the pure {@link Calculator} and handed to the pure
 * {@link DossierLedger}, which says what to book. CPU work for a worker thread, never an event loop. A stored
 * berekening that no longer reads (it passed intake, so this means a changed contract) is refused like a
 * calculation refusal: reported, never paid.
 */
final class ChunkCalculation {

    /** SEPA's unstructured remittance information holds 140 characters. */
    static final int REMITTANCE_MAX = 140;

    static ChunkResult calculate(Calculator calculator, String tenantCode, Month payoutMonth, YearMonth periode,
            ChunkInput chunk) {
        return calculate(calculator, null, tenantCode, payoutMonth, periode, chunk);
    }

    /** @param figures the approved sets the calculator's table was made of, to record per result; null in tests */
    static ChunkResult calculate(Calculator calculator, EffectiveParameters figures, String tenantCode, Month payoutMonth,
            YearMonth periode, ChunkInput chunk) {
        return new ChunkCalculation(calculator, figures, tenantCode, payoutMonth, periode, chunk.months().size()).run(chunk);
    }

    private final Calculator calculator;
    private final EffectiveParameters figures;
    private final String tenantCode;
    private final Month payoutMonth;
    private final YearMonth runPeriode;
    private final BerekeningReader reader = new BerekeningReader();
    private final List<ChunkResult.Calculated> calculated;
    private final List<PaymentLine> lines;
    private final List<ChunkResult.Refusal> refusals = new ArrayList<>();
    private final List<ChunkResult.Booking> bookings;
    private final List<Correction> corrections = new ArrayList<>();
    private final List<ChunkResult.Settled> settled;
    private final List<Correction> waiting = new ArrayList<>();

    private ChunkCalculation(Calculator calculator, EffectiveParameters figures, String tenantCode, Month payoutMonth,
            YearMonth runPeriode, int size) {
        this.calculator = calculator;
        this.figures = figures;
        this.tenantCode = tenantCode;
        this.payoutMonth = payoutMonth;
        this.runPeriode = runPeriode;
        this.calculated = new ArrayList<>(size);
        this.lines = new ArrayList<>(size * 2);
        this.bookings = new ArrayList<>(size * 2);
        this.settled = new ArrayList<>(size);
    }

    /**
     * Each dossier on its own ({@link #isolated}): whatever goes wrong with one is that dossier's refusal, never the
     * chunk's failure. Then the NABETALINGEN earlier runs of this month made, offered again.
     */
    private ChunkResult run(ChunkInput chunk) {
        List<MonthInput> months = chunk.months();
        for (int from = 0; from < months.size(); ) {
            String dossierId = months.get(from).dossierId();
            int until = from;
            while (until < months.size() && months.get(until).dossierId().equals(dossierId)) {
                until++;
            }
            List<MonthInput> ofDossier = months.subList(from, until);
            // on hold (docs/werkvoorraad.md): neither calculated nor settled; its months wait for the run after the lifting
            if (!chunk.held().contains(dossierId)) {
                isolated(dossierId, "", () -> settle(dossierId, ofDossier, chunk));
            }
            from = until;
        }
        for (Correction correction : chunk.corrections()) {
            if (correction.nabetalingCents() > 0 && !chunk.held().contains(correction.dossierId())) {
                isolated(correction.dossierId(), "Nabetaling " + correction.periode() + ": ",
                        () -> lines.addAll(Herberekening.lines(correction)));
            }
        }
        return new ChunkResult(calculated, lines, refusals, bookings, corrections, settled, waiting);
    }

    /** The dossier's months, oldest first, through its ledger. */
    private void settle(String dossierId, List<MonthInput> months, ChunkInput chunk) {
        DossierLedger ledger = new DossierLedger(chunk.payments().getOrDefault(dossierId, List.of()),
                chunk.bookings().getOrDefault(dossierId, List.of()), payoutMonth, runPeriode);
        long open = ledger.openVorderingenCents();
        List<Berekening> berekeningen = new ArrayList<>(months.size());
        for (MonthInput month : months) {
            berekeningen.add(read(dossierId, month.inputJson(), before(month)));
        }
        for (int i = 0; i < months.size(); i++) {
            MonthInput month = months.get(i);
            Berekening berekening = berekeningen.get(i);
            if (berekening != null) {
                settleMonth(ledger, month, berekening, open, rightEnded(months, berekeningen, i));
            }
        }
    }

    /** The right ended in a month settled before {@code i}: not a month this chunk settles for the first time after it. */
    private boolean rightEnded(List<MonthInput> months, List<Berekening> berekeningen, int i) {
        YearMonth end = endMonth(berekeningen.get(i));
        if (end == null || end.isAfter(runPeriode)) {
            return false;
        }
        for (int j = i + 1; j < months.size(); j++) {
            if (months.get(j).periode().equals(end) && months.get(j).liveVersie() == null) {
                return false;
            }
        }
        return true;
    }

    private static YearMonth endMonth(Berekening berekening) {
        return berekening == null || berekening.recht().einddatum() == null ? null
                : YearMonth.from(berekening.recht().einddatum());
    }

    private void settleMonth(DossierLedger ledger, MonthInput month, Berekening berekening, long open, boolean rightEnded) {
        boolean rerun = month.settledByItsRun(runPeriode);
        long aflossing = !month.periode().equals(runPeriode) ? 0
                : rerun ? ledger.aflossingCents(runPeriode) : month.liveVersie() == null ? open : 0;
        Outcome outcome = calculator.calculate(aflossing > 0
                ? Herberekening.withAflossing(berekening, Money.ofCents(aflossing)) : berekening);
        if (!(outcome instanceof Outcome.Success success)) {
            refuse(month.dossierId(), ((Outcome.Refused) outcome).fouten(), before(month));
            return;
        }
        Resultaat resultaat = success.resultaat();
        Money withheld = aflossing > 0 ? Herberekening.withheld(resultaat) : Money.ZERO;
        YearMonth end = endMonth(berekening);
        Betaalrekening partner = berekening.partner() != null && berekening.partner().receivesHalf()
                ? berekening.partner().betaalrekening() : null;
        MonthToSettle toSettle = new MonthToSettle(month.periode(), month.versie(), month.liveVersie(), rerun, resultaat,
                withheld, month.periode().equals(end), berekening.betaalrekening().iban(),
                berekening.betaalrekening().tenaamstelling(), partner);
        MonthSettlement settlement = ledger.settle(toSettle, rightEnded && !month.periode().equals(end));
        Correction correction = new Correction(month.dossierId(), month.periode(), month.versie(),
                month.liveVersie() == null ? 0 : month.liveVersie(), settlement.settledBeforeCents(),
                settlement.dueCents(), nabetaling(settlement), berekening.betaalrekening().iban(),
                berekening.betaalrekening().tenaamstelling(), partner);
        if (settlement.waits()) {
            waiting.add(correction);
            return;
        }
        calculated.add(new ChunkResult.Calculated(month.dossierId(), month.periode(), month.versie(),
                ResultaatJson.toJson(resultaat).toString(), resultaat.uitkeringInclVakantiegeld().cents(),
                resultaat.vakantiegeldReservering().cents(), resultaat.verrekening().cents(), setOf(month.periode())));
        for (LedgerLine line : settlement.lines()) {
            lines.add(paymentLine(month.dossierId(), line));
        }
        for (LedgerBooking booking : settlement.bookings()) {
            bookings.add(new ChunkResult.Booking(month.dossierId(), month.versie(), booking));
        }
        if (settlement.settles()) {
            settled.add(new ChunkResult.Settled(month.dossierId(), month.periode(), month.versie()));
        }
        if (settlement.kind() == MonthToSettle.Kind.CORRECTION) {
            corrections.add(correction);
        }
    }

    private Long setOf(YearMonth periode) {
        SetRef ref = figures == null ? null : figures.setFor(periode);
        return ref == null ? null : ref.id();
    }

    private static long nabetaling(MonthSettlement settlement) {
        return settlement.lines().stream().filter(l -> l.origin() == LedgerLine.Origin.CORRECTION)
                .mapToLong(LedgerLine::cents).sum();
    }

    /** What a refusal's reasons start with: nothing for the run's own month, else which month and why. */
    private String before(MonthInput month) {
        if (month.periode().equals(runPeriode)) {
            return "";
        }
        return (month.liveVersie() == null ? "Late maand " : "Herberekening ") + month.periode() + ": ";
    }

    /** The ledger's line as a payment line, with the remittance the client or third party reads. */
    static PaymentLine paymentLine(String dossierId, LedgerLine line) {
        String ours = "Participatiewet " + line.periode() + " dossier " + dossierId;
        String text = switch (line.origin()) {
            case MONTH, LATE_MONTH -> line.soort() == BetalingSoort.NABETALING ? "Nabetaling " + ours
                    : line.soort() == BetalingSoort.UITKERING || line.kenmerk() == null ? ours : line.kenmerk() + " / " + ours;
            case CORRECTION -> "Nabetaling " + ours + " versie " + line.versie();
            case PAYOUT -> "Vakantiegeld " + ours + (line.lineNo() % LedgerLine.PARTNER_HALF == 0 ? ""
                    : " versie " + line.versie());
        };
        return new PaymentLine(dossierId, line.periode(), line.soort(), Money.ofCents(line.cents()), line.iban(),
                line.naam(), fitRemittance(text), line.lineNo());
    }

    /**
     * Runs one dossier's {@code work}; when it throws, or a payment line it made cannot be carried in a pain.001
     * file ({@link PaymentLineCheck}), everything it added is taken back and the dossier is refused with why. The
     * exception's message is not reported: it may quote the dossier's data.
     */
    private void isolated(String dossierId, String before, Runnable work) {
        int[] mark = {calculated.size(), lines.size(), refusals.size(), bookings.size(), corrections.size(),
                settled.size(), waiting.size()};
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
            truncate(settled, mark[5]);
            truncate(waiting, mark[6]);
            refuse(dossierId, problems, before);
        }
    }

    private static void truncate(List<?> list, int size) {
        list.subList(size, list.size()).clear();
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
