package nl.gbi.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.gbi.batches.ContentHash;
import nl.gbi.json.Json;
import nl.gbi.sepa.pain001.Pain001Check;

/**
 * One tenant's batch, as two finance officers handle it: both approve what they are shown (hash, count,
 * total), one downloads each pain.001, checks the bytes against the announced SHA-256, validates them again
 * (XSD and SEPA rules) and writes them to the output directory. One tenant's batch is left awaiting approval.
 */
final class DemoExport {

    /** What the demo reports per tenant; {@code awaiting} is the id of a batch left for the web page. */
    record Row(String tenant, int payments, String total, int files, String sha256, boolean valid, Long awaiting) {

        static Row exported(String tenant, int payments, String total, int files, String sha256, boolean valid) {
            return new Row(tenant, payments, total, files, sha256, valid, null);
        }
    }

    private final DemoClient client;
    private final Path outDir;

    DemoExport(DemoClient client, Path outDir) {
        this.client = client;
        this.outDir = outDir;
    }

    Row approveAndExport(String tenant, long batchId, List<String> officers) throws IOException, InterruptedException {
        String path = "/api/v1/batches/" + batchId;
        JsonNode batch = client.get(path, officers.get(0));
        ObjectNode approval = Json.MAPPER.createObjectNode().put("sha256", batch.get("sha256").textValue())
                .put("aantal", batch.get("aantal").intValue());
        approval.set("totaal", batch.get("totaal"));
        // the demo's officers acknowledge what the safety rails found (docs/approval.md): in the demo the month is an
        // old one, so its execution date moved, and there is no earlier batch to compare with
        ObjectNode acknowledged = approval.putObject("bevindingen");
        for (JsonNode finding : batch.path("vangrails").path("bevindingen")) {
            acknowledged.put(finding.get("code").textValue(), "demo: gezien");
        }
        String shown = approval.toString();
        for (String officer : officers) {
            if (!"APPROVED".equals(client.get(path, officer).get("status").textValue())) {
                client.post(path + "/approvals", officer, "application/json", shown, null);
            }
        }
        Files.createDirectories(outDir);
        boolean valid = true;
        List<String> hashes = new ArrayList<>();
        for (JsonNode file : batch.get("bestanden")) {
            DemoClient.Download download = client.download(path + "/pain001?file=" + file.get("index").intValue(), officers.get(0));
            String actual = ContentHash.hex(ContentHash.sha256(download.bytes()));
            valid &= actual.equals(download.announcedSha256()) && Pain001Check.check(download.bytes()).offerable();
            hashes.add(actual);
            Files.write(outDir.resolve(file.get("msgId").textValue().replace('/', '_') + ".xml"), download.bytes());
        }
        return Row.exported(tenant, batch.get("aantal").intValue(), batch.get("totaal").decimalValue().toPlainString(),
                hashes.size(), String.join(",", hashes), valid);
    }

    /**
     * Leaves the batch awaiting approval, so that an officer has something to approve on the web page. Its files
     * were checked (XSD and SEPA rules) when the engine made the batch; they are downloaded only once approved.
     */
    Row leaveAwaitingApproval(String tenant, long batchId, String officer) throws IOException, InterruptedException {
        JsonNode batch = client.get("/api/v1/batches/" + batchId, officer);
        return new Row(tenant, batch.get("aantal").intValue(), batch.get("totaal").decimalValue().toPlainString(),
                batch.get("bestanden").size(), "(awaiting approval: batch " + batchId + ", "
                        + batch.get("goedkeuringenNodig").intValue() + " approval(s) needed)",
                "AWAITING_APPROVAL".equals(batch.get("status").textValue()), batchId);
    }
}
