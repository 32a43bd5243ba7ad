package nl.gbi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.gbi.json.Json;
import nl.gbi.json.SampleBerekeningen;
import org.junit.jupiter.api.Test;

/** The calc command end to end on in-memory streams: stdin JSON in, one line per berekening out, exit codes. */
class CalcCommandTest {

    /** The contract's example input: a 70-year-old medebewoner makes it a kostendelersnorm (A = 2, B = 1.955,80). */
    static final String CONTRACT_EXAMPLE = SampleBerekeningen.EXAMPLE;

    @Test
    void calculatesThePrettyPrintedContractExample() throws Exception {
        Run run = run(CONTRACT_EXAMPLE);
        assertEquals(0, run.exit, run.err);
        assertEquals(1, run.lines.size());
        JsonNode result = run.lines.get(0);
        assertEquals("GM0014-0000123", result.get("dossierId").asText());
        assertEquals(new BigDecimal("977.90"), result.get("norm").get("bedrag").decimalValue());
        assertEquals(2, result.get("norm").get("kostendelers").asInt());
        assertEquals("293.37", result.get("verlaging").toString());
        assertEquals("337.50", result.get("inkomstenKorting").toString());
        assertEquals("112.50", result.get("vrijlating").toString());
        assertEquals("347.03", result.get("uitkeringInclVakantiegeld").toString());
        assertEquals("17.35", result.get("vakantiegeldReservering").toString());
        assertEquals("329.68", result.get("uitkeringExclVakantiegeld").toString());
        assertEquals(1, result.get("betalingen").size());
        assertEquals("DERDENBETALING", result.get("betalingen").get(0).get("soort").asText());
        assertEquals("329.68", result.get("betalingen").get(0).get("bedrag").toString());
        assertTrue(result.get("regels").toString().contains("\"code\":\"NIET_BETAALD\""), result.get("regels").toString());
    }

    @Test
    void writesOneLinePerNdjsonLineAndExits2WhenAnyFailed() throws Exception {
        String valid = oneLine(SampleBerekeningen.example());
        String ioaw = oneLine(SampleBerekeningen.example().put("regeling", "IOAW"));
        ObjectNode tooLongVrijlating = SampleBerekeningen.example();
        ((ObjectNode) tooLongVrijlating.get("inkomsten").get(0)).put("vrijlatingSinds", "2025-01");
        String tooLong = oneLine(tooLongVrijlating);
        Run run = run(valid + "\n{not json\n\n" + ioaw + "\n" + tooLong + "\n");
        assertEquals(2, run.exit, run.err);
        assertEquals(4, run.lines.size(), run.raw);
        assertEquals("GM0014-0000123", run.lines.get(0).get("dossierId").asText());
        assertEquals("ONGELDIGE_JSON", code(run.lines.get(1)));
        assertEquals(400, run.lines.get(1).get("status").asInt());
        assertEquals("REGELING_NIET_ONDERSTEUND", code(run.lines.get(2)));
        assertEquals("VRIJLATING_DUUR_OVERSCHREDEN", code(run.lines.get(3)));
        assertEquals("inkomsten[0].vrijlatingSinds", run.lines.get(3).get("fouten").get(0).get("veld").asText());
        assertEquals("GM0014-0000123", run.lines.get(3).get("dossierId").asText());
    }

    @Test
    void takesTheVerlagingRulesFromTheTenant() throws Exception {
        ObjectNode twentyPercent = SampleBerekeningen.example();
        ((ObjectNode) twentyPercent.get("verlaging")).put("percentage", 20);
        String twenty = oneLine(twentyPercent);
        assertEquals(0, run(twenty).exit);
        Run groningen = run(twenty, "--tenant", "GM0014", "--tenants", "tenants");
        assertEquals(2, groningen.exit);
        assertEquals("VERLAGING_PERCENTAGE_NIET_TOEGESTAAN", code(groningen.lines.get(0)));
        Run emmen = run(twenty, "--tenant", "GM0114");
        assertEquals(0, emmen.exit, emmen.err);
        assertEquals("185.80", emmen.lines.get(0).get("verlaging").toString());
    }

    @Test
    void refusesBadArgumentsAndUnknownTenants() throws Exception {
        assertEquals(2, run(CONTRACT_EXAMPLE, "--tenant", "GM9999").exit);
        assertEquals(2, run(CONTRACT_EXAMPLE, "--tenant").exit);
        Run fast = run(CONTRACT_EXAMPLE, "--fast");
        assertEquals(2, fast.exit);
        assertEquals("", fast.raw, "nothing calculated on a usage error");
        assertTrue(fast.err.contains("unknown argument --fast") && fast.err.contains("usage:"), fast.err);
        assertEquals(3, run(CONTRACT_EXAMPLE, "--tenant", "GM0014", "--tenants", "no-such-dir").exit);
        Run help = run(CONTRACT_EXAMPLE, "--help");
        assertEquals(0, help.exit);
        assertTrue(help.raw.startsWith("usage:") && help.raw.contains("Exit codes:"), help.raw);
    }

    @Test
    void writesNothingForEmptyInput() throws Exception {
        Run run = run("\n\n");
        assertEquals(0, run.exit);
        assertEquals("", run.raw);
    }

    private static String code(JsonNode problem) {
        return problem.get("fouten").get(0).get("code").asText();
    }

    private static String oneLine(ObjectNode berekening) throws Exception {
        return Json.MAPPER.writeValueAsString(berekening);
    }

    /** Reads numbers as written: 977.90 stays 977.90, so the tests see the two decimals of the output. */
    private static final ObjectMapper EXACT = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();

    private record Run(int exit, String raw, List<JsonNode> lines, String err) {
    }

    private static Run run(String stdin, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CalcCommand.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String raw = out.toString(StandardCharsets.UTF_8);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : raw.split("\n")) {
            if (line.startsWith("{")) {
                lines.add(EXACT.readTree(line));
            }
        }
        return new Run(exit, raw, lines, err.toString(StandardCharsets.UTF_8));
    }
}
