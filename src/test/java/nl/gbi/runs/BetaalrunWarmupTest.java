package nl.gbi.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import nl.gbi.demo.SyntheticDossiers;
import nl.gbi.domain.Tenant;
import nl.gbi.parameterset.EffectiveParameters;
import nl.gbi.parameterset.TestSets;
import nl.gbi.tenants.TenantLoader;
import org.junit.jupiter.api.Test;

/** The start's warm-up goes through the run's whole CPU path on made-up dossiers, and stops when asked. */
class BetaalrunWarmupTest {

    private static final List<Tenant> TENANTS = List.copyOf(TenantLoader.load(Path.of("tenants")).all());
    private static final EffectiveParameters SHIPPED = TestSets.shipped();
    private static final YearMonth MONTH = SHIPPED.newestHalfYear();

    @Test
    void everyMadeUpDossierIsCalculatedPaidAndWrittenIntoAFileThatPassesTheCheck() {
        SyntheticDossiers made = new SyntheticDossiers(1);
        Map<String, Integer> asked = new TreeMap<>();

        BetaalrunWarmup.Done done = BetaalrunWarmup.run(SHIPPED, TENANTS, MONTH, 2_500, (tenant, month, id) -> {
            asked.merge(tenant.gemeentecode(), 1, Integer::sum);
            assertEquals(MONTH, month);
            assertTrue(id.startsWith(tenant.gemeentecode() + "-W"), id);
            return made.berekening(tenant, month, id).toString();
        }, () -> false);

        assertEquals(2_500, done.dossiers());
        assertEquals(Map.of(TENANTS.get(0).gemeentecode(), 1_000, TENANTS.get(1).gemeentecode(), 1_000,
                TENANTS.get(2).gemeentecode(), 500), asked, "chunks of the run's size, the municipalities in turn");
        assertEquals(2_500, done.calculated() + done.refused(), done.toString());
        assertEquals(0, done.refused(), "made-up dossiers are valid ones, so the path taken is the paying one: " + done);
        assertTrue(done.lines() >= done.calculated() * 9 / 10, "most dossiers are paid: " + done);
        assertEquals(3, done.files(), "one file for each municipality that had a chunk: " + done);
        assertEquals(0, done.findings(), "the writer's files pass the file check, as a real run's must: " + done);
    }

    @Test
    void aStopEndsItBetweenChunks() {
        SyntheticDossiers made = new SyntheticDossiers(2);
        AtomicInteger chunksAsked = new AtomicInteger();

        BetaalrunWarmup.Done done = BetaalrunWarmup.run(SHIPPED, TENANTS, MONTH, 100_000,
                (tenant, month, id) -> made.berekening(tenant, month, id).toString(),
                () -> chunksAsked.incrementAndGet() > 2);

        assertEquals(2 * BetaalrunSettings.CHUNK_SIZE_DEFAULT, done.dossiers(), "two chunks, then the stop: " + done);
        assertEquals(0, done.files(), "no file is written after a stop");
    }

    @Test
    void itWarmsUpWithThisMonthOrTheNewestHalfYearWithFigures() {
        YearMonth now = SHIPPED.newestHalfYear().plusMonths(3);
        assertTrue(SHIPPED.knows(now));
        assertEquals(now, BetaalrunWarmup.month(SHIPPED, now));
        YearMonth before = YearMonth.of(2020, 1);
        assertTrue(!SHIPPED.knows(before));
        assertEquals(SHIPPED.newestHalfYear(), BetaalrunWarmup.month(SHIPPED, before));
    }

    @Test
    void theNumberOfDossiersIsBounded() {
        assertThrows(IllegalArgumentException.class, () -> BetaalrunWarmup.run(SHIPPED, TENANTS, MONTH,
                BetaalrunWarmup.DOSSIERS_MAX + 1, (tenant, month, id) -> "{}", () -> false));
        assertThrows(IllegalArgumentException.class, () -> BetaalrunWarmup.run(SHIPPED, TENANTS, MONTH, 0,
                (tenant, month, id) -> "{}", () -> false));
        assertThrows(IllegalArgumentException.class, () -> BetaalrunWarmup.run(SHIPPED, List.of(), MONTH, 1,
                (tenant, month, id) -> "{}", () -> false));
        assertThrows(IllegalArgumentException.class, () -> RunFixtures.FAST.withWarmUpDossiers(BetaalrunWarmup.DOSSIERS_MAX + 1));
        assertThrows(IllegalArgumentException.class, () -> RunFixtures.FAST.withWarmUpDossiers(-1));
    }
}
