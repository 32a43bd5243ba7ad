package nl.gbi.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.gbi.domain.Money;
import nl.gbi.json.Json;
import nl.gbi.runs.RunStatus;

/** Betaalruns as JSON: the list of recent runs, and a run's status and report (progress per tenant, counts and totals per payment kind). */
final class BetaalrunJson {

    private BetaalrunJson() {
    }

    static ObjectNode status(RunStatus status) {
        ObjectNode body = summary(status.run());
        Map<String, RunStatus.Total> paid = new TreeMap<>();
        Map<String, RunStatus.Total> skipped = new TreeMap<>();
        Map<String, RunStatus.Total> corrected = new TreeMap<>();
        long calculated = 0;
        long refused = 0;
        ArrayNode tenants = body.putArray("gemeenten");
        for (RunStatus.TenantProgress tenant : status.tenants()) {
            tenants.add(tenant(tenant));
            tenant.paid().forEach((kind, total) -> paid.merge(kind, total, BetaalrunJson::plus));
            tenant.skipped().forEach((kind, total) -> skipped.merge(kind, total, BetaalrunJson::plus));
            tenant.corrected().forEach((kind, total) -> corrected.merge(kind, total, BetaalrunJson::plus));
            calculated += tenant.calculated();
            refused += tenant.refusedCount();
        }
        ObjectNode report = body.putObject("rapport").put("berekend", calculated).put("geweigerd", refused);
        report.set("betalingen", totals(paid));
        report.set("overgeslagen", totals(skipped));
        report.set("herberekeningen", totals(corrected));
        return body;
    }

    /**
     * A completed run's report with the afstemming of its period ({@code afstemming}: per tenant the months up
     * to the period that do not balance, and their total; 0 everywhere after a clean run).
     */
    static ObjectNode withAfstemming(ObjectNode body, Map<String, Long> counts) {
        ObjectNode afstemming = body.putObject("afstemming");
        long total = 0;
        ObjectNode perTenant = afstemming.putObject("perGemeente");
        for (Map.Entry<String, Long> count : new TreeMap<>(counts).entrySet()) {
            perTenant.put(count.getKey(), count.getValue());
            total += count.getValue();
        }
        afstemming.put("afwijkingen", total);
        return body;
    }

    /**
     * The latest runs: {@code {runs: [{id, periode, status, gestartOp, klaarOp}]}}, the head of {@link #status}. Only
     * platform facts: who started a run and anything of a tenant stay out.
     */
    static ObjectNode runs(List<RunStatus.Run> runs) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        ArrayNode items = body.putArray("runs");
        runs.forEach(run -> items.add(summary(run)));
        return body;
    }

    private static ObjectNode summary(RunStatus.Run run) {
        return Json.MAPPER.createObjectNode().put("id", run.id()).put("periode", run.periode().toString())
                .put("status", run.status()).put("gestartOp", run.startedAt().toString())
                .put("klaarOp", run.finishedAt() == null ? null : run.finishedAt().toString());
    }

    private static ObjectNode tenant(RunStatus.TenantProgress tenant) {
        ObjectNode node = Json.MAPPER.createObjectNode().put("gemeente", tenant.tenantId())
                .put("chunksKlaar", tenant.chunksDone()).put("chunksTotaal", tenant.chunksTotal())
                .put("dossiers", tenant.dossiersTotal()).put("berekend", tenant.calculated())
                .put("geweigerd", tenant.refusedCount()).put("batchKlaar", tenant.batchDone());
        if (tenant.batchId() == null) {
            node.putNull("batchId");
        } else {
            node.put("batchId", tenant.batchId());
        }
        ArrayNode batches = node.putArray("batches");
        for (RunStatus.RunBatch batch : tenant.batches()) {
            batches.addObject().put("batchId", batch.batchId()).put("deel", batch.part())
                    .put("aantal", batch.total().count()).put("totaal", Money.ofCents(batch.total().cents()).toEuros());
        }
        node.set("betalingen", totals(new TreeMap<>(tenant.paid())));
        node.set("overgeslagen", totals(new TreeMap<>(tenant.skipped())));
        node.set("herberekeningen", totals(new TreeMap<>(tenant.corrected())));
        ArrayNode refusals = node.putArray("weigeringen");
        for (RunStatus.Refused refusal : tenant.refused()) {
            ObjectNode item = refusals.addObject().put("dossierId", refusal.dossierId());
            try {
                item.set("fouten", Json.MAPPER.readTree(refusal.foutenJson()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored fouten are not JSON", e);
            }
        }
        return node;
    }

    private static ObjectNode totals(Map<String, RunStatus.Total> totals) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        totals.forEach((kind, total) -> node.putObject(kind).put("aantal", total.count())
                .put("totaal", Money.ofCents(total.cents()).toEuros()));
        return node;
    }

    private static RunStatus.Total plus(RunStatus.Total a, RunStatus.Total b) {
        return new RunStatus.Total(a.count() + b.count(), a.cents() + b.cents());
    }
}
