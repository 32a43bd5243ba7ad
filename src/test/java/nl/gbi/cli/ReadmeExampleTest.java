package nl.gbi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gbi.TestEngine;
import nl.gbi.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newcomer's first hour: the README's curl example, taken from README.md as it stands and run by bash and curl
 * against a real engine, exactly as written but for the port. The example file it posts is accepted whole.
 */
class ReadmeExampleTest {

    private static final Path CURL = Path.of("/usr/bin/curl");
    private static final Pattern BLOCK = Pattern.compile("```\\n(ADMIN=\\$\\(cat data/admin-token\\)\\n.*?)```", Pattern.DOTALL);

    @Test
    void theReadmesCurlExampleIsAcceptedWithNothingRefused(@TempDir Path dir) throws Exception {
        assertTrue(Files.isExecutable(CURL), "this test runs the README's curl example: apt-get install -y curl");
        Matcher block = BLOCK.matcher(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
        assertTrue(block.find(), "README.md has the curl example starting with ADMIN=$(cat data/admin-token)");
        String script = block.group(1);
        assertTrue(script.contains("@docs/examples/berekeningen.ndjson"), script);
        Path example = Path.of("docs/examples/berekeningen.ndjson");
        long records = Files.readAllLines(example).stream().filter(line -> !line.isBlank()).count();
        // The README is run from the repository's top: data/ is the engine's, docs/ the repository's.
        Files.createSymbolicLink(dir.resolve("docs"), Path.of("docs").toAbsolutePath());
        try (TestEngine engine = TestEngine.start(dir.resolve("data"))) {
            String answer = bash(dir, script.replace("localhost:8080", "localhost:" + engine.port()));
            JsonNode json = Json.MAPPER.readTree(answer);
            assertEquals(records, json.get("ontvangen").asLong(), answer);
            assertEquals(records, json.get("geaccepteerd").asLong(), answer);
            assertEquals(0, json.get("afgewezen").size(), "afgewezen: " + answer);
            assertTrue(answer.strip().equals("{\"ontvangen\":3,\"geaccepteerd\":3,\"afgewezen\":[]}"),
                    "the answer the README shows: " + answer);
        }
    }

    private static String bash(Path dir, String script) throws Exception {
        Process bash = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(60, TimeUnit.SECONDS), "the README's example did not finish");
        assertEquals(0, bash.exitValue(), "the README's example failed: " + out);
        return out;
    }
}
