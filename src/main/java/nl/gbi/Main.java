package nl.gbi;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.gbi.cli.CalcCommand;
import nl.gbi.cli.ExitCode;
import nl.gbi.cli.ParametersCommand;
import nl.gbi.cli.Usage;
import nl.gbi.demo.DemoCommand;
import nl.gbi.ops.MaskingFormatter;

/** The command line: {@code serve}, {@code demo}, {@code calc}, {@code audit verify}, {@code parameters check}; exit codes in {@link ExitCode}. */
public final class Main {

    /** What {@link #run} returns while the engine it started serves on: the JVM must not exit. */
    public static final int RUNNING = -1;

    /** Held strongly: java.util.logging forgets the level of a logger nobody references. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("io.zonky"), Logger.getLogger("io.netty"));
    /** Warns once that Vert.x's net clients share one gauge (the probe and the pool both count into it); harmless. */
    private static final Logger METER_REGISTRY = Logger.getLogger("io.micrometer.core.instrument.MeterRegistry");

    private Main() {
    }

    public static void main(String[] args) {
        configureLogging();
        int exit = run(args, System.getenv(), System.out, System.err);
        if (exit != RUNNING) {
            System.exit(exit);
        }
    }

    /**
     * Runs one command with {@code env} as its environment and returns its exit code, or {@link #RUNNING} when
     * an engine serves on (stopped by SIGTERM through its shutdown hook). Tests call this in-process.
     */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            return Usage.error("", "no command given", Usage.MAIN, err);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "serve" -> ServeCommand.run(rest, env, out, err);
            case "calc" -> CalcCommand.run(rest, env, System.in, out, err);
            case "demo" -> DemoCommand.run(rest, out, err);
            case "audit" -> AuditCommand.run(rest, env, out, err);
            case "parameters" -> ParametersCommand.run(rest, out, err);
            case "--help", "-h", "help" -> Usage.help(Usage.MAIN, out);
            default -> Usage.error("", "unknown command " + args[0], Usage.MAIN, err);
        };
    }

    /** One line per record, BSNs and IBANs masked, the chatty libraries quiet. */
    static void configureLogging() {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s - %5$s%6$s%n");
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        ConsoleHandler console = new ConsoleHandler();
        console.setFormatter(new MaskingFormatter());
        root.addHandler(console);
        QUIET.forEach(logger -> logger.setLevel(Level.WARNING));
        METER_REGISTRY.setLevel(Level.SEVERE);
    }
}
