package nl.gbi.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import nl.gbi.audit.AuditEntry;
import nl.gbi.batches.Approval;
import nl.gbi.batches.Batch;
import nl.gbi.batches.BatchFile;
import nl.gbi.batches.Batches;
import nl.gbi.batches.ContentHash;
import nl.gbi.batches.KindTotal;
import nl.gbi.batches.PaymentView;
import nl.gbi.json.BankText;
import nl.gbi.json.Json;
import nl.gbi.json.Problems;
import nl.gbi.rails.RailFinding;

/** The JSON of batches, payments and the audit trail; amounts are euros with two decimals. */
final class BatchJson {

    private BatchJson() {
    }

    static ObjectNode summary(Batch batch) {
        ObjectNode node = Json.MAPPER.createObjectNode()
                .put("id", batch.id())
                .put("tenant", batch.tenantId())
                .put("status", batch.state().name())
                .put("uitvoerdatum", batch.executionDate().toString())
                .put("gewensteUitvoerdatum", (batch.executionDateMoved() ? batch.wantedExecutionDate()
                        : batch.executionDate()).toString())
                .put("uitvoerdatumVerschoven", batch.executionDateMoved())
                .put("aantal", batch.nbOfTxs())
                .put("totaal", batch.ctrlSum().toEuros())
                .put("goedkeuringenNodig", batch.approvalsNeeded())
                .put("aangemaaktOp", batch.createdAt().toString());
        node.put("runId", batch.runId());
        return node;
    }

    static ObjectNode detail(Batch batch) {
        ObjectNode node = summary(batch);
        node.put("sha256", batch.contentSha256().map(ContentHash::hex).orElse(null));
        node.put("bestandOngewijzigd", batch.filesIntact());
        node.put("gestartDoor", batch.startedBy());
        node.put("afgewezenDoor", batch.decidedBy());
        node.put("reden", batch.reason());
        node.put("geldigeGoedkeuringen", batch.validApprovals());
        ArrayNode approvals = node.putArray("goedkeuringen");
        for (Approval approval : batch.approvals()) {
            approvals.addObject().put("tokenId", approval.tokenId()).put("naam", approval.naam())
                    .put("persoon", approval.persoon())
                    .put("op", approval.approvedAt().toString()).put("sha256", ContentHash.hex(approval.contentSha256()))
                    .put("aantal", approval.nbOfTxs()).put("totaal", approval.ctrlSum().toEuros())
                    .put("geldig", batch.stillValid(approval));
        }
        ArrayNode files = node.putArray("bestanden");
        for (BatchFile file : batch.files()) {
            ObjectNode f = files.addObject().put("index", file.fileIndex()).put("msgId", file.msgId())
                    .put("sha256", ContentHash.hex(file.storedSha256())).put("ongewijzigd", file.intact())
                    .put("aantal", file.nbOfTxs()).put("totaal", file.ctrlSum().toEuros());
            f.set("bevindingen", Problems.fouten(file.findings()));
        }
        node.set("perSoort", totals(batch.perSoort()));
        node.set("perStatus", totals(batch.perState()));
        node.set("bevindingen", Problems.fouten(batch.findings()));
        return node;
    }

    /** The detail with what the safety rails found ({@code vangrails}: checked, previous batch, findings). */
    static ObjectNode detail(Batch batch, Batches.Rails rails) {
        ObjectNode node = detail(batch);
        ObjectNode r = node.putObject("vangrails").put("gecontroleerd", rails.checked());
        r.put("vorigeBatch", rails.previousBatchId().orElse(null));
        ArrayNode findings = r.putArray("bevindingen");
        for (RailFinding finding : rails.findings()) {
            findings.addObject().put("code", finding.code()).put("melding", finding.melding())
                    .put("blokkerend", finding.blocking());
        }
        return node;
    }

    private static ArrayNode totals(List<KindTotal> totals) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        totals.forEach(t -> array.addObject().put("soort", t.kind()).put("aantal", t.count()).put("totaal", t.total().toEuros()));
        return array;
    }

    static ObjectNode payment(PaymentView p) {
        ObjectNode node = Json.MAPPER.createObjectNode().put("seq", p.seq()).put("endToEndId", p.endToEndId())
                .put("dossierId", p.dossierId()).put("periode", p.periode().toString()).put("soort", p.soort().name())
                .put("bedrag", p.amount().toEuros()).put("iban", p.creditorIbanMasked()).put("naam", p.creditorName())
                .put("status", p.state());
        node.put("redencode", p.reasonCode());
        BankText.name(p.creditorName()).ifPresent(bank -> node.put("naamVoorBank", bank));
        return node;
    }

    static ObjectNode audit(AuditEntry e) {
        return Json.MAPPER.createObjectNode().put("seq", e.seq()).put("tijd", e.at().toString()).put("actor", e.actor())
                .put("actorNaam", e.actorNaam()).put("persoon", e.persoon()).put("actie", e.action()).put("onderwerp", e.subject())
                .put("details", e.details()).put("vorigeHash", ContentHash.hex(e.prevHash()))
                .put("hash", ContentHash.hex(e.hash()));
    }
}
