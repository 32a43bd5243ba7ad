package nl.gbi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gbi.TestDatabase;
import nl.gbi.TestEngine;
import nl.gbi.calculation.CalculationSettings;
import nl.gbi.calculation.Calculator;
import nl.gbi.calculation.Outcome;
import nl.gbi.domain.Money;
import nl.gbi.json.BerekeningReader;
import nl.gbi.parameters.ParameterResource;
import nl.gbi.runs.BetaalrunSettings;
import nl.gbi.runs.RunFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A year of the ledger through the API (issue 11, point 8): twelve monthly runs of 2026 for three municipalities
 * (payout months June and May) with seeded churn — a couple paid in halves in each, months decided up to three months
 * late, corrections up and down,
 * ends of rights, bank returns followed by a new IBAN, the vakantiegeld payout, and an engine stopped in the middle
 * of one run and another one finishing it. After every run, once its batches are approved and exported: the
 * afstemming is empty, and what left the bank — read from the pain.001 files the test downloaded, minus what the
 * bank returned — equals Σ due (the test's own calculation of each month's latest version) − the reserve + the open
 * vorderingen (docs/ledger.md, "the year identity"; no VERREKENING: the case system names no debts here).
 */
class LedgerYearTest {

    static final List<String> TENANTS = List.of("GM0014", "GM0153", "GM0363");
    static final int DOSSIERS = 8;
    static final YearMonth JANUARY = YearMonth.of(2026, 1);
    static final String NEW_IBAN = "NL20INGB0001234567";
    static final String PARTNER_IBAN = "NL02ABNA0123456789";
    static final Pattern AMOUNT = Pattern.compile("<InstdAmt Ccy=\"EUR\">([0-9.]+)</InstdAmt>");
    /** One dossier per chunk in the month of the stop, so the run is surely halfway when the engine stops. */
    static final BetaalrunSettings SLOW = new BetaalrunSettings(1, Duration.ofSeconds(2), 20, 1);

    @TempDir
    Path dir;

    private final Random random = new Random(20261204L);
    /** Per tenant, dossier and month: the latest version the test submitted. */
    private final Map<String, Map<YearMonth, ObjectNode>> submitted = new TreeMap<>();
    private final Map<String, String> tenantOf = new HashMap<>();
    private final Map<String, String> iban = new HashMap<>();
    private final Map<String, YearMonth> end = new HashMap<>();
    private final Map<String, List<YearMonth>> heldBack = new HashMap<>();
    private long leftTheBankCents;
    private long returnedCents;

    @Test
    void everyRunOfAYearLeavesNothingUnsettledAndTheMoneyAddsUpToTheCent() throws Exception {
        try (TestDatabase db = TestDatabase.start(dir.resolve("db"))) {
            TestEngine engine = TestEngine.start(db.engineConfig(dir.resolve("engine")).withBetaalrun(RunFixtures.FAST));
            String ops = engine.token(null, "ops");
            Map<String, String> submitters = new HashMap<>();
            Map<String, String[]> officers = new HashMap<>();
            for (String tenant : TENANTS) {
                submitters.put(tenant, engine.token(tenant, "submitter"));
                officers.put(tenant, officers(engine, tenant));
                for (int i = 0; i < DOSSIERS; i++) {
                    String dossierId = tenant + "-J" + i;
                    tenantOf.put(dossierId, tenant);
                    submitted.put(dossierId, new TreeMap<>());
                    iban.put(dossierId, RunApi.CLIENT_IBAN);
                    if (random.nextInt(4) == 0) {
                        end.put(dossierId, JANUARY.plusMonths(4 + random.nextInt(7)));
                    }
                }
            }
            for (int m = 0; m < 12; m++) {
                YearMonth periode = JANUARY.plusMonths(m);
                for (String tenant : TENANTS) {
                    List<ObjectNode> records = churn(tenant, periode);
                    if (!records.isEmpty()) {
                        RunFixtures.submit(engine, submitters.get(tenant), records);
                    }
                    payVoorschotten(engine, submitters.get(tenant), officers.get(tenant));
                }
                JsonNode report;
                if (m == 7) {
                    engine = stopHalfwayAndFinish(db, engine, ops, periode);
                    ops = engine.token(null, "ops");
                    for (String tenant : TENANTS) {
                        submitters.put(tenant, engine.token(tenant, "submitter"));
                        officers.put(tenant, officers(engine, tenant));
                    }
                    report = RunFixtures.awaitEnd(engine, ops, lastRun(db), Duration.ofSeconds(120));
                } else {
                    report = RunFixtures.awaitEnd(engine, ops, RunFixtures.start(engine, ops, periode.toString()),
                            Duration.ofSeconds(120));
                }
                assertEquals("COMPLETED", report.get("status").textValue(), report.toString());
                for (String tenant : TENANTS) {
                    JsonNode batchId = RunFixtures.tenantOf(report, tenant).get("batchId");
                    if (!batchId.isNull()) {
                        exportAndReturn(engine, officers.get(tenant), batchId.longValue(), periode);
                    }
                }
                assertYearHolds(engine, ops, officers, periode);
            }
            engine.close();
        }
        // The churn the year was meant to have, so the identity above was proven on it and not on a quiet year.
        String churn = "late " + lateMonths + ", corrections " + corrections + ", returns " + returns + ", voorschotten "
                + granted + " (denied " + denied + "), payouts " + payouts + ", ended " + end.size();
        assertTrue(lateMonths > 0 && corrections > 0 && returns > 0 && granted > denied && denied > 0 && payouts > 0
                && !end.isEmpty(), churn);
        System.out.println("LedgerYearTest churn: " + churn);
    }

    /** Two finance officers of the tenant: two persons, for the four-eyes rule. */
    private static String[] officers(TestEngine engine, String tenant) {
        return new String[] {engine.issue(tenant, "finance-officer", "Anna de Vries").get("token").textValue(),
                engine.issue(tenant, "finance-officer", "Bram Bakker").get("token").textValue()};
    }

    /** The case system's month: this month's berekeningen (some held back), late ones, corrections, new IBANs. */
    private List<ObjectNode> churn(String tenant, YearMonth periode) {
        List<ObjectNode> records = new ArrayList<>();
        for (String dossierId : submitted.keySet()) {
            if (!tenantOf.get(dossierId).equals(tenant)) {
                continue;
            }
            Map<YearMonth, ObjectNode> months = submitted.get(dossierId);
            YearMonth last = end.get(dossierId);
            List<YearMonth> held = heldBack.computeIfAbsent(dossierId, d -> new ArrayList<>());
            if (last == null || !periode.isAfter(last)) {
                if (periode.isAfter(JANUARY) && random.nextInt(6) == 0 && held.size() < 2) {
                    held.add(periode); // decided later: sent with one of the next months
                    if (random.nextBoolean()) {
                        voorschotten.add(new Voorschot(dossierId, periode, List.of("250.00", "500.00", "900.00")
                                .get(random.nextInt(3)), random.nextInt(3) == 0));
                    }
                } else {
                    records.add(remember(dossierId, berekening(dossierId, periode, income())));
                    if (!held.isEmpty() && random.nextBoolean()) {
                        held.forEach(late -> records.add(remember(dossierId, berekening(dossierId, late, income()))));
                        lateMonths += held.size();
                        held.clear();
                    }
                }
            }
            if (!held.isEmpty() && ChronoMonths.between(held.get(0), periode) >= 3) {
                held.forEach(late -> records.add(remember(dossierId, berekening(dossierId, late, income()))));
                lateMonths += held.size();
                held.clear();
            }

            List<YearMonth> earlier = months.keySet().stream().filter(p -> p.isBefore(periode)
                    && ChronoMonths.between(p, periode) <= 3).toList();
            if (!earlier.isEmpty() && random.nextInt(5) == 0) {
                YearMonth corrected = earlier.get(random.nextInt(earlier.size()));
                records.add(remember(dossierId, berekening(dossierId, corrected, income())));
                corrections++;
            }
        }
        return records;
    }

    /** A voorschot the case system grants for a month it has not decided yet; some are denied afterwards. */
    private record Voorschot(String dossierId, YearMonth periode, String bedrag, boolean denied) {
    }

    private final List<Voorschot> voorschotten = new ArrayList<>();
    /** Voorschotten paid for a month whose berekening has not arrived: paid, not yet offset, not a vordering. */
    private final Map<String, Long> undecidedVoorschotten = new HashMap<>();
    private int lateMonths;
    private int corrections;
    private int returns;
    private int granted;
    private int denied;
    private int payouts;

    /**
     * The tenant's voorschotten of this month: granted (idempotency key per dossier and month), paid in their own
     * batch with two approvals, downloaded (so they count as having left the bank); a denied one becomes a vordering
     * and its month is never decided.
     */
    private void payVoorschotten(TestEngine engine, String submitter, String[] officers) {
        for (Voorschot v : voorschotten) {
            String body = "{\"dossierId\":\"" + v.dossierId() + "\",\"periode\":\"" + v.periode() + "\",\"bedrag\":"
                    + v.bedrag() + ",\"iban\":\"" + iban.get(v.dossierId()) + "\",\"tenaamstelling\":\"J. de Vries\","
                    + "\"reden\":\"aanvraag " + v.periode() + "\"}";
            HttpResponse<String> response = TestEngine.send(engine.request("/api/v1/voorschotten", submitter)
                    .header("Content-Type", "application/json").header("Idempotency-Key", "ys-" + v.dossierId() + "-" + v.periode())
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
            assertEquals(201, response.statusCode(), response.body());
            JsonNode voorschot = TestEngine.json(response);
            approveAndDownload(engine, officers, voorschot.get("batchId").longValue());
            granted++;
            undecidedVoorschotten.put(v.dossierId() + "/" + v.periode(), cents(voorschot.get("bedrag")));
            if (v.denied()) {
                undecidedVoorschotten.remove(v.dossierId() + "/" + v.periode());
                HttpResponse<String> afwijzing = engine.postJson("/api/v1/voorschotten/" + voorschot.get("id").textValue()
                        + "/afwijzing", submitter, "{\"reden\":\"Geen recht: vermogen\"}");
                assertEquals(200, afwijzing.statusCode(), afwijzing.body());
                heldBack.get(v.dossierId()).remove(v.periode());
                denied++;
            }
        }
        voorschotten.clear(); // all of this tenant: its churn just made them
    }

    private ObjectNode remember(String dossierId, ObjectNode record) {
        undecidedVoorschotten.remove(dossierId + "/" + record.get("periode").textValue());
        submitted.get(dossierId).put(YearMonth.parse(record.get("periode").textValue()), record);
        return record;
    }

    /** Net income of 0, 150 or 400 euros: corrections go up and down. */
    private String income() {
        return List.of("0.00", "150.00", "400.00").get(random.nextInt(3));
    }

    private ObjectNode berekening(String dossierId, YearMonth periode, String income) {
        ObjectNode record = RunFixtures.sample(dossierId, periode.toString());
        if (!income.equals("0.00")) {
            ((ArrayNode) record.get("inkomsten")).addObject().put("soort", "OVERIG")
                    .put("nettoBedrag", new BigDecimal(income)).putNull("vrijlating").putNull("vrijlatingSinds");
        }
        ((ObjectNode) record.get("betaalrekening")).put("iban", iban.get(dossierId));
        if (dossierId.endsWith("-J0")) { // a couple on their own accounts: each spouse is paid half (Pw art. 45 lid 4)
            record.put("leefvorm", "GEHUWDEN");
            record.putObject("partner").put("bsn", "123456782").put("naam", "Piet de Vries").put("geboortedatum", "1979-03-02")
                    .putObject("betaalrekening").put("iban", PARTNER_IBAN).put("tenaamstelling", "P. de Vries");
        }
        YearMonth last = end.get(dossierId);
        if (last != null) {
            ((ObjectNode) record.get("recht")).put("einddatum", last.atEndOfMonth().toString());
        }
        return record;
    }

    /**
     * Two officers approve, the pain.001 is downloaded (its amounts are what leaves the bank), and now and then the
     * bank returns a client's UITKERING (AC04): the dossier's next berekeningen carry a new IBAN.
     */
    private void exportAndReturn(TestEngine engine, String[] officers, long batchId, YearMonth periode) {
        approveAndDownload(engine, officers, batchId);
        JsonNode payments = TestEngine.json(engine.get("/api/v1/batches/" + batchId + "/payments?aantal=" + nl.gbi.batches.Batches.PAGE_MAX, officers[0]));
        for (JsonNode payment : payments.get("betalingen")) {
            String dossierId = payment.get("dossierId").textValue();
            if ("VAKANTIEGELD".equals(payment.get("soort").textValue())) {
                payouts++;
            }
            // Not a couple's: a returned half is repaid to the account of the latest berekening (docs/ledger.md, limits).
            if ("UITKERING".equals(payment.get("soort").textValue()) && iban.get(dossierId).equals(RunApi.CLIENT_IBAN)
                    && !dossierId.endsWith("-J0")
                    && random.nextInt(15) == 0 && periode.isBefore(JANUARY.plusMonths(11))) {
                String amount = payment.get("bedrag").decimalValue().toPlainString();
                HttpResponse<String> applied = TestEngine.send(engine.request("/api/v1/returns", officers[0])
                        .header("Content-Type", "application/xml").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                BankReportApiTest.camt054(payment.get("endToEndId").textValue(), amount, "AC04"))));
                assertEquals(200, applied.statusCode(), applied.body());
                returnedCents += new BigDecimal(amount).movePointRight(2).longValueExact();
                returns++;
                iban.put(dossierId, NEW_IBAN);
                // The case system sends the month again with the new IBAN: the next run repays the returned payment.
                YearMonth latest = ((java.util.NavigableMap<YearMonth, ObjectNode>) submitted.get(dossierId)).lastKey();
                ObjectNode again = submitted.get(dossierId).get(latest).deepCopy();
                ((ObjectNode) again.get("betaalrekening")).put("iban", NEW_IBAN);
                pendingIbanChanges.add(again);
            }
        }
    }

    /** Both officers approve (a second approval the batch does not need is a 409); the file's amounts leave the bank. */
    private void approveAndDownload(TestEngine engine, String[] officers, long batchId) {
        for (String officer : officers) {
            int status = engine.approve(batchId, officer, "{}").statusCode();
            assertTrue(status == 201 || status == 409, "approval " + status);
        }
        HttpResponse<String> file = engine.get("/api/v1/batches/" + batchId + "/pain001", officers[0]);
        assertEquals(200, file.statusCode(), file.body());
        Matcher amounts = AMOUNT.matcher(file.body());
        while (amounts.find()) {
            leftTheBankCents += new BigDecimal(amounts.group(1)).movePointRight(2).longValueExact();
        }
    }

    private final List<ObjectNode> pendingIbanChanges = new ArrayList<>();

    private void assertYearHolds(TestEngine engine, String ops, Map<String, String[]> officers, YearMonth periode) {
        List<JsonNode> afwijkingen = new ArrayList<>();
        String na = null;
        do {
            JsonNode page = TestEngine.json(engine.get("/api/v1/afstemming?periode=" + periode + "&limit=1000"
                    + (na == null ? "" : "&na=" + na), ops));
            page.get("afwijkingen").forEach(afwijkingen::add);
            na = page.get("volgende").isNull() ? null : page.get("volgende").textValue();
        } while (na != null);
        // A returned payment waits for the run after its new IBAN: the one open difference a run may leave.
        long notReturns = afwijkingen.stream().filter(a -> !returnedWaiting(engine, officers, a)).count();
        assertEquals(0, notReturns, "after the run of " + periode + ": " + afwijkingen);

        long due = 0;
        long reserve = 0;
        long open = 0;
        for (var dossier : submitted.entrySet()) {
            for (var month : dossier.getValue().entrySet()) {
                if (!month.getKey().isAfter(periode)) {
                    due += due(tenantOf.get(dossier.getKey()), month.getValue());
                }
            }
            if (dossier.getValue().isEmpty()) {
                continue;
            }
            JsonNode rekening = TestEngine.json(engine.get("/api/v1/dossiers/" + dossier.getKey() + "/rekening?tot="
                    + periode, officers.get(tenantOf.get(dossier.getKey()))[0]));
            reserve += cents(rekening.get("vakantiegeld").get("reserve"));
            open += cents(rekening.get("vorderingen").get("open"));
            assertTrue(cents(rekening.get("vakantiegeld").get("reserve")) >= 0, rekening.toString());
            assertTrue(cents(rekening.get("vorderingen").get("open")) >= 0, rekening.toString());
        }
        long waitingReturns = afwijkingen.stream().mapToLong(a -> cents(a.get("saldo"))).sum();
        long voorschotten = undecidedVoorschotten.values().stream().mapToLong(Long::longValue).sum();
        assertEquals(due - reserve + open + voorschotten - waitingReturns, leftTheBankCents - returnedCents,
                "after " + periode + ": left the bank = Σ due − reserve + open vorderingen + voorschotten of undecided"
                        + " months (− returns not repaid yet)");
        pendingIbanChangesSubmit(engine, officers);
    }

    private boolean returnedWaiting(TestEngine engine, Map<String, String[]> officers, JsonNode afwijking) {
        return "VERSCHIL".equals(afwijking.get("reden").textValue()) && cents(afwijking.get("saldo")) > 0
                && iban.get(afwijking.get("dossierId").textValue()).equals(NEW_IBAN);
    }

    private void pendingIbanChangesSubmit(TestEngine engine, Map<String, String[]> officers) {
        for (ObjectNode again : pendingIbanChanges) {
            String dossierId = again.get("dossierId").textValue();
            remember(dossierId, again);
            RunFixtures.submit(engine, engine.token(tenantOf.get(dossierId), "submitter"), List.of(again));
        }
        pendingIbanChanges.clear();
    }

    private static long due(String tenant, ObjectNode record) {
        var read = (BerekeningReader.Valid) new BerekeningReader().read(record);
        Outcome outcome = new Calculator(ParameterResource.load(), CalculationSettings.of(RunFixtures.tenant(tenant)))
                .calculate(read.berekening());
        return ((Outcome.Success) outcome).resultaat().uitkeringInclVakantiegeld().cents();
    }

    private static long cents(JsonNode euros) {
        return euros.decimalValue().movePointRight(2).longValueExact();
    }

    /** Starts the month's run on an engine that settles one dossier per chunk, stops it halfway, and starts another. */
    private TestEngine stopHalfwayAndFinish(TestDatabase db, TestEngine engine, String ops, YearMonth periode)
            throws InterruptedException {
        engine.close();
        TestEngine slow = TestEngine.start(db.engineConfig(dir.resolve("engine")).withBetaalrun(SLOW));
        String runId = RunFixtures.start(slow, slow.token(null, "ops"), periode.toString());
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (db.count("SELECT count(*) FROM betaalrun_chunks WHERE run_id = $1 AND state = 'DONE'", runId) < 2) {
            assertTrue(System.nanoTime() < deadline, "no progress in the run");
            Thread.sleep(5);
        }
        slow.close();
        assertEquals("RUNNING", db.query("SELECT status FROM betaalruns WHERE id = $1", runId).get(0).getString("status"),
                "the engine stopped in the middle of the run");
        return TestEngine.start(db.engineConfig(dir.resolve("engine")).withBetaalrun(RunFixtures.FAST));
    }

    private static String lastRun(TestDatabase db) {
        return db.query("SELECT id FROM betaalruns ORDER BY started_at DESC LIMIT 1").get(0).getString("id");
    }

    /** Whole months from {@code from} to {@code to}. */
    private static final class ChronoMonths {
        static long between(YearMonth from, YearMonth to) {
            return java.time.temporal.ChronoUnit.MONTHS.between(from, to);
        }
    }
}
