package nl.gbi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.gbi.TestDatabase;
import nl.gbi.TestEngine;
import nl.gbi.TestTenants;
import java.net.InetAddress;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import nl.gbi.batches.Batch;
import nl.gbi.batches.BatchFixtures;
import nl.gbi.batches.ContentHash;
import nl.gbi.parameterset.TestSets;
import nl.gbi.runs.RunFixtures;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in Debian's headless Chromium: two finance officers approve a batch above the threshold with
 * the keyboard and the confirmation dialog, the download's SHA-256 matches the approved hash, and a
 * screenshot of the batch page is kept in {@code target/screenshots/batch-page.png}; ops follow a betaalrun
 * (screenshot {@code target/screenshots/run-page.png}), which finance officers do not see. Without chromium
 * and chromedriver this test fails: .ci/run installs them.
 */
class BatchPageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final YearMonth JULY = YearMonth.of(2025, 7);

    @TempDir
    static Path dir;
    static TestDatabase db;
    static TestEngine engine;
    static WebDriver browser;
    static WebDriverWait wait;
    static MockOAuth2Server idp;
    private static final String ISSUER_ID = "gm0014";

    @BeforeAll
    static void start() throws IOException {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "the browser test needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver):"
                        + " apt-get install -y chromium chromium-driver (.ci/run does this)");
        // Groningen's officers may also sign in with their identity provider: a real OIDC server on loopback
        idp = new MockOAuth2Server();
        idp.start(InetAddress.getByName("127.0.0.1"), 0);
        Path tenants = TestTenants.withEdit(dir, "GM0014", "\"secondApprovalThreshold\"", "\"oidc\": {\"issuer\": \""
                + idp.issuerUrl(ISSUER_ID) + "\", \"clientId\": \"gbi-betaalmotor\", \"rolesClaim\": \"groups\","
                + " \"roles\": {\"gbi-finance\": \"finance-officer\"}}, \"secondApprovalThreshold\"");
        db = TestDatabase.start(dir.resolve("db"));
        engine = TestEngine.start(db.engineConfig(dir.resolve("engine")).withBetaalrun(RunFixtures.FAST)
                .withTenantsDir(tenants).withOidcSecrets(Map.of("GBI_OIDC_SECRET_GM0014", "geheim")));
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        // the console, so that a Content-Security-Policy violation fails the test (afterEach)
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1280, 1900));
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (idp != null) {
            idp.shutdown();
        }
        if (engine != null) {
            engine.close();
        }
        if (db != null) {
            db.close();
        }
    }

    /** The page works within its Content-Security-Policy: a violation shows in the console and fails the test. */
    @AfterEach
    void noPolicyViolations() {
        List<String> violations = cspViolations();
        assertEquals(List.of(), violations, "the page broke its Content-Security-Policy");
    }

    private static List<String> cspViolations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    /** The check above can fail: an image from elsewhere is refused by the policy and reported in the console. */
    @Test
    void aPolicyViolationShowsInTheConsole() {
        ((JavascriptExecutor) browser).executeScript(
                "const img = document.createElement('img'); img.src = 'http://127.0.0.2:9/x.png'; document.body.append(img);");
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<String> seen = List.of();
        while (seen.isEmpty() && System.nanoTime() < until) {
            seen = cspViolations();
        }
        assertEquals(1, seen.size(), "the refused image is reported once");
        assertTrue(seen.get(0).contains("img-src"), seen.get(0));
    }

    /** Each test starts signed out: the token lives in the tab's sessionStorage, a session in its cookie. */
    @BeforeEach
    void signedOut() {
        browser.get(engine.base() + "/");
        browser.manage().deleteAllCookies();
        ((JavascriptExecutor) browser).executeScript("sessionStorage.clear()");
        browser.navigate().refresh();
    }

    @Test
    void twoOfficersApproveABatchAboveTheThresholdAndTheDownloadMatches() throws IOException {
        String starterId = engine.issue("GM0014", "finance-officer", "Anna Starter").get("id").textValue();
        String bram = engine.issue("GM0014", "finance-officer", "Bram de Boer").get("token").textValue();
        String cor = engine.issue("GM0014", "finance-officer", "Cor Jansen").get("token").textValue();
        Batch batch = engine.createBatch(BatchFixtures.batch("GM0014", starterId,
                BatchFixtures.lines("WEB", 30, 4_000_000)));
        JsonNode stored = TestEngine.json(engine.get("/api/v1/batches/" + batch.id(), bram));
        String sha = stored.get("sha256").textValue();
        assertEquals(2, stored.get("goedkeuringenNodig").intValue(), "1.200.000,00 is above Groningen's threshold");

        browser.get(engine.base() + "/");
        signIn(bram);
        approve(batch.id(), sha);
        waitForMessage("goedgekeurd (1 van 2)");
        browser.findElement(By.id("goedkeuren")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("g-bevestig")));
        acknowledgeFindings();
        browser.findElement(By.id("g-bevestig")).click();
        waitForMessage("al goed");

        browser.findElement(By.id("afmelden")).click();
        signIn(cor);
        approve(batch.id(), sha);
        wait.until(ExpectedConditions.textToBe(By.id("batch-status"), "goedgekeurd"));

        browser.findElement(By.xpath("//button[text()='Download bestand 0']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("download-uitkomst"), "klopt"));
        assertEquals(sha, browser.findElement(By.id("download-uitkomst")).getAttribute("data-sha256"));
        wait.until(ExpectedConditions.textToBe(By.id("batch-status"), "geëxporteerd"));
        Path downloaded = waitForDownload(dir.resolve("downloads"));
        assertEquals(sha, ContentHash.hex(ContentHash.sha256(Files.readAllBytes(downloaded))));

        screenshot("batch-page.png");
    }

    /**
     * Issue 15 point 2: two officers sign in with Groningen's identity provider (authorization code with PKCE, no
     * secret pasted anywhere) and approve the same batch; each is the person the IdP names, and sign-out ends the
     * session on the server, not only on the page.
     */
    @Test
    void twoPersonsSignInWithTheirIdentityProviderAndApproveABatch() throws IOException {
        String starterId = engine.issue("GM0014", "finance-officer", "Starter").get("id").textValue();
        String reader = engine.issue("GM0014", "finance-officer", "Lezer").get("token").textValue();
        Batch batch = engine.createBatch(BatchFixtures.batch("GM0014", starterId, BatchFixtures.lines("SSO", 30, 4_000_000)));
        String sha = TestEngine.json(engine.get("/api/v1/batches/" + batch.id(), reader)).get("sha256").textValue();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("Aanmelden bij Gemeente Groningen")));
        screenshot("sign-in-page.png");

        signInWithIdp("anna", "Anna Vries");
        approve(batch.id(), sha);
        waitForMessage("goedgekeurd (1 van 2)");
        browser.findElement(By.id("afmelden")).click();
        waitForMessage("afgemeld");
        JsonNode sessions = TestEngine.json(engine.get("/api/v1/tokens", engine.adminToken())).get("tokens");
        long ended = 0;
        for (JsonNode t : sessions) {
            ended += "sessie".equals(t.get("soort").textValue()) && "INGETROKKEN".equals(t.get("status").textValue()) ? 1 : 0;
        }
        assertEquals(1, ended, "sign-out revoked Anna's session: " + sessions);

        signInWithIdp("bram", "Bram Boer");
        approve(batch.id(), sha);
        wait.until(ExpectedConditions.textToBe(By.id("batch-status"), "goedgekeurd"));
        JsonNode approvals = TestEngine.json(engine.get("/api/v1/batches/" + batch.id(), reader)).get("goedkeuringen");
        String issuer = idp.issuerUrl(ISSUER_ID).toString();
        assertEquals(issuer + "#anna", approvals.get(0).get("persoon").textValue());
        assertEquals(issuer + "#bram", approvals.get(1).get("persoon").textValue());
        assertEquals("Bram Boer", approvals.get(1).get("naam").textValue());
        browser.findElement(By.id("afmelden")).click();
        waitForMessage("afgemeld");
    }

    /** Signs in through Groningen's identity provider as {@code subject}, as an officer clicks through. */
    private static void signInWithIdp(String subject, String name) {
        idp.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", null,
                Map.of("name", name, "groups", List.of("gbi-finance")), 3600));
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Aanmelden bij Gemeente Groningen"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("wie"), name + " (finance officer, GM0014)"));
        waitForMessage("aangemeld");
    }

    @Test
    void opsSeeMissingFiguresReviewASetAndASecondPersonApprovesIt() throws IOException {
        String anna = engine.issue(null, "ops", "Anna Beleid").get("token").textValue();
        String bram = engine.issue(null, "ops", "Bram Beheer").get("token").textValue();
        HttpResponse<String> proposed = TestEngine.send(engine.request("/api/v1/parametersets", anna)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(TestSets.indexed2027())));
        assertEquals(201, proposed.statusCode(), proposed.body());
        long id = TestEngine.json(proposed).get("id").longValue();

        signIn(bram);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("normen")));
        // the shipped figures end with 2026: from 45 days before 1-1-2027 ops are warned on the page
        WebElement warning = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("normen-waarschuwing")));
        assertTrue(warning.getText().contains("2027-01"), warning.getText());
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[text()='Open set " + id + "']")))
                .sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.id("normenset-status"), "voorgesteld, wacht op een tweede persoon"));
        String b = browser.findElement(By.cssSelector("#normenset-verschillen tr[data-key='NORM_21_B']")).getText();
        assertTrue(b.contains("2.027,79") && b.contains("2.058,21") && b.contains("+1,50%"), b);
        browser.findElement(By.id("normen-goedkeuren")).click();
        waitForMessage("Bevestig eerst");
        browser.findElement(By.id("normen-gezien")).click();
        browser.findElement(By.id("normen-goedkeuren")).click();
        wait.until(ExpectedConditions.textToBe(By.id("normenset-status"), "goedgekeurd, in werking"));
        waitForMessage("is goedgekeurd");
        assertFalse(browser.findElement(By.id("normen-waarschuwing")).isDisplayed()
                && browser.findElement(By.id("normen-waarschuwing")).getText().contains("2027-01"), "2027-01 is known now");
        screenshot("parameters-page.png");

        browser.findElement(By.id("afmelden")).click();
        signIn(engine.token("GM0014", "finance-officer"));
        assertFalse(browser.findElement(By.id("normen")).isDisplayed(), "finance officers do not see the parameter sets");
    }

    private static void screenshot(String name) throws IOException {
        Path screenshot = Path.of("target/screenshots", name);
        Files.createDirectories(screenshot.getParent());
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), screenshot,
                StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(screenshot) > 10_000, "the screenshot shows the page");
    }

    @Test
    void opsFollowARunToItsReportAndFinanceOfficersDoNotSeeRuns() throws Exception {
        String ops = engine.token(null, "ops");
        List<ObjectNode> groningen = new ArrayList<>(RunFixtures.dossiers("GM0014", JULY, 11, 61));
        ObjectNode minor = RunFixtures.sample("WEB-MINDERJARIG", JULY.toString());
        ((ObjectNode) minor.get("aanvrager")).put("geboortedatum", "2010-01-01");
        groningen.add(minor);
        List<ObjectNode> amsterdam = RunFixtures.dossiers("GM0363", JULY, 5, 62);
        RunFixtures.submit(engine, engine.token("GM0014", "submitter"), groningen);
        RunFixtures.submit(engine, engine.token("GM0363", "submitter"), amsterdam);
        RunFixtures.Expected inGroningen = RunFixtures.expected("GM0014", groningen);
        RunFixtures.Expected inAmsterdam = RunFixtures.expected("GM0363", amsterdam);
        String runId = RunFixtures.start(engine, ops, JULY.toString());
        JsonNode status = RunFixtures.awaitEnd(engine, ops, runId, Duration.ofSeconds(60));
        assertEquals("COMPLETED", status.get("status").textValue(), status.toString());
        JsonNode chunks = RunFixtures.tenantOf(status, "GM0014");

        signIn(ops);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("runs")));
        openRun(runId);
        wait.until(ExpectedConditions.textToBe(By.id("run-status"), "klaar"));
        wait.until(ExpectedConditions.textToBe(By.id("run-afstemming"), String.valueOf(
                status.get("afstemming").get("afwijkingen").intValue())));

        Map<String, long[]> perKind = new TreeMap<>();
        for (RunFixtures.Expected expected : List.of(inGroningen, inAmsterdam)) {
            expected.perKind().forEach((kind, total) -> {
                long[] sum = perKind.computeIfAbsent(kind, k -> new long[2]);
                sum[0] += total[0];
                sum[1] += total[1];
            });
        }
        perKind.forEach((kind, total) -> assertTotal("#run-rapport", "betalingen", kind, total[0], total[1]));
        assertEquals(perKind.size(), browser.findElements(By.cssSelector(
                "#run-rapport table[data-rapport='betalingen'] tbody tr")).size());
        status.get("rapport").fields().forEachRemaining(field -> assertEquals(field.getValue().isObject() ? 1 : 0,
                browser.findElements(By.cssSelector("#run-rapport table[data-rapport='" + field.getKey() + "']")).size(),
                "every map of the report has its table: " + field.getKey()));
        String sum = browser.findElement(By.cssSelector("#run-rapport table[data-rapport='betalingen'] tfoot")).getText();
        assertTrue(sum.contains(String.valueOf(inGroningen.count() + inAmsterdam.count()))
                && sum.contains(euros(inGroningen.cents() + inAmsterdam.cents())), sum);
        String progress = browser.findElement(By.cssSelector("#run-gemeenten tr[data-gemeente='GM0014']")).getText();
        assertTrue(progress.contains(chunks.get("chunksKlaar").intValue() + " van " + chunks.get("chunksTotaal").intValue()),
                progress);
        assertEquals(String.valueOf(inGroningen.refused()), browser.findElement(By.cssSelector(
                "#run-gemeenten tr[data-gemeente='GM0014'] td:nth-of-type(4)")).getText());
        assertEquals(String.valueOf(inGroningen.refused() + inAmsterdam.refused()),
                browser.findElement(By.id("run-geweigerd")).getText());
        String refusals = browser.findElement(By.id("run-weigeringen")).getText();
        assertTrue(refusals.contains("WEB-MINDERJARIG") && refusals.contains("LEEFTIJD_ONDER_18"), refusals);
        browser.findElement(By.cssSelector("#run-per-gemeente details[data-gemeente='GM0014'] summary")).click();
        inGroningen.perKind().forEach((kind, total) -> assertTotal(
                "#run-per-gemeente details[data-gemeente='GM0014']", "betalingen", kind, total[0], total[1]));
        screenshot("run-page.png");

        runningRunRefreshesItselfUntilItEnds();

        browser.findElement(By.id("afmelden")).click();
        signIn(engine.token("GM0014", "finance-officer"));
        assertFalse(browser.findElement(By.id("runs")).isDisplayed(), "a finance officer gets no betaalruns");
        assertTrue(browser.findElement(By.id("batches")).getText().contains("GM0014"), "but the run's batch");
        String dossierId = groningen.get(0).get("dossierId").textValue();
        browser.findElement(By.id("dossier-id")).sendKeys(dossierId, Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dossier-maanden"), "juli 2025"));
        String month = browser.findElement(By.cssSelector("#dossier-maanden tbody tr")).getText();
        assertTrue(month.contains("1 (1)") && month.contains("UITKERING"), month);
        String open = browser.findElement(By.id("dossier-open")).getText();
        assertTrue(open.endsWith("0,00"), "no open vorderingen: " + open);
        browser.findElement(By.id("afmelden")).click();
    }

    /**
     * A run another instance works on (planned in the database, its last chunk leased for an hour) shows as
     * RUNNING; when it ends the open view shows the end without anyone touching the page.
     */
    private static void runningRunRefreshesItselfUntilItEnds() {
        String runId = "run-00000000-0000-0000-0000-00000000b10e";
        db.query("""
                WITH r AS (INSERT INTO betaalruns (id, periode, status, started_by)
                           SELECT $1, '2024-01-01', 'RUNNING', id FROM tokens WHERE role = 'ops' LIMIT 1 RETURNING id),
                     t AS (INSERT INTO betaalrun_tenants (run_id, tenant_id, chunks_total, dossiers_total, batch_state)
                           SELECT id, 'GM0014', 2, 14, 'PENDING' FROM r RETURNING run_id)
                INSERT INTO betaalrun_chunks (run_id, tenant_id, chunk_no, first_dossier, last_dossier, dossiers, state,
                                              calculated, refused, lease_owner, lease_until)
                SELECT run_id, 'GM0014', n, CASE n WHEN 0 THEN 'A' ELSE 'N' END, CASE n WHEN 0 THEN 'M' ELSE 'Z' END, 7,
                       CASE n WHEN 0 THEN 'DONE' ELSE 'PENDING' END, CASE n WHEN 0 THEN 7 END, CASE n WHEN 0 THEN 0 END,
                       CASE n WHEN 1 THEN 'another-instance' END, CASE n WHEN 1 THEN now() + interval '1 hour' END
                FROM t, generate_series(0, 1) n""", runId);
        browser.findElement(By.id("runs-verversen")).click();
        openRun(runId);
        wait.until(ExpectedConditions.textToBe(By.id("run-status"), "loopt"));
        assertTrue(browser.findElement(By.id("run-stand")).getText().contains("loopt"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#run-gemeenten tr[data-gemeente='GM0014']"), "1 van 2"));

        db.query("""
                WITH c AS (UPDATE betaalrun_chunks SET state = 'DONE', calculated = 7, refused = 0, lease_owner = NULL,
                                  lease_until = NULL WHERE run_id = $1 AND state = 'PENDING' RETURNING run_id),
                     t AS (UPDATE betaalrun_tenants SET batch_state = 'DONE', finished_at = now() WHERE run_id = $1
                           RETURNING run_id)
                UPDATE betaalruns SET status = 'COMPLETED', finished_at = now() WHERE id = $1""", runId);

        wait.until(ExpectedConditions.textToBe(By.id("run-status"), "klaar"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#run-gemeenten tr[data-gemeente='GM0014']"), "2 van 2"));
        assertTrue(browser.findElement(By.id("run-stand")).getText().contains("klaar"));
    }

    private static void openRun(String runId) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-run='" + runId + "']")))
                .sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("run")));
    }

    /** The row of {@code key} in the report table {@code name} inside {@code scope}: count and euros as shown. */
    private static void assertTotal(String scope, String name, String key, long count, long cents) {
        List<WebElement> cells = browser.findElements(By.cssSelector(
                scope + " table[data-rapport='" + name + "'] tr[data-key='" + key + "'] td"));
        assertEquals(2, cells.size(), scope + " " + name + " " + key);
        assertEquals(String.valueOf(count), cells.get(0).getText(), key);
        assertTrue(cells.get(1).getText().contains(euros(cents)), key + ": " + cells.get(1).getText());
    }

    /** Euros as the page writes them for nl-NL, without the sign: {@code 1.234,56}. */
    private static String euros(long cents) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL")))
                .format(BigDecimal.valueOf(cents, 2));
    }

    /**
     * The werkvoorraad on the page (issue 14 point 5): a hold, a stopped dossier and its returned payment are listed
     * in Dutch with Dutch dates, and a finance officer acts on each through its dialog; each leaves the list and the
     * audit trail records who and why.
     */
    @Test
    void anOfficerWorksThroughTheWerkvoorraad() throws IOException {
        // Enschede: the run test pays Groningen and Amsterdam, and must not meet the payment released here
        String submitter = engine.token("GM0153", "submitter");
        String officer = engine.token("GM0153", "finance-officer");
        RunFixtures.submit(engine, submitter, List.of(RunFixtures.sample("WV-HOLD", "2025-11")));
        HttpResponse<String> hold = engine.postJson("/api/v1/dossiers/WV-HOLD/opschortingen", submitter,
                "{\"grondslag\":\"PW_54\",\"reden\":\"Bankafschriften niet ingeleverd\"}");
        assertEquals(201, hold.statusCode(), hold.body());
        String holdRef = "opschorting/" + TestEngine.json(hold).get("id").longValue();
        String starterId = engine.issue("GM0153", "finance-officer", "Starter WV").get("id").textValue();
        Batch batch = engine.createBatch(BatchFixtures.batch("GM0153", starterId, BatchFixtures.lines("WVSTOP", 2, 500_00)));
        assertEquals(201, engine.approve(batch.id(), officer).statusCode());
        assertEquals(200, engine.get("/api/v1/batches/" + batch.id() + "/pain001", officer).statusCode());
        JsonNode payments = TestEngine.json(engine.get("/api/v1/batches/" + batch.id() + "/payments", officer)).get("betalingen");
        JsonNode payment = payments.get(0).get("dossierId").textValue().equals("WVSTOP-0") ? payments.get(0) : payments.get(1);
        JsonNode review = payment == payments.get(0) ? payments.get(1) : payments.get(0);
        returnPayment(officer, payment, "MD07");
        returnPayment(officer, review, "RR01");
        String paymentRef = "betaling/" + payment.get("seq").longValue();
        String reviewRef = "betaling/" + review.get("seq").longValue();
        HttpResponse<String> voorschot = TestEngine.send(engine.request("/api/v1/voorschotten", submitter)
                .header("Content-Type", "application/json").header("Idempotency-Key", "web-wv-kw")
                .POST(HttpRequest.BodyPublishers.ofString("{\"dossierId\":\"WV-KW\",\"periode\":\"2026-02\","
                        + "\"bedrag\":100.00,\"iban\":\"NL91ABNA0417164300\",\"tenaamstelling\":\"J. de Vries\","
                        + "\"reden\":\"aanvraag\"}")));
        assertEquals(201, voorschot.statusCode(), voorschot.body());
        long voorschotBatch = TestEngine.json(voorschot).get("batchId").longValue();
        assertEquals(201, engine.approve(voorschotBatch, officer).statusCode());
        assertEquals(200, engine.get("/api/v1/batches/" + voorschotBatch + "/pain001", officer).statusCode());
        assertEquals(200, engine.postJson("/api/v1/voorschotten/" + TestEngine.json(voorschot).get("id").textValue()
                + "/afwijzing", submitter, "{\"reden\":\"Geen recht\"}").statusCode());

        browser.manage().window().setSize(new Dimension(1400, 1900));
        browser.get(engine.base() + "/");
        // what the page logged before (the previous test's tab being signed out) is not this sign-in's
        assertEquals(List.of(), cspViolations(), "the page broke its Content-Security-Policy");
        signIn(officer);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("werkvoorraad")));
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::getMessage).toList();
        assertEquals(List.of(), errors, "no console errors or warnings on sign-in");
        String holdRow = rowOf(holdRef).getText();
        assertTrue(holdRow.contains("Opschorting") && holdRow.contains("nog 56 dagen"), holdRow);
        assertTrue(holdRow.matches("(?s).*\\b[0-9]{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september"
                + "|oktober|november|december) [0-9]{4}\\b.*"), "a Dutch date: " + holdRow);
        String paymentRow = rowOf(paymentRef).getText();
        assertTrue(paymentRow.contains("Teruggestort of geweigerd door de bank") && paymentRow.contains("juli 2025")
                && paymentRow.contains("500,00"), paymentRow);
        assertTrue(rowOf("stop/WVSTOP-0").getText().contains("Gestopt dossier (MD07)"));
        assertTrue(browser.findElement(By.id("wv-stand")).getText().matches("[0-9.]+ van [0-9.]+ items?.*"),
                browser.findElement(By.id("wv-stand")).getText());

        ((JavascriptExecutor) browser).executeScript("document.getElementById('werkvoorraad').scrollIntoView()");
        screenshot("werkvoorraad.png");
        // ops see every municipality's list, without the municipality's actions, and sign in without errors too
        browser.findElement(By.id("afmelden")).click();
        browser.manage().logs().get(LogType.BROWSER);
        signIn(engine.token(null, "ops"));
        String opsRow = rowOf(holdRef).getText();
        assertTrue(opsRow.contains("GM0153") && opsRow.contains("Opschorting opheffen (door de gemeente)"), opsRow);
        assertEquals(0, rowOf(holdRef).findElements(By.tagName("button")).size(), "no action buttons for ops");
        List<String> opsErrors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::getMessage).toList();
        assertEquals(List.of(), opsErrors, "no console errors or warnings on an ops sign-in");
        browser.findElement(By.id("afmelden")).click();
        signIn(officer);
        act(holdRef, "Opschorting opheffen", "Afschriften alsnog ontvangen");
        act("stop/WVSTOP-0", "Stop opheffen", "Akte betrof een naamgenoot; BRP gecontroleerd");
        act(paymentRef, "Buiten de motor afgehandeld", "Via de erven afgewikkeld");
        rowOf(reviewRef).findElement(By.xpath(".//button[text()='Vrijgeven']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("wv-actie-tekst"))).sendKeys("Onderzoek: in orde");
        browser.findElement(By.id("wv-actie-bevestig")).click();
        waitForMessage("gedaan");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(refRow(reviewRef), "Wacht (gaat vanzelf verder)"));

        // a write-off below the threshold, from the vordering's row: the rest stays open
        rowOf("vordering/WV-KW").findElement(By.xpath(".//button[text()='Kwijtschelden']")).click();
        WebElement amount = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("wv-actie-bedrag")));
        amount.clear();
        amount.sendKeys("40");
        browser.findElement(By.id("wv-actie-tekst")).sendKeys("Schuldhulpverlening: dringende redenen");
        browser.findElement(By.id("wv-actie-bevestig")).click();
        waitForMessage("gedaan");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(refRow("vordering/WV-KW"), "60,00"));

        // at or above the threshold a second officer decides: Enschede's threshold down to 50,00 (its policy, by two ops)
        String opsA = engine.issue(null, "ops", "Ops Anna").get("token").textValue();
        String opsB = engine.issue(null, "ops", "Ops Bram").get("token").textValue();
        HttpResponse<String> policy = engine.postJson("/api/v1/gemeenten/GM0153/beleid", opsA,
                "{\"allowedVerlagingPercentages\":[5,30,100],\"verlagingBase\":\"NORM_INCL_VAKANTIEGELD\","
                        + "\"voorschotMaxPercentage\":100,\"secondApprovalThreshold\":50.00,"
                        + "\"redenen\":{\"AFWIJKING.secondApprovalThreshold\":\"test van vier ogen\"}}");
        assertEquals(201, policy.statusCode(), policy.body());
        assertEquals(200, engine.postJson("/api/v1/gemeenten/GM0153/beleid/" + TestEngine.json(policy).get("id").longValue()
                + "/approvals", opsB, "{}").statusCode());
        WebElement before = rowOf("vordering/WV-KW");
        browser.findElement(By.cssSelector("#wv-filter button[type=submit]")).click();
        wait.until(ExpectedConditions.stalenessOf(before));
        rowOf("vordering/WV-KW").findElement(By.xpath(".//button[text()='Kwijtschelden']")).click();
        WebElement rest = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("wv-actie-bedrag")));
        rest.clear();
        rest.sendKeys("60");
        browser.findElement(By.id("wv-actie-tekst")).sendKeys("Tien jaar na het besluit");
        browser.findElement(By.id("wv-actie-bevestig")).click();
        By proposal = By.cssSelector("#wv-lijst tr[data-soort='KWIJTSCHELDING_VOORGESTELD']");
        wait.until(ExpectedConditions.visibilityOfElementLocated(proposal));
        assertTrue(browser.findElement(proposal).getText().contains("60,00"), browser.findElement(proposal).getText());
        // the second officer rejects it with a reason, then proposes it again; the first approves that one
        browser.findElement(By.id("afmelden")).click();
        signIn(engine.token("GM0153", "finance-officer"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(proposal))
                .findElement(By.xpath(".//button[text()='Kwijtschelding afwijzen']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("wv-actie-tekst"))).sendKeys("Eerst de regeling");
        browser.findElement(By.id("wv-actie-bevestig")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(proposal, 0));
        assertTrue(rowOf("vordering/WV-KW").getText().contains("60,00"), "rejected: still open");
        rowOf("vordering/WV-KW").findElement(By.xpath(".//button[text()='Kwijtschelden']")).click();
        WebElement again = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("wv-actie-bedrag")));
        again.clear();
        again.sendKeys("60");
        browser.findElement(By.id("wv-actie-tekst")).sendKeys("Regeling getroffen: tien jaar na het besluit");
        browser.findElement(By.id("wv-actie-bevestig")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(proposal));
        browser.findElement(By.id("afmelden")).click();
        signIn(officer);
        wait.until(ExpectedConditions.visibilityOfElementLocated(proposal))
                .findElement(By.xpath(".//button[text()='Kwijtschelding goedkeuren']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("wv-actie-bevestig"))).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(proposal, 0));
        wait.until(ExpectedConditions.numberOfElementsToBe(refRow("vordering/WV-KW"), 0));

        List<String> audited = new ArrayList<>();
        for (JsonNode e : TestEngine.json(engine.get("/api/v1/audit?tenant=GM0153&aantal=500", officer)).get("regels")) {
            String action = e.get("actie").textValue();
            if (List.of("OPSCHORTING_OPGEHEVEN", "STOP_OPGEHEVEN", "BETALING_BUITEN_ENGINE_AFGEHANDELD", "BETALING_VRIJGEGEVEN",
                    "KWIJTSCHELDING_VOORGESTELD", "KWIJTSCHELDING_GOEDGEKEURD", "KWIJTSCHELDING_AFGEWEZEN").contains(action)) {
                audited.add(action + " " + e.get("actorNaam").textValue());
            }
        }
        assertEquals(9, audited.size(), audited.toString());

        // the audit table at 1400 px: every column within the page, nothing to scroll sideways
        browser.findElement(By.cssSelector("#audit-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-regels"), "STOP_OPGEHEVEN"));
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "const t = document.getElementById('audit-regels'); return t.scrollWidth - t.parentElement.clientWidth;");
        assertTrue(((Number) overflow).intValue() <= 0, "the audit table is wider than the page by " + overflow + " px");
        assertTrue(browser.findElement(By.id("audit-regels")).getText().matches("(?s).*[0-9]{1,2} [a-z]+ [0-9]{4} om .*"),
                "audit times in Dutch");
        browser.manage().window().setSize(new Dimension(1280, 1900));
    }

    private static void returnPayment(String officer, JsonNode payment, String reason) {
        HttpResponse<String> returned = TestEngine.send(engine.request("/api/v1/returns", officer)
                .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofString(
                        nl.gbi.http.BankReportApiTest.camt054(payment.get("endToEndId").textValue(),
                                payment.get("bedrag").decimalValue().toPlainString(), reason))));
        assertEquals(200, returned.statusCode(), returned.body());
    }

    private static By refRow(String ref) {
        return By.cssSelector("#wv-lijst tr[data-ref='" + ref + "']");
    }

    private static WebElement rowOf(String ref) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#wv-lijst tr[data-ref='" + ref + "']")));
    }

    /** Opens the action's dialog from the item's row, gives the reason and confirms; the item leaves the list. */
    private static void act(String ref, String action, String reason) {
        rowOf(ref).findElement(By.xpath(".//button[text()='" + action + "']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("wv-actie-tekst"))).sendKeys(reason);
        browser.findElement(By.id("wv-actie-bevestig")).click();
        waitForMessage("gedaan");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#wv-lijst tr[data-ref='" + ref + "']"), 0));
    }

    /** Types the token and presses Enter: the page works from the keyboard. */
    @Test
    void aVoorschotBatchCarriesAVoorschotBadge() {
        String submitter = engine.token("GM0014", "submitter");
        String officer = engine.token("GM0014", "finance-officer");
        HttpResponse<String> made = TestEngine.send(engine.request("/api/v1/voorschotten", submitter)
                .header("Content-Type", "application/json").header("Idempotency-Key", "web-voorschot")
                .POST(HttpRequest.BodyPublishers.ofString("{\"dossierId\":\"WEB-VS\",\"periode\":\"2026-01\","
                        + "\"bedrag\":500.00,\"iban\":\"NL91ABNA0417164300\",\"tenaamstelling\":\"J. de Vries\","
                        + "\"reden\":\"aanvraag\"}")));
        assertEquals(201, made.statusCode(), made.body());
        long batchId = TestEngine.json(made).get("batchId").longValue();
        browser.get(engine.base() + "/");
        signIn(officer);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[text()='Open batch " + batchId + "']")))
                .sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.id("batch-status"), "wacht op goedkeuring"));
        assertEquals("voorschot", browser.findElement(By.id("batch-voorschot")).getText());
    }

    private static void signIn(String token) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token"))).sendKeys(token, Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lijst")));
        waitForMessage("aangemeld");
    }

    private static void approve(long batchId, String sha) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[text()='Open batch " + batchId + "']")))
                .sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.id("batch-status"), "wacht op goedkeuring"));
        browser.findElement(By.id("goedkeuren")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("g-sha256")));
        assertEquals(sha, browser.findElement(By.id("g-sha256")).getText(), "the dialog shows the hash being approved");
        assertEquals("30", browser.findElement(By.id("g-aantal")).getText());
        assertTrue(browser.findElement(By.id("g-totaal")).getText().contains("1.200.000,00"));
        // the fixture asks for 24 July 2025, long past: the bank gets today or the next TARGET2 day, and both say so
        String moved = "verschoven van 24 juli 2025";
        assertTrue(browser.findElement(By.id("g-uitvoerdatum")).getText().contains(moved),
                browser.findElement(By.id("g-uitvoerdatum")).getText());
        assertEquals("waarschuwing", browser.findElement(By.id("g-uitvoerdatum")).getAttribute("class"));
        assertTrue(browser.findElement(By.id("batch-uitvoerdatum")).getText().contains(moved));
        assertFalse(browser.findElement(By.id("batch-uitvoerdatum")).getText().startsWith("24 juli 2025"),
                "the date shown first is the one the bank is asked for");
        assertEquals("GM0014", browser.findElement(By.id("g-gemeente")).getText());
        // 40.000,00 a payment is far above twice the norm, five accounts get six dossiers each, and the date moved:
        // the page lists the safety rails' findings and the dialog asks a reason for each
        String rails = browser.findElement(By.id("vangrails")).getText();
        assertTrue(rails.contains("BOVEN_NORM") && rails.contains("IBAN_VEEL_DOSSIERS") && rails.contains("UITVOERDATUM_VERSCHOVEN"),
                rails);
        assertTrue(browser.findElement(By.id("g-bevindingen")).getText().contains("Bevestig elke bevinding met een reden"));
        acknowledgeFindings();
        browser.findElement(By.id("g-bevestig")).click();
    }

    /** Gives every finding in the approval dialog a reason. */
    private static void acknowledgeFindings() {
        List<WebElement> reasons = browser.findElements(By.cssSelector("#g-bevindingen textarea"));
        assertFalse(reasons.isEmpty(), "the dialog asks a reason per finding");
        for (WebElement reason : reasons) {
            reason.sendKeys("gecontroleerd met de gemeente");
        }
    }

    private static void waitForMessage(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("melding"), text));
    }

    private static Path waitForDownload(Path downloads) throws IOException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < until) {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> done = files.filter(p -> p.toString().endsWith(".xml")).toList();
                if (!done.isEmpty()) {
                    return done.get(0);
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no pain.001 arrived in " + downloads);
    }
}
