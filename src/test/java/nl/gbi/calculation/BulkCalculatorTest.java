package nl.gbi.calculation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.gbi.domain.Berekening;
import nl.gbi.domain.Regeling;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The bulk API gives the same outcomes as one-by-one calculation, in input order, on worker threads. */
class BulkCalculatorTest {

    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(2);

    @AfterAll
    static void stopWorkers() throws InterruptedException {
        WORKERS.shutdown();
        assertTrue(WORKERS.awaitTermination(10, TimeUnit.SECONDS));
    }

    @Test
    void returnsTheOutcomesInInputOrderIncludingRefusals() throws Exception {
        List<Berekening> berekeningen = new ArrayList<>(new HouseholdGenerator(7).generate(5_000));
        berekeningen.add(1234, TestBerekening.alleenstaande().regeling(Regeling.BBZ).build());
        List<Outcome> bulk = new BulkCalculator(Calculations.DEFAULT, WORKERS, 97).calculateAll(berekeningen).get(30, TimeUnit.SECONDS);
        assertEquals(berekeningen.size(), bulk.size());
        for (int i = 0; i < berekeningen.size(); i++) {
            assertEquals(Calculations.DEFAULT.calculate(berekeningen.get(i)), bulk.get(i), "index " + i);
        }
        assertTrue(bulk.get(1234) instanceof Outcome.Refused);
    }

    @Test
    void handsEveryChunkToTheSinkWithItsOffset() throws Exception {
        List<Berekening> berekeningen = new HouseholdGenerator(8).generate(1_000);
        java.util.Map<Integer, Integer> sizes = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicLong total = new java.util.concurrent.atomic.AtomicLong();
        Thread caller = Thread.currentThread();
        new BulkCalculator(Calculations.DEFAULT, WORKERS, 300).calculateInChunks(berekeningen, (offset, outcomes) -> {
            assertTrue(Thread.currentThread() != caller, "a chunk ran on the caller's thread");
            sizes.put(offset, outcomes.size());
            for (int i = 0; i < outcomes.size(); i++) {
                assertEquals(Calculations.DEFAULT.calculate(berekeningen.get(offset + i)), outcomes.get(i));
                total.addAndGet(((Outcome.Success) outcomes.get(i)).resultaat().uitkeringInclVakantiegeld().cents());
            }
        }).get(30, TimeUnit.SECONDS);
        assertEquals(java.util.Map.of(0, 300, 300, 300, 600, 300, 900, 100), sizes);
        long expected = berekeningen.stream().mapToLong(b -> ((Outcome.Success) Calculations.DEFAULT.calculate(b)).resultaat()
                .uitkeringInclVakantiegeld().cents()).sum();
        assertEquals(expected, total.get());
    }

    @Test
    void handlesAnEmptyList() throws Exception {
        assertEquals(List.of(), new BulkCalculator(Calculations.DEFAULT, WORKERS).calculateAll(List.of()).get(5, TimeUnit.SECONDS));
    }

    @Test
    void boundsTheChunkSize() {
        assertThrows(IllegalArgumentException.class, () -> new BulkCalculator(Calculations.DEFAULT, WORKERS, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new BulkCalculator(Calculations.DEFAULT, WORKERS, BulkCalculator.CHUNK_SIZE_MAX + 1));
    }
}
