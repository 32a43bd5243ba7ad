package nl.gbi.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import nl.gbi.access.Caller;
import nl.gbi.access.Role;
import nl.gbi.batches.BankReports;
import nl.gbi.batches.ReportOutcome;
import nl.gbi.json.Json;

/** {@code POST /api/v1/batches/{id}/status-reports} (pain.002) and {@code POST /api/v1/returns} (camt.053/054). */
final class BankReportRoutes {

    private final BankReports reports;

    BankReportRoutes(BankReports reports) {
        this.reports = reports;
    }

    void mount(Router router) {
        router.post("/api/v1/batches/:id/status-reports").handler(this::statusReport);
        router.post("/api/v1/returns").handler(this::returns);
    }

    private void statusReport(RoutingContext ctx) {
        Caller caller = Authentication.require(ctx, Role.FINANCE_OFFICER, Role.OPS);
        long id = BatchRoutes.id(ctx);
        UploadBody.readXml(ctx.request(), BankReports.FILE_BYTES_MAX)
                .compose(xml -> reports.applyStatusReport(caller, id, xml))
                .onSuccess(outcome -> BatchRoutes.json(ctx, 200, toJson(outcome)))
                .onFailure(ctx::fail);
    }

    private void returns(RoutingContext ctx) {
        Caller caller = Authentication.require(ctx, Role.FINANCE_OFFICER, Role.OPS);
        UploadBody.readXml(ctx.request(), BankReports.FILE_BYTES_MAX)
                .compose(xml -> reports.applyReturns(caller, xml))
                .onSuccess(outcome -> BatchRoutes.json(ctx, 200, toJson(outcome)))
                .onFailure(ctx::fail);
    }

    private static ObjectNode toJson(ReportOutcome outcome) {
        ObjectNode node = Json.MAPPER.createObjectNode().put("bericht", outcome.messageId())
                .put("gewijzigd", outcome.changes().size()).put("ongewijzigd", outcome.unchanged());
        ArrayNode changes = node.putArray("wijzigingen");
        for (ReportOutcome.Change change : outcome.changes()) {
            ObjectNode c = changes.addObject().put("endToEndId", change.payment().endToEndId())
                    .put("status", change.transition().next().name());
            c.put("redencode", change.transition().reasonCode());
            c.put("actie", change.transition().action() == null ? null : change.transition().action().name());
        }
        ArrayNode conflicts = node.putArray("conflicten");
        outcome.conflicts().forEach(n -> conflicts.addObject().put("endToEndId", n.endToEndId()).put("reden", n.why()));
        return node;
    }
}
