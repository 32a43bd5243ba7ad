package nl.gbi.runs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gbi.batches.PaymentLine;
import nl.gbi.batches.PaymentLineCheck;
import nl.gbi.domain.Fout;

/**
 * What a tenant's batch step works with: every line of the run with the reason it is not paid, and the dossiers
 * refused at this step. A dossier with a line no pain.001 file can carry ({@link PaymentLineCheck}: the chunk checks
 * its own lines, but repayments of returned payments come from data the chunk never saw), or whose returned payment
 * could not be read, is refused as a whole: none of its lines goes into the batch, which the other dossiers' lines
 * still make, offerable.
 */
record BatchLines(List<RunLine> lines, List<ChunkResult.Refusal> refusals, List<PaymentLine> payable) {

    BatchLines {
        lines = List.copyOf(lines);
        refusals = List.copyOf(refusals);
        payable = List.copyOf(payable);
    }

    static BatchLines of(String tenantCode, List<RunLine> calculated, List<ReturnedPayment> returned) {
        List<RunLine> all = new ArrayList<>(calculated);
        Map<String, List<Fout>> refused = new LinkedHashMap<>();
        for (ReturnedPayment payment : returned) {
            try {
                Repayment.of(payment).ifPresent(all::add);
            } catch (RuntimeException e) {
                refused.computeIfAbsent(payment.dossierId(), id -> new ArrayList<>()).add(new Fout("", "HERBETALING_MISLUKT",
                        "Herbetaling van een teruggeboekte betaling (" + payment.soort() + " " + payment.periode()
                                + ") kon niet worden opgesteld (" + e.getClass().getSimpleName() + ")"));
            }
        }
        for (RunLine line : all) {
            if (line.skip() == null) {
                List<Fout> problems = PaymentLineCheck.problems(tenantCode, line.line());
                if (!problems.isEmpty()) {
                    refused.computeIfAbsent(line.line().dossierId(), id -> new ArrayList<>()).addAll(problems);
                }
            }
        }
        List<PaymentLine> payable = new ArrayList<>(all.size());
        for (RunLine line : all) {
            if (line.skip() == null && !refused.containsKey(line.line().dossierId())) {
                payable.add(line.line());
            }
        }
        List<ChunkResult.Refusal> refusals = new ArrayList<>(refused.size());
        refused.forEach((dossierId, fouten) -> refusals.add(new ChunkResult.Refusal(dossierId,
                ChunkCalculation.foutenJson(fouten.stream().map(f -> new Fout(f.veld(), f.code(),
                        "Batch: " + f.melding())).toList()))));
        return new BatchLines(all, refusals, payable);
    }
}
