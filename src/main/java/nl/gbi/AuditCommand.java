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
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.gbi.audit.AuditChain;
import nl.gbi.domain.Tenant;
import nl.gbi.persistence.DatabaseConfig;
import nl.gbi.persistence.EmbeddedDatabase;
import nl.gbi.persistence.PgAuditLog;
import nl.gbi.tenants.TenantLoader;
import nl.gbi.tenants.TenantRegistry;

/**
 * {@code audit verify [--data-dir ./data] [--tenants ./tenants]}: recomputes every tenant's audit chain (and
 * the PLATFORM chain) as the database owner and reports the first broken link of each. Exit 0 when every
 * chain is intact, 1 when one is broken, 64 for bad arguments. With the embedded database the engine must be
 * stopped first (one server per data directory); with {@code GBI_DATABASE_URL} it may run.
 */
final class AuditCommand {

    private static final int PAGE = 10_000;

    private AuditCommand() {
    }

    static int run(String[] args) {
        if (args.length == 0 || !args[0].equals("verify")) {
            System.err.println("usage: java -jar target/gbi.jar audit verify [--data-dir ./data] [--tenants ./tenants]");
            return 64;
        }
        EngineConfig config;
        try {
            config = ServeCommand.parse(Arrays.copyOfRange(args, 1, args.length),
                    EngineConfig.defaults(System.getenv()));
        } catch (IllegalArgumentException e) {
            System.err.println("audit verify: " + e.getMessage());
            return 64;
        }
        return verify(config, System.out);
    }

    static int verify(EngineConfig config, PrintStream out) {
        TenantRegistry tenants = TenantLoader.load(config.tenantsDir());
        EmbeddedDatabase embedded = config.databaseUrl() == null ? EmbeddedDatabase.start(config.dataDir()) : null;
        DatabaseConfig db = embedded != null ? embedded.config(1)
                : DatabaseConfig.fromUrl(config.databaseUrl(), config.appDatabasePassword(), 1);
        List<String> chains = new ArrayList<>(tenants.all().stream().map(Tenant::gemeentecode).toList());
        chains.add(AuditChain.PLATFORM);
        Vertx vertx = Vertx.vertx();
        try {
            List<String> broken = Blocking.await(PgConnection.connect(vertx, db.owner())
                    .compose(conn -> verifyAll(conn, chains, out).eventually(conn::close)), TimeUnit.MINUTES.toSeconds(10));
            broken.forEach(line -> out.println("BROKEN " + line));
            out.println(broken.isEmpty() ? "audit trail intact" : "audit trail broken in " + broken.size() + " chain(s)");
            return broken.isEmpty() ? 0 : 1;
        } catch (Exception e) {
            System.err.println("audit verify failed: " + e.getMessage());
            return 70;
        } finally {
            vertx.close();
            if (embedded != null) {
                embedded.close();
            }
        }
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
