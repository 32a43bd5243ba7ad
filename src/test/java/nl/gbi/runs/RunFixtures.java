package nl.gbi.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import io.vertx.sqlclient.Row;
import java.util.Set;
import java.util.TreeSet;
import nl.gbi.TestDatabase;
import nl.gbi.TestEngine;
import nl.gbi.calculation.Betaling;
import nl.gbi.calculation.CalculationSettings;
import nl.gbi.calculation.Calculator;
import nl.gbi.calculation.Outcome;
import nl.gbi.calculation.Resultaat;
import nl.gbi.demo.SyntheticDossiers;
import nl.gbi.domain.Berekening;
import nl.gbi.domain.BetalingSoort;
import nl.gbi.domain.Tenant;
import nl.gbi.json.BerekeningReader;
import nl.gbi.json.Json;
import nl.gbi.json.SampleBerekeningen;
import nl.gbi.parameters.ParameterResource;
import nl.gbi.tenants.TenantLoader;
import nl.gbi.tenants.TenantRegistry;

/** Dossiers submitted through the real intake API, and what the pure calculator says they pay. */
public final class RunFixtures {

    public static final TenantRegistry TENANTS = TenantLoader.load(Path.of("tenants"));
    /** Small chunks, a short lease and a fast poll, so a test sees several chunks, take-overs and quick runs. */
    public static final BetaalrunSettings FAST = new BetaalrunSettings(7, Duration.ofSeconds(3), 50, 2);

    /** Per payment kind: count and cents. */
    public record Expected(Map<String, long[]> perKind, int refused) {
        public long count() {
            return perKind.values().stream().mapToLong(v -> v[0]).sum();
        }

        public long cents() {
            return perKind.values().stream().mapToLong(v -> v[1]).sum();
        }
    }

    private RunFixtures() {
    }

    public static Tenant tenant(String code) {
        return TENANTS.find(code).orElseThrow();
    }

    public static List<ObjectNode> dossiers(String tenant, YearMonth periode, int count, long seed) {
        return new SyntheticDossiers(seed).forTenant(tenant(tenant), periode, count);
    }

    /** The contract sample with rent 100 and no income, so the client gets an UITKERING beside the DERDENBETALING. */
    public static ObjectNode sample(String dossierId, String periode) {
        ObjectNode record = SampleBerekeningen.example(dossierId, periode);
        record.putArray("inkomsten");
        ((ObjectNode) record.get("inhoudingen").get(0)).put("bedrag", new BigDecimal("100.00"));
        return record;
    }

    public static void submit(TestEngine engine, String submitterToken, List<ObjectNode> records) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        records.forEach(array::add);
        HttpResponse<String> response = engine.submit(submitterToken, "application/json", array.toString(), null);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(records.size(), TestEngine.json(response).get("geaccepteerd").intValue(), response.body());
    }

    /** One payment the run must make. */
    record ExpectedPayment(String dossierId, BetalingSoort soort, int ordinal, long cents, String iban) {
    }

    /** The pure calculator on the same input: what the run must pay, to the cent. */
    public static Expected expected(String tenant, List<ObjectNode> records) {
        Map<String, long[]> perKind = new TreeMap<>();
        int[] refused = new int[1];
        payments(tenant, records, refused).forEach(payment -> {
            long[] total = perKind.computeIfAbsent(payment.soort().name(), k -> new long[2]);
            total[0]++;
            total[1] += payment.cents();
        });
        return new Expected(perKind, refused[0]);
    }

    /** Every payment the calculator asks for, as {@code tenant/dossier/ordinal within its kind/soort/cents/iban}. */
    public static Set<String> expectedLines(String tenant, List<ObjectNode> records) {
        Set<String> lines = new TreeSet<>();
        payments(tenant, records, new int[1]).forEach(p -> lines.add(tenant + "/" + p.dossierId() + "/" + p.ordinal() + "/"
                + p.soort() + "/" + p.cents() + "/" + p.iban()));
        return lines;
    }

    /**
     * The result's payments of every record the calculator does not refuse (counted in {@code refused}), and the
     * vakantiegeld payout when the right ends in the period: the month's reservation, as these are first runs.
     */
    private static List<ExpectedPayment> payments(String tenant, List<ObjectNode> records, int[] refused) {
        Calculator calculator = new Calculator(ParameterResource.load(), CalculationSettings.of(tenant(tenant)));
        List<ExpectedPayment> payments = new ArrayList<>();
        for (ObjectNode record : records) {
            Berekening berekening = ((BerekeningReader.Valid) new BerekeningReader().read(record)).berekening();
            if (!(calculator.calculate(berekening) instanceof Outcome.Success success)) {
                refused[0]++;
                continue;
            }
            Resultaat resultaat = success.resultaat();
            Map<BetalingSoort, Integer> ordinals = new EnumMap<>(BetalingSoort.class);
            for (Betaling b : resultaat.betalingen()) {
                payments.add(new ExpectedPayment(resultaat.dossierId(), b.soort(),
                        ordinals.merge(b.soort(), 1, Integer::sum) - 1, b.bedrag().cents(), b.iban().value()));
            }
            LocalDate einddatum = berekening.recht().einddatum();
            if (einddatum != null && YearMonth.from(einddatum).equals(resultaat.periode())
                    && resultaat.vakantiegeldReservering().isPositive()) {
                payments.add(new ExpectedPayment(resultaat.dossierId(), BetalingSoort.VAKANTIEGELD, 0,
                        resultaat.vakantiegeldReservering().cents(), berekening.betaalrekening().iban().value()));
            }
        }
        return payments;
    }

    /** The payments in the database for a period, in the same form; fails if any appears twice. */
    public static Set<String> paidLines(TestDatabase db, YearMonth periode) {
        List<Row> rows = db.query("""
                SELECT tenant_id || '/' || dossier_id || '/' || line_no || '/' || soort || '/' || amount_cents || '/'
                       || creditor_iban AS line
                FROM payments WHERE periode = $1""", periode.atDay(1));
        Set<String> lines = new TreeSet<>();
        rows.forEach(row -> lines.add(row.getString("line")));
        assertEquals(rows.size(), lines.size(), "a payment appears twice");
        return lines;
    }

    public static String start(TestEngine engine, String opsToken, String periode) {
        HttpResponse<String> response = engine.postJson("/api/v1/betaalruns", opsToken, "{\"periode\":\"" + periode + "\"}");
        assertEquals(202, response.statusCode(), response.body());
        return TestEngine.json(response).get("id").textValue();
    }

    /** Polls the run until it is no longer RUNNING and returns its last status. */
    public static JsonNode awaitEnd(TestEngine engine, String opsToken, String runId, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            HttpResponse<String> response = engine.get("/api/v1/betaalruns/" + runId, opsToken);
            assertEquals(200, response.statusCode(), response.body());
            JsonNode status = TestEngine.json(response);
            if (!"RUNNING".equals(status.get("status").textValue())) {
                return status;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("run still RUNNING after " + timeout + ": " + status);
            }
            Thread.sleep(100);
        }
    }

    public static JsonNode tenantOf(JsonNode status, String tenant) {
        for (JsonNode node : status.get("gemeenten")) {
            if (tenant.equals(node.get("gemeente").textValue())) {
                return node;
            }
        }
        throw new AssertionError("no tenant " + tenant + " in " + status);
    }
}
