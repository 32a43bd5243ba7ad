package nl.gbi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.gbi.EngineConfig;
import nl.gbi.TestEngine;
import nl.gbi.batches.Batch;
import nl.gbi.batches.BatchFixtures;
import nl.gbi.batches.ContentHash;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch split over several files (GM0014 set to two transactions per file): one approval covers all files. */
class MultiFileBatchTest {

    @TempDir
    static Path dir;
    static TestEngine engine;

    @BeforeAll
    static void start() throws IOException {
        Path tenants = Files.createDirectories(dir.resolve("tenants"));
        try (Stream<Path> files = Files.list(Path.of("tenants"))) {
            for (Path file : files.toList()) {
                String json = Files.readString(file);
                if (file.getFileName().toString().equals("GM0014.json")) {
                    json = json.replace("\"maxTransactionsPerFile\": 10000", "\"maxTransactionsPerFile\": 2");
                }
                Files.writeString(tenants.resolve(file.getFileName()), json);
            }
        }
        engine = TestEngine.start(EngineConfig.defaults(Map.of()).withPort(0).withDataDir(dir.resolve("engine"))
                .withTenantsDir(tenants).withBetaalrun(TestEngine.COLD));
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void everyFileIsServedWithItsOwnHashAndTheApprovalCoversThemAll() {
        String starterId = engine.issue("GM0014", "finance-officer", "Starter").get("id").textValue();
        String officer = engine.token("GM0014", "finance-officer");
        Batch batch = engine.createBatch(BatchFixtures.batch("GM0014", starterId, BatchFixtures.lines("MULTI", 5, 1_000)));
        JsonNode detail = TestEngine.json(engine.get("/api/v1/batches/" + batch.id(), officer));
        assertEquals(3, detail.get("bestanden").size());
        List<byte[]> fileHashes = new ArrayList<>();
        detail.get("bestanden").forEach(f -> fileHashes.add(HexFormat.of().parseHex(f.get("sha256").textValue())));
        assertEquals(ContentHash.hex(ContentHash.ofFiles(fileHashes)), detail.get("sha256").textValue());
        String shown = "{\"sha256\":\"" + detail.get("sha256").textValue() + "\",\"aantal\":5,\"totaal\":50.00}";
        assertEquals(201, engine.approve(batch.id(), officer, shown).statusCode());
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> file = engine.get("/api/v1/batches/" + batch.id() + "/pain001?file=" + i, officer);
            assertEquals(200, file.statusCode(), file.body());
            String hash = ContentHash.hex(ContentHash.sha256(file.body().getBytes(StandardCharsets.UTF_8)));
            assertEquals(detail.get("bestanden").get(i).get("sha256").textValue(), hash);
            assertEquals(hash, file.headers().firstValue("X-Content-SHA256").orElseThrow());
        }
        assertEquals(404, engine.get("/api/v1/batches/" + batch.id() + "/pain001?file=3", officer).statusCode());
    }
}
