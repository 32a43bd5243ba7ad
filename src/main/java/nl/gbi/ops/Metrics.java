package nl.gbi.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.Label;
import io.vertx.micrometer.MetricsDomain;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import nl.gbi.intake.IntakeRequest;

/**
 * The engine's metrics, in Micrometer's Prometheus registry: the {@code gbi_*} series of the engine itself, the
 * {@code vertx_*} series of its HTTP server and pools (vertx-micrometer-metrics) and the {@code jvm_*} and
 * {@code process_*} series of the JVM. One registry per engine, so that engines sharing a JVM (tests) do not share
 * counts. Durations are in seconds; a counter family declared as {@code *_milliseconds_total} is exported as
 * {@code *_seconds_total} (docs/operations.md, "Metrics").
 */
public final class Metrics implements IntakeRequest.Counters {

    private static final String MILLISECONDS_TOTAL = "_milliseconds_total";
    /**
     * Series of Micrometer's binders that promtool's lint refuses (a unit other than seconds in the name, a gauge
     * named {@code _count}); the same facts are there in seconds or as usage: jvm_gc_pause_seconds,
     * process_cpu_usage, system_cpu_usage.
     */
    private static final Set<String> LINT_REFUSED = Set.of("jvm.compilation.time", "process.cpu.time", "system.cpu.count");

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final String registryName = "gbi-" + UUID.randomUUID();
    private final Map<String, String> help = new ConcurrentHashMap<>();
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public Metrics() {
        registry.config().meterFilter(MeterFilter.deny(id -> LINT_REFUSED.contains(id.getName())));
        family("gbi_http_requests_total", "counter", "HTTP requests answered, by method, route and status");
        family("gbi_http_errors_total", "counter",
                "HTTP requests answered with a 4xx (client) or 5xx (server) status, by method, route and status");
        family("gbi_intake_records_total", "counter", "Berekeningen received, by result (accepted, refused)");
        new FileDescriptorMetrics().bindTo(registry);
    }

    /**
     * A Vert.x whose HTTP server, pools and event loops report into this registry, with the JVM series bound.
     * Labels stay bounded: the route template, never the path (which holds dossier ids).
     */
    public Vertx vertx() {
        MicrometerMetricsOptions options = new MicrometerMetricsOptions().setEnabled(true).setJvmMetricsEnabled(true)
                .setRegistryName(registryName)
                .setLabels(EnumSet.of(Label.HTTP_METHOD, Label.HTTP_CODE, Label.HTTP_ROUTE, Label.POOL_TYPE,
                        Label.POOL_NAME))
                .addDisabledMetricsCategory(MetricsDomain.EVENT_BUS)
                .addDisabledMetricsCategory(MetricsDomain.VERTICLES);
        return Vertx.builder().with(new VertxOptions().setMetricsOptions(options))
                .withMetrics(new MicrometerMetricsFactory(registry)).build();
    }

    /** Declares a family: its help text. Only counters and gauges are declared this way. */
    public void family(String name, String type, String helpText) {
        help.putIfAbsent(baseName(name), helpText);
    }

    /** Adds to the counter {@code name} with the labels in Prometheus syntax, e.g. {@code result="accepted"}. */
    public void count(String name, String labels, long amount) {
        String series = name + "{" + labels + "}";
        if (name.endsWith(MILLISECONDS_TOTAL)) {
            counter(series, name, labels).increment(amount / 1_000.0);
        } else {
            counter(series, name, labels).increment(amount);
        }
    }

    public void gauge(String name, String helpText, LongSupplier value) {
        family(name, "gauge", helpText);
        // strongly held: Micrometer holds a gauge's object weakly, and a supplier made for it alone would be
        // collected, leaving the gauge at NaN
        Gauge.builder(name, value, supplier -> supplier.getAsLong()).description(helpText).strongReference(true)
                .register(registry);
    }

    /** One answered request; HttpApi calls it when the response has ended. */
    public void request(String method, String route, int status) {
        String labels = "method=\"" + escape(method) + "\",route=\"" + escape(route) + "\",status=\"" + status + "\"";
        count("gbi_http_requests_total", labels, 1);
        if (status >= 400) {
            count("gbi_http_errors_total", labels, 1);
        }
    }

    @Override
    public void accepted(int count) {
        count("gbi_intake_records_total", "result=\"accepted\"", count);
    }

    @Override
    public void refused(int count) {
        count("gbi_intake_records_total", "result=\"refused\"", count);
    }

    /** The Prometheus text format, version 0.0.4. */
    public String render() {
        return registry.scrape();
    }

    private Counter counter(String series, String name, String labels) {
        return counters.computeIfAbsent(series, key -> Counter.builder(baseName(name))
                .description(help.getOrDefault(baseName(name), name))
                .tags(PrometheusLabels.parse(labels))
                .register(registry));
    }

    /** Micrometer adds {@code _total} to a counter itself; milliseconds become seconds. */
    private static String baseName(String name) {
        String seconds = name.endsWith(MILLISECONDS_TOTAL)
                ? name.substring(0, name.length() - MILLISECONDS_TOTAL.length()) + "_seconds_total" : name;
        return seconds.endsWith("_total") ? seconds.substring(0, seconds.length() - "_total".length()) : seconds;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** Tags from the label syntax the callers use: {@code a="x",b="y"}, with {@code \"} and {@code \\} escaped. */
    static final class PrometheusLabels {

        private PrometheusLabels() {
        }

        static Tags parse(String labels) {
            Tags tags = Tags.empty();
            int i = 0;
            while (i < labels.length()) {
                int equals = labels.indexOf("=\"", i);
                if (equals < 0) {
                    throw new IllegalArgumentException("not a label list: " + labels);
                }
                String key = labels.substring(i, equals).trim();
                StringBuilder value = new StringBuilder();
                int j = equals + 2;
                for (; j < labels.length() && labels.charAt(j) != '"'; j++) {
                    char c = labels.charAt(j);
                    if (c == '\\' && j + 1 < labels.length()) {
                        c = labels.charAt(++j);
                    }
                    value.append(c);
                }
                tags = tags.and(key, value.toString());
                i = j + 1;
                while (i < labels.length() && (labels.charAt(i) == ',' || labels.charAt(i) == ' ')) {
                    i++;
                }
            }
            return tags;
        }
    }
}
