package nl.gbi;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.FileSystem;
import io.vertx.pgclient.PgConnection;
import io.vertx.sqlclient.SqlConnection;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.gbi.access.JwtClients;
import nl.gbi.access.OfficerSignIn;
import nl.gbi.access.Tokens;
import nl.gbi.audit.AuditTrail;
import nl.gbi.batches.BankReports;
import nl.gbi.batches.BatchCreation;
import nl.gbi.batches.Batches;
import nl.gbi.demo.SyntheticDossiers;
import nl.gbi.domain.Tenant;
import nl.gbi.http.HttpApi;
import nl.gbi.intake.Intake;
import nl.gbi.ops.Metrics;
import nl.gbi.parameters.ParameterSets;
import nl.gbi.parameters.TenantPolicies;
import nl.gbi.parameterset.EffectiveParameters;
import nl.gbi.parameterset.Readiness;
import nl.gbi.parameterset.SanityRules;
import nl.gbi.persistence.Database;
import nl.gbi.persistence.DatabaseConfig;
import nl.gbi.persistence.EmbeddedDatabase;
import nl.gbi.persistence.PgAuditLog;
import nl.gbi.persistence.PgBankReportStore;
import nl.gbi.persistence.PgBatchStore;
import nl.gbi.persistence.PgBetaalrunStore;
import nl.gbi.persistence.PgIntakeStore;
import nl.gbi.persistence.PgParameterSetStore;
import nl.gbi.persistence.PgTokenStore;
import nl.gbi.persistence.PgKwijtscheldingStore;
import nl.gbi.persistence.PgOpschortingStore;
import nl.gbi.persistence.PgVoorschotStore;
import nl.gbi.persistence.PgWerkvoorraadStore;
import nl.gbi.runs.BetaalrunWarmup;
import nl.gbi.runs.BetaalrunWorker;
import nl.gbi.persistence.PgRekeningStore;
import nl.gbi.persistence.PgTenantPolicyStore;
import nl.gbi.rekening.Rekeningen;
import nl.gbi.runs.Betaalruns;
import nl.gbi.tenants.SignInSettings;
import nl.gbi.tenants.TenantConfigException;
import nl.gbi.tenants.TenantLoader;
import nl.gbi.tenants.TenantRegistry;
import nl.gbi.kwijtschelding.Kwijtscheldingen;
import nl.gbi.opschorting.Opschortingen;
import nl.gbi.voorschot.Voorschotten;
import nl.gbi.werkvoorraad.Werkvoorraad;

/** The composition root: wires tenants, database, use cases and the HTTP edge, and takes them down again. */
public final class Engine {

    private static final Logger LOG = Logger.getLogger(Engine.class.getName());
    private static final long SHUTDOWN_GRACE_SECONDS = 20;
    private static final long CONNECT_TIMEOUT_SECONDS = 20;
    private static final long PARAMETERS_REFRESH_MS = 10_000;

    private final Vertx vertx;
    private final EmbeddedDatabase embedded;
    private final Database database;
    private final HttpApi http;
    private final BatchCreation batchCreation;
    private final BetaalrunWorker worker;
    private final Promise<BetaalrunWarmup.Done> warmedUp = Promise.promise();
    private final AtomicBoolean stopping = new AtomicBoolean();

    private Engine(Vertx vertx, EmbeddedDatabase embedded, Database database, HttpApi http,
            BatchCreation batchCreation, BetaalrunWorker worker) {
        this.vertx = vertx;
        this.embedded = embedded;
        this.database = database;
        this.http = http;
        this.batchCreation = batchCreation;
        this.worker = worker;
    }

    /** Creates payment batches; the betaalrun (issue 6) calls it, and tests do until that exists. */
    public BatchCreation batchCreation() {
        return batchCreation;
    }

    /**
     * Starts an engine. Loading the tenants and starting an embedded PostgreSQL happen on the calling thread
     * (never an event loop); a bad tenant file throws before anything else starts. A failure after that is a
     * {@link StartFailure} naming the step, with everything started so far stopped again.
     */
    public static Future<Engine> start(EngineConfig config) {
        TenantRegistry tenants = TenantLoader.load(config.tenantsDir());
        for (String code : tenants.withSignIn()) {
            if (!config.oidcSecrets().containsKey(SignInSettings.secretVariable(code))) {
                throw new TenantConfigException(code + ".json: oidc: the client secret is missing: set "
                        + SignInSettings.secretVariable(code) + " in the environment");
            }
        }
        DatabaseConfig external = config.databaseUrl() == null ? null
                : DatabaseConfig.fromUrl(config.databaseUrl(), config.appDatabasePassword(), config.poolSizeMax());
        EmbeddedDatabase embedded = external == null ? startEmbedded(config) : null;
        DatabaseConfig dbConfig = embedded != null ? embedded.config(config.poolSizeMax()) : external;
        Metrics metrics = new Metrics();
        Vertx vertx = metrics.vertx();
        // Bounded: a server that accepts TCP but never answers must not hold the start (the client sets no limit).
        Future<Engine> wired = stage(StartFailure.Stage.DATABASE_CONNECT, PgConnection.connect(vertx, dbConfig.owner())
                .compose(SqlConnection::close).timeout(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS))
                .compose(reached -> stage(StartFailure.Stage.MIGRATIONS, Database.open(vertx, dbConfig)))
                .compose(database -> wire(vertx, config, tenants, metrics, embedded, database));
        // Not bound to an event loop: a failure is reported after Vert.x has closed, when no event loop is left to
        // carry the news (chained on vertx.close(), the failure never arrived and the start hung).
        Promise<Engine> started = Promise.promise();
        wired.onComplete(outcome -> {
            if (outcome.succeeded()) {
                LOG.info(() -> "GBI Betaalmotor serving " + tenants.size() + " tenants on http://" + config.host() + ":"
                        + outcome.result().port());
                started.complete(outcome.result());
                return;
            }
            Thread cleanup = new Thread(() -> {
                awaitQuietly(vertx.close(), 10);
                if (embedded != null) {
                    embedded.close();
                }
                started.fail(outcome.cause());
            }, "gbi-start-failed");
            cleanup.start();
        });
        return started.future();
    }

    /** The use cases and the HTTP edge on an open database; the betaalrun worker starts once the port is bound. */
    private static Future<Engine> wire(Vertx vertx, EngineConfig config, TenantRegistry tenants, Metrics metrics,
            EmbeddedDatabase embedded, Database database) {
        Tokens tokens = new Tokens(new PgTokenStore(database), tenants, config.jwtClients() == null ? null
                : new JwtClients(vertx, config.jwtClients(), code -> tenants.find(code).isPresent()));
        ParameterSets parameters = new ParameterSets(new PgParameterSetStore(database), tenants, SanityRules.DEFAULTS,
                config.clock(), tokens);
        TenantPolicies policies = new TenantPolicies(new PgTenantPolicyStore(database), tenants, tokens);
        metrics.gauge("gbi_parameters_seconds_until_unknown", "Seconds until the first day of the first month without"
                + " approved figures (negative once it has begun; ops are warned from " + Readiness.WARN_DAYS + " days)", () -> {
                    EffectiveParameters read = parameters.lastRead();
                    return read == null ? 0 : Readiness.of(read, LocalDate.now(config.clock()
                            .withZone(ZoneId.of("Europe/Amsterdam")))).dagen() * 86_400;
                });
        metrics.gauge("gbi_db_pool_in_use", "Transactions holding or waiting for a pooled connection", database::inUse);
        metrics.gauge("gbi_db_pool_size_max", "Largest number of pooled connections", database::poolSizeMax);
        Intake intake = new Intake(new PgIntakeStore(database), tenants, metrics);
        PgBatchStore batchStore = new PgBatchStore(database);
        Batches batches = new Batches(batchStore, tenants, parameters, config.clock());
        AuditTrail audit = new AuditTrail(new PgAuditLog(database), code -> tenants.find(code).isPresent());
        BatchCreation batchCreation = new BatchCreation(vertx, batchStore, tenants, config.clock());
        BankReports bankReports = new BankReports(vertx, new PgBankReportStore(database), batches);
        PgBetaalrunStore runStore = new PgBetaalrunStore(database);
        Betaalruns betaalruns = new Betaalruns(runStore, tenants, config.betaalrun(), parameters);
        Opschortingen opschortingen = new Opschortingen(new PgOpschortingStore(database), config.clock());
        Kwijtscheldingen kwijtscheldingen = new Kwijtscheldingen(new PgKwijtscheldingStore(database), tenants, config.clock(),
                tokens);
        BetaalrunWorker worker = new BetaalrunWorker(vertx, runStore, batchCreation, tenants, parameters, policies,
                config.betaalrun(), metrics);
        return stage(StartFailure.Stage.MIGRATIONS, parameters.seed().compose(seeded -> policies.seed()))
                .compose(seeded -> writeFirstAdminToken(vertx.fileSystem(), tokens, config.dataDir()))
                .compose(written -> stage(StartFailure.Stage.LISTEN, HttpApi.start(vertx,
                        new HttpApi.Parts(database, tokens, intake, batches, bankReports, audit, betaalruns, metrics,
                                config.maxBodyBytes(), config.httpLimits(), config.spoolDir(),
                                new Rekeningen(new PgRekeningStore(database), tenants),
                                new Voorschotten(new PgVoorschotStore(database), batchCreation, tenants, parameters,
                                        policies, config.clock()), parameters, policies,
                                opschortingen, new Werkvoorraad(new PgWerkvoorraadStore(database), opschortingen,
                                        kwijtscheldingen, batches, tenants), kwijtscheldingen,
                                new OfficerSignIn(vertx, tenants, config.oidcSecrets()), config.publicUrl()),
                        config.host(), config.port())))
                .map(http -> new Engine(vertx, embedded, database, http, batchCreation, worker))
                .onSuccess(engine -> {
                    worker.start();
                    engine.warmUp(config.betaalrun().warmUpDossiers(), tenants, parameters, config.clock());
                    // the gauge reads the last table read, and intake the policies as last applied: runs, voorschotten
                    // and health read them on their own, this keeps them fresh when idle
                    vertx.setPeriodic(PARAMETERS_REFRESH_MS, tick -> parameters.current().compose(t -> policies.refresh()));
                });
    }

    private static EmbeddedDatabase startEmbedded(EngineConfig config) {
        try {
            return EmbeddedDatabase.start(config.dataDir());
        } catch (RuntimeException e) {
            throw new StartFailure(StartFailure.Stage.EMBEDDED_DATABASE, e);
        }
    }

    private static <T> Future<T> stage(StartFailure.Stage stage, Future<T> step) {
        return step.recover(failure -> Future.failedFuture(new StartFailure(stage, failure)));
    }

    private static Future<Void> writeFirstAdminToken(FileSystem fs, Tokens tokens, Path dataDir) {
        String file = dataDir.resolve("admin-token").toString();
        return tokens.createFirstAdmin().compose(created -> {
            if (created.isEmpty()) {
                return Future.succeededFuture();
            }
            return fs.mkdirs(dataDir.toString())
                    .compose(made -> fs.exists(file))
                    .compose(exists -> exists ? fs.delete(file) : Future.succeededFuture())
                    .compose(deleted -> fs.createFile(file, "rw-------"))
                    .compose(createdFile -> fs.writeFile(file, Buffer.buffer(created.get().token() + "\n")))
                    .onSuccess(written -> LOG.info(() -> "First start: admin token written to " + file
                            + " (mode 0600). Use it to create tokens with POST /api/v1/tokens."));
        });
    }

    private static void awaitQuietly(Future<?> step, long seconds) {
        try {
            Blocking.await(step, seconds);
        } catch (RuntimeException e) {
            LOG.warning("shutdown step did not finish cleanly (" + e.getMessage() + "); going on");
        }
    }

    public int port() {
        return http.port();
    }

    /**
     * Puts {@code dossiers} made-up dossiers of every municipality, of this month (or the newest half-year with
     * approved figures when this month has none), through the betaalrun's CPU work on a worker thread
     * ({@link BetaalrunWarmup}); the engine serves meanwhile. A failure is logged and changes nothing else: the first
     * run is only slower.
     */
    private void warmUp(int dossiers, TenantRegistry tenants, ParameterSets parameters, Clock clock) {
        if (dossiers == 0 || tenants.all().isEmpty()) {
            warmedUp.complete(null);
            return;
        }
        List<Tenant> all = List.copyOf(tenants.all());
        parameters.current().compose(figures -> vertx.executeBlocking(() -> {
            YearMonth periode = BetaalrunWarmup.month(figures, YearMonth.now(clock.withZone(ZoneId.of("Europe/Amsterdam"))));
            SyntheticDossiers made = new SyntheticDossiers(1);
            return BetaalrunWarmup.run(figures, all, periode, dossiers,
                    (tenant, month, dossierId) -> made.berekening(tenant, month, dossierId).toString(), stopping::get);
        }, false)).onComplete(done -> {
            if (done.succeeded()) {
                BetaalrunWarmup.Done d = done.result();
                // made-up dossiers are valid ones: a refusal or a finding in the engine's own files is worth a look
                LOG.log(d.refused() + d.findings() == 0 ? Level.INFO : Level.WARNING, () -> "betaalrun warm-up: "
                        + d.dossiers() + " made-up dossiers of " + all.size() + " municipalities (" + d.refused()
                        + " refused), " + d.lines() + " lines, " + d.files() + " file(s) with " + d.findings()
                        + " findings, in " + d.millis() + " ms; nothing stored");
            } else {
                LOG.log(Level.WARNING, "betaalrun warm-up failed; the first run is slower, nothing else changes",
                        done.cause());
            }
            warmedUp.handle(done);
        });
    }

    /** Completes when the start's warm-up has ended (null when there was none); fails when it failed. */
    public Future<BetaalrunWarmup.Done> warmedUp() {
        return warmedUp.future();
    }

    /** Stops taking requests, lets those in progress finish, closes the database; blocks the calling thread. */
    public void stop() {
        stopping.set(true);
        awaitQuietly(worker.stop(), SHUTDOWN_GRACE_SECONDS);
        awaitQuietly(warmedUp.future().otherwiseEmpty(), SHUTDOWN_GRACE_SECONDS);
        awaitQuietly(http.shutdown(SHUTDOWN_GRACE_SECONDS).eventually(database::close), SHUTDOWN_GRACE_SECONDS + 5);
        // Called from this (non-Vert.x) thread, so its completion does not need an event loop that is closing.
        awaitQuietly(vertx.close(), 10);
        if (embedded != null) {
            embedded.close();
        }
        LOG.info("GBI Betaalmotor stopped");
    }
}
