package nl.gbi.sepa.pain001;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.prowidesoftware.swift.model.mx.MxPain00100109;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import nl.gbi.sepa.ProwidePain001;
import nl.gbi.sepa.SepaFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Property tests over random valid batches: every written file passes both checks, and read back with prowide
 * it holds exactly the transactions, counts, sums and identifiers that went in. prowide's own message() on the
 * same data gives the same document.
 */
class Pain001RoundTripTest {

    private static final int BATCHES = 40;
    private static final int BATCH_SIZE_MAX = 300;

    @BeforeAll
    static void cacheJaxbContexts() {
        ProwidePain001.init();
    }

    @Test
    void randomBatchesAreOfferableAndReadBackExactly() {
        Random random = new Random(20250725L);
        for (int i = 0; i < BATCHES; i++) {
            List<CreditTransfer> batch = SepaFixtures.randomBatch(random, 1 + random.nextInt(BATCH_SIZE_MAX));
            byte[] file = SepaFixtures.write(1 + i, batch);
            assertEquals(List.of(), Pain001Check.check(file).findings(), "batch " + i);
            ProwideReadBack.assertReadsBack(SepaFixtures.header(1 + i, batch), batch, file);
        }
    }

    @Test
    void prowidesOwnMessageOfTheSameDataIsTheSameDocument() {
        Random random = new Random(42L);
        for (int i = 0; i < 5; i++) {
            List<CreditTransfer> batch = SepaFixtures.randomBatch(random, 1 + random.nextInt(50));
            PaymentFileHeader header = SepaFixtures.header(7, batch);
            String theirs = ProwidePain001.message(ProwidePain001.model(header, batch));
            String ours = new String(SepaFixtures.write(7, batch), StandardCharsets.UTF_8);
            assertEquals(List.of(), Pain001Check.check(theirs.getBytes(StandardCharsets.UTF_8)).findings());
            assertEquals(MxPain00100109.parse(theirs).getCstmrCdtTrfInitn(),
                    MxPain00100109.parse(ours).getCstmrCdtTrfInitn());
        }
    }
}
