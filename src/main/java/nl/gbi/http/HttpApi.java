package nl.gbi.http;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.StaticHandler;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import nl.gbi.access.OfficerSignIn;
import nl.gbi.access.Tokens;
import nl.gbi.audit.AuditTrail;
import nl.gbi.batches.BankReports;
import nl.gbi.batches.Batches;
import nl.gbi.intake.Intake;
import nl.gbi.kwijtschelding.Kwijtscheldingen;
import nl.gbi.ops.Metrics;
import nl.gbi.opschorting.Opschortingen;
import nl.gbi.parameters.ParameterSets;
import nl.gbi.parameters.TenantPolicies;
import nl.gbi.rekening.Rekeningen;
import nl.gbi.runs.Betaalruns;
import nl.gbi.persistence.Database;
import nl.gbi.voorschot.Voorschotten;
import nl.gbi.werkvoorraad.Werkvoorraad;

/** The HTTP server and its routes. */
public final class HttpApi {

    /**
     * The version of the API in every response (NL API Design Rules, API-57: the full semantic version), the same as
     * {@code info.version} of docs/openapi.yaml (HttpHygieneTest checks both): v1 with optional additions.
     */
    public static final String API_VERSION = "1.1.0";

    private final HttpServer server;

    private HttpApi(HttpServer server) {
        this.server = server;
    }

    /**
     * The parts the routes need.
     *
     * @param spoolDir where intake bodies are spooled while they arrive (private files, deleted after use)
     */
    public record Parts(Database database, Tokens tokens, Intake intake, Batches batches, BankReports bankReports,
                        AuditTrail audit, Betaalruns betaalruns, Metrics metrics, long maxBodyBytes, HttpLimits limits,
                        Path spoolDir, Rekeningen rekeningen, Voorschotten voorschotten, ParameterSets parameterSets,
                        TenantPolicies tenantPolicies, Opschortingen opschortingen,
                        Werkvoorraad werkvoorraad, Kwijtscheldingen kwijtscheldingen, OfficerSignIn signIn,
                        String publicUrl) {
    }

    public static Future<HttpApi> start(Vertx vertx, Parts parts, String host, int port) {
        BodySpool spool = new BodySpool(vertx.fileSystem(), parts.spoolDir().toString());
        Router router = Router.router(vertx);
        // Pause every body at once: authentication is asynchronous and body bytes arriving meanwhile would be lost.
        router.route().handler(ctx -> {
            ctx.request().pause();
            countWhenDone(ctx, parts.metrics());
            SecurityHeaders.apply(ctx.response());
            ctx.response().putHeader("API-Version", API_VERSION);
            if (RequestFraming.isAmbiguous(ctx.request())) {
                RequestFraming.refuse(ctx.request());
                return;
            }
            ctx.put(UploadIdleTimeout.SECONDS, parts.limits().uploadIdleSeconds());
            ctx.next();
        });
        new OpsRoutes(parts.database(), parts.metrics(), parts.parameterSets()).mount(router);
        SignInRoutes signIn = new SignInRoutes(parts.signIn(), parts.tokens(), parts.publicUrl());
        signIn.mount(router);
        router.route("/api/*").handler(new Authentication(parts.tokens()));
        router.route("/api/*").handler(new RequestLimiter(parts.limits()));
        new TokenRoutes(parts.tokens()).mount(router);
        new IntakeRoutes(parts.intake(), parts.maxBodyBytes(), spool, vertx.fileSystem()).mount(router);
        new BatchRoutes(parts.batches()).mount(router);
        new BankReportRoutes(parts.bankReports()).mount(router);
        new AuditRoutes(parts.audit()).mount(router);
        new BetaalrunRoutes(parts.betaalruns(), parts.rekeningen()).mount(router);
        new RekeningRoutes(parts.rekeningen()).mount(router);
        new VoorschotRoutes(parts.voorschotten()).mount(router);
        new ParameterSetRoutes(parts.parameterSets()).mount(router);
        new TenantPolicyRoutes(parts.tenantPolicies()).mount(router);
        new OpschortingRoutes(parts.opschortingen()).mount(router);
        new WerkvoorraadRoutes(parts.werkvoorraad()).mount(router);
        new KwijtscheldingRoutes(parts.kwijtscheldingen()).mount(router);
        router.get("/*").handler(StaticHandler.create("webroot").setCachingEnabled(false));
        router.route().failureHandler(new FailureHandler());
        router.route().last().handler(ctx -> ctx.fail(404));
        HttpServerOptions options = new HttpServerOptions().setHost(host).setPort(port)
                .setIdleTimeout(120).setIdleTimeoutUnit(TimeUnit.SECONDS).setCompressionSupported(true)
                // HTTP/1.1 only: TLS and HTTP/2 belong to the proxy in front; one request per connection is
                // what lets a refused upload close its connection without hurting other requests.
                .setHttp2ClearTextEnabled(false);
        HttpServer server = vertx.createHttpServer(options)
                .connectionHandler(connection -> RequestFraming.install(connection, options))
                .invalidRequestHandler(RequestFraming::refuse)
                .requestHandler(router);
        return spool.prepare().compose(ready -> server.listen()).map(listening -> {
            signIn.listeningOn(listening.actualPort());
            return new HttpApi(listening);
        });
    }

    private static void countWhenDone(RoutingContext ctx, Metrics metrics) {
        ctx.addEndHandler(done -> {
            String route = ctx.currentRoute() == null || ctx.currentRoute().getPath() == null
                    ? "other" : ctx.currentRoute().getPath();
            metrics.request(ctx.request().method().name(), route, ctx.response().getStatusCode());
        });
    }

    public int port() {
        return server.actualPort();
    }

    /** Stops taking new requests and lets those in progress finish, for at most {@code timeoutSeconds}. */
    public Future<Void> shutdown(long timeoutSeconds) {
        return server.shutdown(timeoutSeconds, TimeUnit.SECONDS);
    }
}
