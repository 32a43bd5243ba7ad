package nl.gbi.cli;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * The usage text of every command. {@code --help} (or {@code -h}) prints it on stdout and exits 0; a usage error
 * prints the reason and then the usage on stderr and exits {@link ExitCode#USAGE}.
 */
public final class Usage {

    private static final String JAR = "java -jar target/gbi.jar";

    public static final String MAIN = """
            usage: %1$s <command> [options]      (%1$s <command> --help for one command)

            Commands:
              serve         the HTTP API and the finance officers' web page
              demo          the monthly job end to end on synthetic data, then serve it
              calc          calculate berekeningen from stdin, no database
              audit verify  recompute every tenant's audit hash chain
              parameters check  check a draft parameter set offline, with the rules of a proposal
            """.formatted(JAR);

    public static final String PARAMETERS = """
            usage: %s parameters check FILE [--max-wijziging 5]

            Reads a parameter set in the shipped file's line format (with '# reden CODE: why', '# afwezig KEY: why'
            and '# vervangt N' lines) and checks it with the rules POST /api/v1/parametersets applies, against the
            table shipped in this jar (a running engine compares with its database's approved sets). Prints the
            differences per key with the half-year before, the sanity findings and the refusals; exit 0 when the
            set would be accepted, 1 when not.

            Options:
              --max-wijziging P  a figure moving more than P%% from the half-year before is a finding   default 5
              -h, --help         this text
            """.formatted(JAR);

    public static final String SERVE = """
            usage: %s serve [--port 8080] [--host 127.0.0.1] [--data-dir ./data] [--tenants ./tenants]

            Runs the engine until SIGTERM: the HTTP API, /health, /metrics (loopback) and the web page at /.
            The embedded PostgreSQL lives in <data-dir>/pg unless GBI_DATABASE_URL is set.

            Options:
              --port N        HTTP port (0 picks a free one)                       default 8080
              --host H        address to listen on (0.0.0.0 behind a reverse proxy) default 127.0.0.1
              --data-dir D    admin token, embedded database, spool                 default ./data
              --tenants T     the municipalities' files                            default ./tenants
              -h, --help      this text

            Environment: GBI_DATABASE_URL, GBI_APP_DB_PASSWORD, GBI_MAX_BODY_BYTES, GBI_DB_POOL_SIZE,
            GBI_BETAALRUN_*, GBI_UPLOAD_IDLE_SECONDS, GBI_REQUESTS_PER_*_MAX, GBI_START_TIMEOUT_SECONDS
            (docs/operations.md, Configuration).
            """.formatted(JAR);

    public static final String DEMO = """
            usage: %s demo [--dossiers 1000] [--periode YYYY-MM] [--seed 2026] [--port 8080] [--data-dir ./data]
                           [--tenants ./tenants] [--out ./out] [--exit]

            Starts the engine (embedded PostgreSQL in --data-dir), submits synthetic dossiers for every
            municipality, runs the betaalrun, has two demo officers approve every batch but one (left awaiting
            approval for the web page), exports and re-validates the pain.001 files, prints the tokens, then keeps
            serving (or stops with --exit). Use a data directory of its own: its dossiers are synthetic.

            Options:
              --dossiers N    dossiers per municipality (1 to 1.000.000)            default 1000
              --periode P     the period, YYYY-MM                                   default this month or the last with figures
              --seed S        the synthetic data's seed                             default 2026
              --port N        HTTP port (0 picks a free one)                        default 8080
              --data-dir D    the engine's data directory                           default ./data
              --tenants T     the municipalities' files                             default ./tenants
              --out O         where the pain.001 files go                           default ./out
              --exit          stop after the table instead of serving
              -h, --help      this text
            """.formatted(JAR);

    public static final String CALC = """
            usage: %s calc [--tenant GM0014] [--tenants ./tenants] [--data-dir ./data] < berekeningen.ndjson

            Reads one berekening (a JSON object) or NDJSON lines on stdin and writes one line per berekening on
            stdout: the result, or a problem JSON saying why that one could not be calculated (exit 2 if any).

            Options:
              --tenant G      take the verlaging rules of this municipality        default: documented defaults
              --tenants T     the municipalities' files                            default ./tenants
              --data-dir D    calculate with the approved parameter sets of the engine's database in D (or
                              GBI_DATABASE_URL) instead of the table shipped in the jar; stop serve first
              -h, --help      this text
            """.formatted(JAR);

    public static final String AUDIT = """
            usage: %s audit verify [--data-dir ./data] [--tenants ./tenants]

            verify: recomputes every tenant's audit hash chain (and the PLATFORM chain) and prints the first
            broken link of each and each chain's head. With the embedded database stop serve first; with
            GBI_DATABASE_URL it may run.

            Options:
              --data-dir D    the engine's data directory                           default ./data
              --tenants T     the municipalities' files                             default ./tenants
              -h, --help      this text
            """.formatted(JAR);

    private Usage() {
    }

    public static boolean wantsHelp(String[] args) {
        return Arrays.stream(args).anyMatch(arg -> arg.equals("--help") || arg.equals("-h"));
    }

    /** {@code --help}: the usage and the exit codes on stdout. */
    public static int help(String usage, PrintStream out) {
        out.print(usage);
        out.println();
        out.print(ExitCode.table());
        out.flush();
        return ExitCode.OK.code();
    }

    /** A usage error: what was wrong, then the usage, on stderr. */
    public static int error(String command, String problem, String usage, PrintStream err) {
        err.println((command.isEmpty() ? "gbi" : "gbi " + command) + ": " + problem);
        err.print(usage);
        err.flush();
        return ExitCode.USAGE.code();
    }
}
