package nl.gbi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.gbi.TestEngine;
import nl.gbi.batches.Batch;
import nl.gbi.batches.BatchFixtures;
import nl.gbi.batches.ContentHash;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in Debian's headless Chromium: two finance officers approve a batch above the threshold with
 * the keyboard and the confirmation dialog, the download's SHA-256 matches the approved hash, and a
 * screenshot of the batch page is kept in {@code target/screenshots/batch-page.png}. Without chromium and
 * chromedriver this test fails: .ci/run installs them.
 */
class BatchPageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path dir;
    static TestEngine engine;
    static WebDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "the browser test needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver):"
                        + " apt-get install -y chromium chromium-driver (.ci/run does this)");
        engine = TestEngine.start(dir.resolve("engine"));
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
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1280, 1900));
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (engine != null) {
            engine.close();
        }
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
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("g-bevestig"))).click();
        waitForMessage("al goed");

        browser.findElement(By.id("afmelden")).click();
        signIn(cor);
        approve(batch.id(), sha);
        wait.until(ExpectedConditions.textToBe(By.id("batch-status"), "APPROVED"));

        browser.findElement(By.xpath("//button[text()='Download bestand 0']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("download-uitkomst"), "klopt"));
        assertEquals(sha, browser.findElement(By.id("download-uitkomst")).getAttribute("data-sha256"));
        wait.until(ExpectedConditions.textToBe(By.id("batch-status"), "EXPORTED"));
        Path downloaded = waitForDownload(dir.resolve("downloads"));
        assertEquals(sha, ContentHash.hex(ContentHash.sha256(Files.readAllBytes(downloaded))));

        Path screenshot = Path.of("target/screenshots/batch-page.png");
        Files.createDirectories(screenshot.getParent());
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), screenshot,
                StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(screenshot) > 10_000, "the screenshot shows the page");
    }

    /** Types the token and presses Enter: the page works from the keyboard. */
    private static void signIn(String token) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token"))).sendKeys(token, Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lijst")));
        waitForMessage("aangemeld");
    }

    private static void approve(long batchId, String sha) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[text()='Open batch " + batchId + "']")))
                .sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.id("batch-status"), "AWAITING_APPROVAL"));
        browser.findElement(By.id("goedkeuren")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("g-sha256")));
        assertEquals(sha, browser.findElement(By.id("g-sha256")).getText(), "the dialog shows the hash being approved");
        assertEquals("30", browser.findElement(By.id("g-aantal")).getText());
        assertTrue(browser.findElement(By.id("g-totaal")).getText().contains("1.200.000,00"));
        browser.findElement(By.id("g-bevestig")).click();
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
