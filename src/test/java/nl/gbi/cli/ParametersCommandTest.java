package nl.gbi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.gbi.Main;
import nl.gbi.parameterset.TestSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parameters check FILE}: a draft set checked offline with the rules of a proposal, through {@link Main}. */
class ParametersCommandTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run check(String text, String... more) throws IOException {
        Path file = dir.resolve("set.txt");
        Files.writeString(file, text);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = new String[3 + more.length];
        args[0] = "parameters";
        args[1] = "check";
        args[2] = file.toString();
        System.arraycopy(more, 0, args, 3, more.length);
        int exit = Main.run(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anAcceptableDraftPrintsItsDifferencesAndExits0() throws IOException {
        Run run = check(TestSets.indexed2027());
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("NORM_21_B"), run.out());
        assertTrue(run.out().matches("(?s).*NORM_21_B\\s+2027-01-01\\s+2027\\.79\\s+-\\s+2058\\.21\\s+1\\.50%.*"), run.out());
        assertTrue(run.out().contains("acceptable: propose it"), run.out());
    }

    @Test
    void aTypoIsAFindingAndExits1UntilItHasAReason() throws IOException {
        String typo = TestSets.indexed(t -> t.replaceAll("(?m)^VRIJLATING_MAX_N \\| 2027-01-01 \\| [0-9.]+",
                "VRIJLATING_MAX_N | 2027-01-01 | 2933.00"));
        Run run = check(typo);
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.out().contains("AFWIJKING.VRIJLATING_MAX_N.2027-01-01"), run.out());
        assertTrue(run.out().contains("NOT acceptable: 0 refusal(s), 2 finding(s) without a reason"), run.out());
        String reasons = "# reden AFWIJKING.VRIJLATING_MAX_N.2027-01-01: x\n# reden BEREIK.VRIJLATING_MAX_N.2027-01-01: y\n";
        Run reasoned = check(typo + reasons);
        assertEquals(0, reasoned.exit(), reasoned.out());
        assertTrue(reasoned.out().contains("reason: y"), reasoned.out());
        Run extra = check(typo + reasons + "# reden VERHOUDING.VRIJLATING_MAX_N.2027-01-01: z\n");
        assertEquals(1, extra.exit(), "a reason for a finding that is not there: " + extra.out());
    }

    @Test
    void anInvalidFileAndBadArgumentsAreNamed() throws IOException {
        Run invalid = check("NORM_21_A | 2027-01-01 | 1.419,46 | x\n");
        assertEquals(1, invalid.exit());
        assertTrue(invalid.out().contains("line 1: NORM_21_A value '1.419,46'"), invalid.out());
        Run usage = check(TestSets.indexed2027(), "--max-wijziging", "0");
        assertEquals(2, usage.exit(), usage.err());
        assertEquals(0, check(TestSets.indexed2027(), "--max-wijziging", "10").exit());
    }
}
