package nl.gbi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import nl.gbi.TestDatabase;
import nl.gbi.TestEngine;
import nl.gbi.json.Json;
import nl.gbi.json.SampleBerekeningen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes intake through the real HTTP API on loopback: random bytes, random JSON and hostile Unicode (control
 * characters, lone surrogates, bidi controls, combining floods, very long strings, huge numbers, deep
 * nesting) in every field of a valid berekening. Every request also carries one valid companion record.
 * Never a 500 or a hang; a refused request is problem+json and stores nothing (not even the companion); a
 * refused record stores nothing while the companion is stored; an accepted record reads back exactly as sent.
 * Seeded ({@code -Dgbi.fuzz.seed=…}) and bounded; the seed and case are in every failure message.
 */
class IntakeFuzzApiTest {

    private static final long SEED = Long.getLong("gbi.fuzz.seed", 20261203L);
    private static final int MUTATIONS = 220;
    private static final int RANDOM_JSON = 50;
    private static final int RANDOM_BYTES = 40;
    /** Writes every non-ASCII character as an escape, so lone surrogates reach the engine as they are. */
    private static final ObjectMapper ESCAPING = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();
    private static final String[] HOSTILE = {"\u0000", "\u0001", "\t", "\n", "\r", "\u001B", "\u007F", "\u0085",
        "\u009F", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\u200E", "\u200F", "\u202A", "\u202E", "\u2066", "\u2069",
        "\uFEFF", "\u00A0", "\u200D", "\uFFFF", "\uFFFE", "\u0301", "😀", "☺", "???", "\\", "\"", "'", "<script>",
        "%00", "' OR 1=1 --", "${jndi:ldap://127.0.0.1/x}", "王小明", "Иван", "Ελένη", "محمد", "ß", "Ĳ", "&", "é"};

    @TempDir
    static Path dir;
    static TestDatabase db;
    static TestEngine engine;
    static String submitter;

    private final Random random = new Random(SEED);
    private final List<String> paths = new ArrayList<>();
    private int caseNo;

    @BeforeAll
    static void start() {
        db = TestDatabase.start(dir.resolve("db"));
        engine = TestEngine.start(db.engineConfig(dir.resolve("engine")));
        submitter = engine.token("GM0014", "submitter");
    }

    @AfterAll
    static void stop() {
        engine.close();
        db.close();
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void intakeNeverFailsInternallyAndStoresNothingRefused() {
        collect(SampleBerekeningen.example(), "", paths);
        for (int i = 0; i < MUTATIONS; i++) {
            ObjectNode record = SampleBerekeningen.example("FZ-" + i, "2025-07");
            String path = paths.get(random.nextInt(paths.size()));
            replace(record, path, random.nextInt(4) == 0 ? randomJson(0) : Json.MAPPER.getNodeFactory().textNode(hostileText()));
            submitWithCompanion(record, path);
        }
        for (int i = 0; i < RANDOM_JSON; i++) {
            submitWithCompanion(randomJson(0), "random JSON");
        }
        for (int i = 0; i < RANDOM_BYTES; i++) {
            randomBytes();
        }
    }

    /** One request: the fuzzed record and a valid companion, in a random framing and encoding. */
    private void submitWithCompanion(JsonNode fuzzed, String what) {
        caseNo++;
        String companionId = "FZOK-" + caseNo;
        ObjectNode companion = SampleBerekeningen.example(companionId, "2025-07");
        boolean ndjson = random.nextBoolean();
        boolean escaped = random.nextBoolean();
        String body;
        try {
            ObjectMapper writer = escaped ? ESCAPING : Json.MAPPER;
            body = ndjson ? writer.writeValueAsString(fuzzed) + "\n" + writer.writeValueAsString(companion) + "\n"
                    : writer.writeValueAsString(Json.MAPPER.createArrayNode().add(fuzzed).add(companion));
        } catch (Exception e) {
            throw new AssertionError(context(what) + ": the test could not write its body", e);
        }
        long before = stored();
        HttpResponse<String> response = post(body.getBytes(StandardCharsets.UTF_8), ndjson);
        String where = context(what) + " ndjson=" + ndjson + " escaped=" + escaped + " -> " + abbreviate(response.body());
        assertNoInternalFailure(response, where);
        if (response.statusCode() != 200) {
            assertEquals(before, stored(), where + ": a refused request stored something");
            assertEquals(404, engine.get("/api/v1/berekeningen/" + companionId + "/2025-07", submitter).statusCode(), where);
            return;
        }
        JsonNode answer = TestEngine.json(response);
        assertEquals(2, answer.get("ontvangen").intValue(), where);
        ArrayNode afgewezen = (ArrayNode) answer.get("afgewezen");
        assertEquals(2, answer.get("geaccepteerd").intValue() + afgewezen.size(), where);
        assertEquals(before + answer.get("geaccepteerd").intValue(), stored(), where + ": stored other than accepted");
        for (JsonNode refused : afgewezen) {
            assertEquals(0, refused.get("index").intValue(), where + ": the companion was refused");
            assertTrue(refused.get("fouten").size() > 0, where);
            refused.get("fouten").forEach(f -> assertTrue(f.get("veld").isTextual() && f.get("code").isTextual(), where));
        }
        assertStoredAsSent(companion, where);
        if (afgewezen.isEmpty()) {
            assertStoredAsSent(fuzzed, where);
        }
    }

    /** Random bytes as a whole body, and random bytes after a valid record: a 4xx that stores nothing. */
    private void randomBytes() {
        caseNo++;
        byte[] noise = new byte[random.nextInt(2_000)];
        random.nextBytes(noise);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        boolean afterRecord = random.nextBoolean();
        if (afterRecord) {
            body.writeBytes(("[" + SampleBerekeningen.example("FZB-" + caseNo, "2025-07") + ",\"").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(noise);
        long before = stored();
        boolean ndjson = random.nextBoolean();
        HttpResponse<String> response = post(body.toByteArray(), ndjson);
        String where = context("random bytes afterRecord=" + afterRecord) + " ndjson=" + ndjson + " -> " + abbreviate(response.body());
        assertNoInternalFailure(response, where);
        if (afterRecord && !ndjson) {
            assertTrue(response.statusCode() >= 400, where + ": an array cut off in noise is not a complete body");
        }
        if (response.statusCode() != 200) {
            assertEquals(before, stored(), where + ": a refused request stored something");
        } else {
            assertEquals(before + TestEngine.json(response).get("geaccepteerd").intValue(), stored(), where);
        }
    }

    private void assertNoInternalFailure(HttpResponse<String> response, String where) {
        int status = response.statusCode();
        if (status >= 500 || (status != 200 && status != 400 && status != 413 && status != 415)) {
            fail(where + ": status " + status);
        }
        if (status != 200) {
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""), where);
            JsonNode problem = TestEngine.json(response);
            assertEquals(status, problem.get("status").intValue(), where);
            assertTrue(problem.get("detail").isTextual(), where);
        }
    }

    private void assertStoredAsSent(JsonNode record, String where) {
        String id = record.get("dossierId").textValue();
        HttpResponse<String> read = engine.get("/api/v1/berekeningen/" + java.net.URLEncoder.encode(id, StandardCharsets.UTF_8)
                + "/" + record.get("periode").textValue(), submitter);
        assertEquals(200, read.statusCode(), where + ": accepted " + id + " but cannot read it back");
        assertEquals(record, TestEngine.json(read).get("input"), where + ": stored input differs from what was sent");
    }

    private HttpResponse<String> post(byte[] body, boolean ndjson) {
        HttpRequest.Builder request = engine.request("/api/v1/berekeningen", submitter).timeout(Duration.ofSeconds(20))
                .header("Content-Type", ndjson ? "application/x-ndjson" : "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return TestEngine.send(request);
    }

    private long stored() {
        return db.count("SELECT count(*) FROM berekeningen");
    }

    private String hostileText() {
        int kind = random.nextInt(10);
        int length = switch (kind) {
            case 0 -> 10_000 + random.nextInt(5_000);
            case 1 -> 100_001;
            case 2 -> 69 + random.nextInt(4);
            default -> 1 + random.nextInt(40);
        };
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            int pick = random.nextInt(3);
            if (pick == 0) {
                text.append(HOSTILE[random.nextInt(HOSTILE.length)]);
            } else if (pick == 1) {
                text.append((char) ('a' + random.nextInt(26)));
            } else {
                text.append((char) random.nextInt(0x10000));
            }
        }
        return text.substring(0, length);
    }

    /** A random JSON value; deeper than the engine's nesting limit now and then. */
    private JsonNode randomJson(int depth) {
        JsonNodeFactory nodes = Json.MAPPER.getNodeFactory();
        int kind = random.nextInt(depth > 45 ? 6 : 9);
        return switch (kind) {
            case 0 -> nodes.nullNode();
            case 1 -> nodes.booleanNode(random.nextBoolean());
            case 2 -> nodes.numberNode(new BigDecimal(random.nextBoolean() ? "1e2147483647" : "-1e-2147483647"));
            case 3 -> nodes.numberNode(new BigInteger(130, random));
            case 4 -> nodes.numberNode(new BigDecimal(BigInteger.valueOf(random.nextLong()), random.nextInt(40) - 20));
            case 5 -> nodes.textNode(hostileText());
            case 6, 7 -> {
                ObjectNode object = nodes.objectNode();
                int fields = random.nextInt(4);
                for (int i = 0; i < fields; i++) {
                    object.set(random.nextBoolean() ? paths.get(random.nextInt(paths.size())).replaceAll("[.\\[].*", "")
                            : hostileText().substring(0, 1), randomJson(depth + 1 + random.nextInt(8)));
                }
                yield object;
            }
            default -> {
                ArrayNode array = nodes.arrayNode();
                int items = random.nextInt(3);
                for (int i = 0; i < items; i++) {
                    array.add(randomJson(depth + 1 + random.nextInt(8)));
                }
                yield array;
            }
        };
    }

    private static void collect(JsonNode node, String path, List<String> paths) {
        if (node.isValueNode() || node.isNull()) {
            paths.add(path);
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                collect(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), paths);
            }
        } else {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", paths);
            }
        }
    }

    /** Replaces the value at a path such as {@code inhoudingen[0].begunstigde.naam}. */
    private static void replace(ObjectNode root, String path, JsonNode value) {
        String[] steps = path.split("\\.");
        JsonNode parent = root;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = step(parent, steps[i]);
        }
        String last = steps[steps.length - 1];
        if (last.endsWith("]")) {
            ((ArrayNode) step(parent, last.substring(0, last.indexOf('[')))).set(index(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    private static JsonNode step(JsonNode node, String step) {
        return step.endsWith("]") ? node.get(step.substring(0, step.indexOf('['))).get(index(step)) : node.get(step);
    }

    private static int index(String step) {
        return Integer.parseInt(step.substring(step.indexOf('[') + 1, step.length() - 1));
    }

    private String context(String what) {
        return "seed " + SEED + " (rerun with -Dgbi.fuzz.seed=" + SEED + ") case " + caseNo + " [" + what + "]";
    }

    private static String abbreviate(String body) {
        return body.length() > 400 ? body.substring(0, 400) + "…" : body;
    }
}
