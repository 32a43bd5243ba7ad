package nl.gbi.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import nl.gbi.json.Json;
import nl.gbi.runs.RunStatus;

/**
 * The run list as JSON: {@code {runs: [{id, periode, status, gestartOp, klaarOp}]}}, the same names as the head of
 * {@link BetaalrunJson#status}. Only platform facts: who started a run and anything of a tenant stay out.
 */
final class BetaalrunListJson {

    private BetaalrunListJson() {
    }

    static ObjectNode runs(List<RunStatus.Run> runs) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        ArrayNode items = body.putArray("runs");
        runs.forEach(run -> items.add(summary(run)));
        return body;
    }

    static ObjectNode summary(RunStatus.Run run) {
        return Json.MAPPER.createObjectNode().put("id", run.id()).put("periode", run.periode().toString())
                .put("status", run.status()).put("gestartOp", run.startedAt().toString())
                .put("klaarOp", run.finishedAt() == null ? null : run.finishedAt().toString());
    }
}
