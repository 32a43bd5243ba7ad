package nl.gbi;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import nl.gbi.cli.EngineStart;
import nl.gbi.cli.ExitCode;
import nl.gbi.cli.StartupFailures;
import nl.gbi.cli.Usage;

/**
 * {@code serve [--host 127.0.0.1] [--port 8080] [--data-dir ./data] [--tenants ./tenants]}: runs the engine until
 * SIGTERM, then stops gracefully. Waits for the start on the main thread (at most {@code GBI_START_TIMEOUT_SECONDS});
 * returns {@link Main#RUNNING} once the engine serves, else the exit code of the failure.
 */
final class ServeCommand {

    static final long START_TIMEOUT_SECONDS_DEFAULT = 600;

    private ServeCommand() {
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (Usage.wantsHelp(args)) {
            return Usage.help(Usage.SERVE, out);
        }
        EngineConfig defaults;
        long deadline;
        try {
            defaults = EngineConfig.defaults(env);
            deadline = startTimeoutSeconds(env);
        } catch (IllegalArgumentException e) {
            return configuration(e, err);
        }
        EngineConfig config;
        try {
            config = parse(args, defaults);
        } catch (IllegalArgumentException e) {
            return Usage.error("serve", e.getMessage(), Usage.SERVE, err);
        }
        EngineStart.Outcome outcome = EngineStart.start("serve", config, deadline, err);
        if (!outcome.started()) {
            return outcome.exit();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(outcome.engine()::stop, "gbi-shutdown"));
        return Main.RUNNING;
    }

    private static int configuration(IllegalArgumentException e, PrintStream err) {
        StartupFailures.Verdict verdict = StartupFailures.classify("serve", EngineConfig.defaults(Map.of()), e);
        err.println(verdict.line());
        return ExitCode.CONFIGURATION.code();
    }

    static long startTimeoutSeconds(Map<String, String> env) {
        String value = env.get("GBI_START_TIMEOUT_SECONDS");
        if (value == null || value.isBlank()) {
            return START_TIMEOUT_SECONDS_DEFAULT;
        }
        try {
            long seconds = Long.parseLong(value.trim());
            if (seconds < 1) {
                throw new IllegalArgumentException("GBI_START_TIMEOUT_SECONDS must be at least 1: " + value);
            }
            return seconds;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("GBI_START_TIMEOUT_SECONDS is not a whole number: " + value, e);
        }
    }

    static EngineConfig parse(String[] args, EngineConfig config) {
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (!flag.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + flag);
            }
            if (!flag.equals("--port") && !flag.equals("--host") && !flag.equals("--data-dir") && !flag.equals("--tenants")) {
                throw new IllegalArgumentException("unknown option " + flag);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + flag);
            }
            String value = args[++i];
            config = switch (flag) {
                case "--port" -> config.withPort(parsePort(value));
                case "--host" -> config.withHost(value);
                case "--data-dir" -> config.withDataDir(Path.of(value));
                default -> config.withTenantsDir(Path.of(value));
            };
        }
        return config;
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + value);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a port: " + value, e);
        }
    }
}
