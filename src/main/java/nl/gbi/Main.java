package nl.gbi;

import java.util.Arrays;
import java.util.List;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.gbi.cli.CalcCommand;
import nl.gbi.demo.DemoCommand;
import nl.gbi.ops.MaskingFormatter;

/** The command line: {@code serve}, {@code calc}, {@code demo}. */
public final class Main {

    /** Held strongly: java.util.logging forgets the level of a logger nobody references. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("io.zonky"), Logger.getLogger("io.netty"));

    private Main() {
    }

    public static void main(String[] args) {
        configureLogging();
        if (args.length == 0) {
            usage();
            System.exit(64);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        int exit = switch (args[0]) {
            case "serve" -> ServeCommand.run(rest);
            case "calc" -> CalcCommand.run(rest, System.in, System.out, System.err);
            case "demo" -> DemoCommand.run(rest, System.out, System.err);
            case "audit" -> AuditCommand.run(rest);
            default -> {
                System.err.println("unknown command: " + args[0]);
                usage();
                yield 64;
            }
        };
        if (exit >= 0) {
            System.exit(exit);
        }
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
    }

    private static void usage() {
        System.err.println("usage: java -jar target/gbi.jar serve [--port 8080] [--host 127.0.0.1] [--data-dir ./data] [--tenants ./tenants]");
        System.err.println("       java -jar target/gbi.jar calc [--tenant GM0014] < berekeningen.ndjson");
        System.err.println("       java -jar target/gbi.jar demo [--dossiers 1000] [--periode YYYY-MM] [--out ./out] [--exit]");
        System.err.println("       java -jar target/gbi.jar audit verify [--data-dir ./data] [--tenants ./tenants]");
    }
}
