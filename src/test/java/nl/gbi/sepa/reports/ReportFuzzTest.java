package nl.gbi.sepa.reports;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Function;
import nl.gbi.sepa.ProwidePain001;
import nl.gbi.sepa.SepaIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Random mutations of valid bank files (byte flips, truncations, deleted and duplicated ranges, injected
 * markup): every outcome is a report whose content keeps its invariants or a ReportRefusedException; never
 * another exception, never a hang.
 */
class ReportFuzzTest {

    private static final int MUTATIONS_PER_FILE = 150;
    private static final String[] INJECTIONS = {"<", ">", "&", "&amp;", "]]>", "<!--", "<Ntry>", "</TxDtls>",
        "<RtrInf><Rsn><Cd>AC04</Cd></Rsn></RtrInf>", "<TxSts>RJCT</TxSts>", "\u0000", "\uFEFF", "é", "xmlns:x='y'",
        "<!DOCTYPE a [<!ENTITY b SYSTEM 'file:///etc/passwd'>]>", "&b;"};

    @BeforeAll
    static void cacheJaxbContexts() {
        ProwidePain001.init();
    }

    @Test
    void mutatedStatusReportsAreReadOrRefused() {
        fuzz(ReportFiles.STATUS, 1L, bytes -> {
            StatusReport report = StatusReportReader.read(bytes);
            assertTrue(SepaIdentifier.isValid(report.originalMsgId()));
            report.endToEndIds().forEach(id -> assertTrue(SepaIdentifier.isValid(id), id));
            return report;
        });
    }

    @Test
    void mutatedReturnFilesAreReadOrRefused() {
        fuzz(ReportFiles.RETURNS, 2L, bytes -> {
            ReturnsReport report = ReturnReader.read(bytes);
            report.returns().forEach(r -> assertTrue(r.endToEndId() != null && r.amount().isPositive(), r::toString));
            return report;
        });
    }

    private static void fuzz(Iterable<String> files, long seed, Function<byte[], Object> read) {
        Random random = new Random(seed);
        int[] readAndRefused = new int[2];
        assertTimeoutPreemptively(Duration.ofSeconds(40), () -> {
            for (String file : files) {
                byte[] valid = ReportFiles.bytes(file);
                for (int i = 0; i < MUTATIONS_PER_FILE; i++) {
                    byte[] mutated = mutate(valid, random);
                    try {
                        read.apply(mutated);
                        readAndRefused[0]++;
                    } catch (ReportRefusedException expected) {
                        readAndRefused[1]++;
                        assertTrue(expected.getMessage() != null && expected.problem() != null);
                    } catch (RuntimeException | AssertionError other) {
                        fail(file + " mutation " + i + " gave " + other + " for:\n"
                                + new String(mutated, StandardCharsets.UTF_8), other);
                    }
                }
            }
        });
        assertTrue(readAndRefused[0] > 0 && readAndRefused[1] > 0,
                "mutations should give both readable and refused files: " + Arrays.toString(readAndRefused));
    }

    static byte[] mutate(byte[] valid, Random random) {
        byte[] out = valid.clone();
        int rounds = 1 + random.nextInt(3);
        for (int r = 0; r < rounds; r++) {
            int at = random.nextInt(Math.max(1, out.length));
            switch (random.nextInt(5)) {
                case 0 -> out[at] = (byte) random.nextInt(256);
                case 1 -> out = Arrays.copyOf(out, at);
                case 2 -> out = splice(out, at, Math.min(out.length, at + random.nextInt(40)), new byte[0]);
                case 3 -> out = splice(out, at, at, Arrays.copyOfRange(out, at, Math.min(out.length, at + random.nextInt(80))));
                default -> out = splice(out, at, at,
                        INJECTIONS[random.nextInt(INJECTIONS.length)].getBytes(StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static byte[] splice(byte[] in, int from, int to, byte[] insert) {
        from = Math.min(from, in.length);
        to = Math.max(from, Math.min(to, in.length));
        byte[] out = new byte[in.length - (to - from) + insert.length];
        System.arraycopy(in, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(in, to, out, from + insert.length, in.length - to);
        return out;
    }
}
