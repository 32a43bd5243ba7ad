package nl.gbi.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import nl.gbi.TestDatabase;
import nl.gbi.batches.BatchFixtures;
import nl.gbi.batches.BatchStore;
import nl.gbi.batches.NewBatch;
import nl.gbi.batches.NumberedBatch;
import nl.gbi.batches.PreparedBatch;
import nl.gbi.domain.Money;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch's lines are written while its files are written; without good files nothing of it is stored. */
class PgBatchStoreTest {

    @TempDir
    static Path dir;
    static TestDatabase db;
    static Vertx vertx;
    static Database database;
    static PgBatchStore store;

    @BeforeAll
    static void start() throws Exception {
        db = TestDatabase.start(dir);
        vertx = Vertx.vertx();
        database = await(Database.open(vertx, DatabaseConfig.fromUrl(db.url(), db.appPassword(), 4)));
        store = new PgBatchStore(database);
    }

    @AfterAll
    static void stop() throws Exception {
        await(database.close());
        vertx.close();
        db.close();
    }

    @Test
    void whenTheFilesFailNeitherBatchNorLinesAreStored() throws Exception {
        NumberedBatch batch = numbered("FAIL", 3);
        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> await(store.insert(batch, Future.failedFuture(new IllegalStateException("writer broke")))));
        assertEquals("writer broke", failed.getCause().getMessage());
        assertNothingStored(batch);
    }

    @Test
    void filesThatDoNotHoldTheLinesAsPlannedAreRefusedAndNothingIsStored() throws Exception {
        NumberedBatch batch = numbered("PLAN", 3);
        PreparedBatch.WrittenFile twoOfThree = new PreparedBatch.WrittenFile(0, "GM0014/20250724/1", new byte[] {1},
                new byte[32], 2, Money.ofCents(20_000), List.of());
        ExecutionException refused = assertThrows(ExecutionException.class,
                () -> await(store.insert(batch, Future.succeededFuture(List.of(twoOfThree)))));
        assertTrue(refused.getCause() instanceof IllegalStateException, refused.getCause().toString());
        assertNothingStored(batch);
    }

    private static NumberedBatch numbered(String prefix, int lines) throws Exception {
        NewBatch request = BatchFixtures.batch("GM0014", "tok", BatchFixtures.lines(prefix, lines, 10_000));
        BatchStore.Reservation reserved = await(store.reserve("GM0014", lines, 1));
        List<String> ids = new ArrayList<>();
        reserved.paymentSeqs().forEach(seq -> ids.add(prefix + "-" + seq));
        return new NumberedBatch(request, reserved.batchId(), reserved.paymentSeqs(), ids,
                Collections.nCopies(lines, 0), List.of(), 1, Money.ofCents(10_000L * lines));
    }

    private static void assertNothingStored(NumberedBatch batch) {
        assertEquals(0, db.count("SELECT count(*) FROM batches WHERE id = $1", batch.batchId()));
        assertEquals(0, db.count("SELECT count(*) FROM payments WHERE batch_id = $1", batch.batchId()));
    }

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }
}
