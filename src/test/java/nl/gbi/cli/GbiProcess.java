package nl.gbi.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** {@code java nl.gbi.Main …} in a JVM of its own, as ops run it: its real stdout, stderr and exit code. */
record GbiProcess(int exit, String out, String err) {

    /** Runs to its end; a command that has not ended after {@code seconds} fails the test (it hangs). */
    static GbiProcess run(Path dir, Map<String, String> env, long seconds, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "nl.gbi.Main"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("GBI_DATABASE_URL");
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            throw new AssertionError("gbi " + String.join(" ", args) + " still ran after " + seconds + " s: it hangs\n"
                    + read(err));
        }
        return new GbiProcess(process.exitValue(), read(out), read(err));
    }

    /** The lines the command itself wrote on stderr about the failure (log records carry a level and a logger). */
    List<String> failureLines() {
        return err.lines().filter(line -> line.startsWith("gbi ")).toList();
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
