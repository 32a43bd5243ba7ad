package nl.gbi.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.gbi.EngineConfig;
import nl.gbi.calculation.CalculationSettings;
import nl.gbi.calculation.Calculator;
import nl.gbi.calculation.Outcome;
import nl.gbi.calculation.ParameterTable;
import nl.gbi.domain.Fout;
import nl.gbi.json.BerekeningReader;
import nl.gbi.json.Json;
import nl.gbi.json.Problems;
import nl.gbi.json.ResultaatJson;
import nl.gbi.parameters.ParameterResource;

/**
 * {@code java -jar target/gbi.jar calc [--tenant GM0014] [--tenants DIR]}: reads one berekening (a JSON object,
 * possibly pretty-printed) or NDJSON lines on stdin and writes one line per berekening on stdout: the result, or
 * a problem JSON saying why that one could not be calculated. Exit 0 when every berekening was calculated, 2 when
 * any was not (the contract's code) or for bad arguments (an unknown tenant too), 3 for a broken tenants directory.
 */
public final class CalcCommand {

    static final int EXIT_OK = ExitCode.OK.code();
    /** The contract's code for "some berekening was not calculated"; the same number as {@link ExitCode#USAGE}. */
    static final int EXIT_SOME_FAILED = 2;
    private static final int OUTPUT_BUFFER_BYTES = 1 << 16;

    private static final ObjectReader STRICT = Json.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Calculator calculator;
    private final BerekeningReader reader = new BerekeningReader();
    private final PrintStream out;
    private final PrintStream err;
    private boolean anyFailed;

    CalcCommand(Calculator calculator, PrintStream out, PrintStream err) {
        this.calculator = calculator;
        this.out = out;
        this.err = err;
    }

    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, Map.of(), in, out, err);
    }

    public static int run(String[] args, Map<String, String> env, InputStream in, PrintStream out, PrintStream err) {
        if (Usage.wantsHelp(args)) {
            return Usage.help(Usage.CALC, out);
        }
        CalculationSettings settings;
        CalcOptions options;
        try {
            options = CalcOptions.parse(args);
            settings = options.settings();
        } catch (IllegalArgumentException e) {
            return Usage.error("calc", e.getMessage(), Usage.CALC, err);
        } catch (IllegalStateException e) {
            err.println("gbi calc: tenant configuration: " + e.getMessage() + "; correct it and run again (exit "
                    + ExitCode.CONFIGURATION.code() + ", CONFIGURATION)");
            return ExitCode.CONFIGURATION.code();
        }
        PrintStream buffered = new PrintStream(new BufferedOutputStream(out, OUTPUT_BUFFER_BYTES), false, StandardCharsets.UTF_8);
        ParameterTable table = ParameterResource.load();
        if (options.dataDir() != null) {
            DatabaseParameters.Loaded loaded;
            try {
                loaded = DatabaseParameters.load(EngineConfig.defaults(env).withDataDir(options.dataDir()));
            } catch (IllegalArgumentException badEnvironment) {
                loaded = new DatabaseParameters.Loaded(null, StartupFailures.classify("calc",
                        EngineConfig.defaults(Map.of()), badEnvironment));
            }
            if (loaded.failure() != null) {
                err.println(loaded.failure().line());
                return loaded.failure().exit().code();
            }
            table = loaded.table();
        }
        CalcCommand command = new CalcCommand(new Calculator(table, settings), buffered, err);
        command.processAll(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        buffered.flush();
        return command.anyFailed ? EXIT_SOME_FAILED : EXIT_OK;
    }

    /** NDJSON when the first non-blank line is a JSON value by itself; otherwise the whole input as one value. */
    private void processAll(BufferedReader input) {
        List<String> lines = new ArrayList<>();
        String first = nextNonBlank(input, lines);
        if (first == null) {
            return;
        }
        if (parses(first)) {
            processLine(first);
            for (String line = readLine(input); line != null; line = readLine(input)) {
                if (!line.isBlank()) {
                    processLine(line);
                }
            }
            return;
        }
        for (String line = readLine(input); line != null; line = readLine(input)) {
            lines.add(line);
        }
        String whole = String.join("\n", lines);
        if (parses(whole)) {
            processLine(whole);
        } else {
            lines.stream().filter(line -> !line.isBlank()).forEach(this::processLine);
        }
    }

    private void processLine(String text) {
        JsonNode node;
        try {
            node = STRICT.readTree(text);
        } catch (JacksonException e) {
            fail(null, "De invoer is geen geldige JSON", List.of(new Fout("", "ONGELDIGE_JSON", e.getOriginalMessage())));
            return;
        }
        try {
            calculate(node);
        } catch (RuntimeException bug) {
            // A broken invariant is a bug: say so on this line, keep the other lines, and leave the trace for ops.
            anyFailed = true;
            err.println("calc: internal error on a berekening");
            bug.printStackTrace(err);
            write(Problems.problem(500, "Interne fout", "De berekening kon door een fout in de engine niet worden gemaakt"));
        }
    }

    private void calculate(JsonNode node) {
        BerekeningReader.Result read = reader.read(node);
        if (read instanceof BerekeningReader.Invalid invalid) {
            fail(invalid.dossierId(), "De berekening voldoet niet aan het contract", invalid.fouten());
        } else if (read instanceof BerekeningReader.Valid valid) {
            Outcome outcome = calculator.calculate(valid.berekening());
            if (outcome instanceof Outcome.Success success) {
                write(ResultaatJson.toJson(success.resultaat()));
            } else if (outcome instanceof Outcome.Refused refused) {
                fail(refused.dossierId(), "De berekening kan niet worden berekend", refused.fouten());
            }
        }
    }

    private void fail(String dossierId, String detail, List<Fout> fouten) {
        anyFailed = true;
        ObjectNode problem = Problems.validation(detail, fouten);
        if (dossierId != null) {
            problem.put("dossierId", dossierId);
        }
        write(problem);
    }

    private void write(JsonNode node) {
        try {
            out.println(Json.MAPPER.writeValueAsString(node));
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static boolean parses(String text) {
        try {
            STRICT.readTree(text);
            return true;
        } catch (JacksonException e) {
            return false;
        }
    }

    private static String nextNonBlank(BufferedReader input, List<String> seen) {
        for (String line = readLine(input); line != null; line = readLine(input)) {
            seen.add(line);
            if (!line.isBlank()) {
                return line;
            }
        }
        return null;
    }

    private static String readLine(BufferedReader input) {
        try {
            return input.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stdin", e);
        }
    }
}
