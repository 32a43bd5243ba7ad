package nl.gbi;

import java.util.Arrays;

/** The command line: {@code serve}, {@code calc}, {@code demo}. The composition root of the engine. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            usage();
            System.exit(64);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "calc" -> System.exit(nl.gbi.cli.CalcCommand.run(rest, System.in, System.out, System.err));
            default -> {
                System.err.println("unknown command: " + args[0]);
                usage();
                System.exit(64);
            }
        }
    }

    private static void usage() {
        System.err.println("usage: java -jar target/gbi.jar serve [--port 8080] [--data-dir ./data]");
        System.err.println("       java -jar target/gbi.jar calc [--tenant GM0014] < berekeningen.ndjson");
    }
}
