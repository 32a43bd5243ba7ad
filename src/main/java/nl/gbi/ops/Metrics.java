package nl.gbi.ops;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import nl.gbi.intake.IntakeRequest;

/**
 * Counters and gauges in the Prometheus text format (version 0.0.4). Small on purpose: the engine has a few
 * dozen series, and a metrics library would be its largest dependency for them.
 */
public final class Metrics implements IntakeRequest.Counters {

    private record Family(String type, String help) {
    }

    private final Map<String, Family> families = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();
    private final Map<String, LongSupplier> gauges = new ConcurrentHashMap<>();

    public Metrics() {
        family("gbi_http_requests_total", "counter", "HTTP requests answered, by method, route and status");
        family("gbi_intake_records_total", "counter", "Berekeningen received, by result (accepted, refused)");
    }

    public void family(String name, String type, String help) {
        families.putIfAbsent(name, new Family(type, help));
    }

    /** Adds to the counter {@code name} with the labels in Prometheus syntax, e.g. {@code result="accepted"}. */
    public void count(String name, String labels, long amount) {
        counters.computeIfAbsent(series(name, labels), key -> new LongAdder()).add(amount);
    }

    public void gauge(String name, String help, LongSupplier value) {
        family(name, "gauge", help);
        gauges.put(series(name, ""), value);
    }

    public void request(String method, String route, int status) {
        count("gbi_http_requests_total",
                "method=\"" + method + "\",route=\"" + escape(route) + "\",status=\"" + status + "\"", 1);
    }

    @Override
    public void accepted(int count) {
        count("gbi_intake_records_total", "result=\"accepted\"", count);
    }

    @Override
    public void refused(int count) {
        count("gbi_intake_records_total", "result=\"refused\"", count);
    }

    public String render() {
        Map<String, StringBuilder> byFamily = new TreeMap<>();
        counters.forEach((series, adder) -> line(byFamily, series, adder.sum()));
        gauges.forEach((series, supplier) -> line(byFamily, series, supplier.getAsLong()));
        StringBuilder out = new StringBuilder();
        byFamily.forEach((name, lines) -> {
            Family family = families.getOrDefault(name, new Family("untyped", name));
            out.append("# HELP ").append(name).append(' ').append(family.help()).append('\n');
            out.append("# TYPE ").append(name).append(' ').append(family.type()).append('\n');
            out.append(lines);
        });
        return out.toString();
    }

    private static void line(Map<String, StringBuilder> byFamily, String series, long value) {
        int brace = series.indexOf('{');
        String name = brace < 0 ? series : series.substring(0, brace);
        byFamily.computeIfAbsent(name, key -> new StringBuilder()).append(series).append(' ').append(value).append('\n');
    }

    private static String series(String name, String labels) {
        return labels.isEmpty() ? name : name + "{" + labels + "}";
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
