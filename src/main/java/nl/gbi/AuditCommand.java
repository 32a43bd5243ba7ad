package nl.gbi;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnection;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.gbi.audit.AuditChain;
import nl.gbi.cli.DataDirectory;
import nl.gbi.cli.ExitCode;
import nl.gbi.cli.StartupFailures;
import nl.gbi.cli.Usage;
import nl.gbi.domain.Tenant;
import nl.gbi.persistence.DatabaseConfig;
import nl.gbi.persistence.EmbeddedDatabase;
import nl.gbi.persistence.PgAuditLog;
import nl.gbi.tenants.TenantLoader;
import nl.gbi.tenants.TenantRegistry;

/**
 * {@code audit verify [--data-dir ./data] [--tenants ./tenants]}: recomputes every tenant's audit chain (and
 * the PLATFORM chain) as the database owner and reports the first broken link of each. Exit codes
 * ({@link ExitCode}): 0 every chain intact, 1 one is broken, 2 bad arguments, 8 the embedded database is in use
 * (one server per data directory: stop the engine first; with {@code GBI_DATABASE_URL} it may run), 3/5/6/9 when
 * the tenants or the database fail as they would for {@code serve}.
 */
final class AuditCommand {

    private static final int PAGE = 10_000;
    private static final long CONNECT_TIMEOUT_SECONDS = 20;
    private static final String COMMAND = "audit verify";

    private AuditCommand() {
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            return Usage.error("audit", "no subcommand given", Usage.AUDIT, err);
        }
        if (args[0].equals("--help") || args[0].equals("-h")) {
            return Usage.help(Usage.AUDIT, out);
        }
        if (!args[0].equals("verify")) {
            return Usage.error("audit", "unknown subcommand " + args[0], Usage.AUDIT, err);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        if (Usage.wantsHelp(rest)) {
            return Usage.help(Usage.AUDIT, out);
        }
        EngineConfig defaults;
        try {
            defaults = EngineConfig.defaults(env);
        } catch (IllegalArgumentException e) {
            return report(StartupFailures.classify(COMMAND, EngineConfig.defaults(Map.of()), e), err);
        }
        EngineConfig config;
        try {
            config = ServeCommand.parse(rest, defaults);
        } catch (IllegalArgumentException e) {
            return Usage.error(COMMAND, e.getMessage(), Usage.AUDIT, err);
        }
        return verify(config, out, err);
    }

    static int verify(EngineConfig config, PrintStream out) {
        return verify(config, out, System.err);
    }

    static int verify(EngineConfig config, PrintStream out, PrintStream err) {
        if (config.databaseUrl() == null && DataDirectory.inUse(config.dataDir())) {
            return report(StartupFailures.dataDirInUse(COMMAND, config.dataDir()), err);
        }
        TenantRegistry tenants;
        DatabaseConfig db;
        try {
            tenants = TenantLoader.load(config.tenantsDir());
            db = config.databaseUrl() == null ? null : DatabaseConfig.fromUrl(config.databaseUrl(), config.appDatabasePassword(), 1);
        } catch (RuntimeException e) {
            return report(StartupFailures.classify(COMMAND, config, e), err);
        }
        EmbeddedDatabase embedded;
        try {
            embedded = db == null ? EmbeddedDatabase.start(config.dataDir()) : null;
        } catch (RuntimeException e) {
            return report(StartupFailures.classify(COMMAND, config, new StartFailure(StartFailure.Stage.EMBEDDED_DATABASE, e)), err);
        }
        if (embedded != null) {
            db = embedded.config(1);
        }
        List<String> chains = new ArrayList<>(tenants.all().stream().map(Tenant::gemeentecode).toList());
        chains.add(AuditChain.PLATFORM);
        Vertx vertx = Vertx.vertx();
        try {
            SqlConnection conn;
            try {
                conn = Blocking.await(PgConnection.connect(vertx, db.owner()), CONNECT_TIMEOUT_SECONDS);
            } catch (RuntimeException e) {
                return report(StartupFailures.classify(COMMAND, config,
                        new StartFailure(StartFailure.Stage.DATABASE_CONNECT, e)), err);
            }
            List<String> broken = Blocking.await(verifyAll(conn, chains, out).eventually(conn::close),
                    TimeUnit.MINUTES.toSeconds(10));
            broken.forEach(line -> out.println("BROKEN " + line));
            out.println(broken.isEmpty() ? "audit trail intact" : "audit trail broken in " + broken.size() + " chain(s)");
            return broken.isEmpty() ? ExitCode.OK.code() : ExitCode.PROBLEM_FOUND.code();
        } catch (RuntimeException e) {
            err.println("gbi audit verify: failed while reading the audit trail: " + e.getMessage()
                    + " (exit " + ExitCode.INTERNAL.code() + ", INTERNAL)");
            return ExitCode.INTERNAL.code();
        } finally {
            vertx.close();
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    private static int report(StartupFailures.Verdict verdict, PrintStream err) {
        err.println(verdict.line());
        return verdict.exit().code();
    }

    private static Future<List<String>> verifyAll(SqlConnection conn, List<String> chains, PrintStream out) {
        List<String> broken = new ArrayList<>();
        Future<Void> chain = Future.succeededFuture();
        for (String name : chains) {
            chain = chain.compose(done -> conn.begin().compose(tx -> conn
                    .preparedQuery("SELECT set_config('gbi.tenant', $1, true)").execute(Tuple.of(name))
                    .compose(set -> verifyChain(conn, new AuditChain.Verifier(name), 0))
                    .eventually(tx::rollback))
                    .map(verifier -> {
                        Optional<String> first = verifier.finish();
                        first.ifPresent(broken::add);
                        out.println(name + ": " + verifier.rows() + " rows" + (first.isPresent() ? ", BROKEN" : ", intact")
                                + (verifier.rows() > 0 ? ", head " + verifier.head() : ""));
                        return null;
                    }));
        }
        return chain.map(done -> broken);
    }

    private static Future<AuditChain.Verifier> verifyChain(SqlConnection conn, AuditChain.Verifier verifier, long after) {
        return PgAuditLog.read(conn, verifier.chain(), after, PAGE).compose(entries -> {
            entries.forEach(verifier::accept);
            return entries.size() < PAGE ? Future.succeededFuture(verifier)
                    : verifyChain(conn, verifier, entries.get(entries.size() - 1).seq());
        });
    }
}
