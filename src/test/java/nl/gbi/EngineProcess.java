package nl.gbi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code gbi serve} in a JVM of its own, for tests that stop or kill the process. */
public final class EngineProcess implements AutoCloseable {

    private static final Pattern SERVING = Pattern.compile("serving \\d+ tenants on http://127\\.0\\.0\\.1:(\\d+)");

    private final Process process;
    private final List<String> output = new ArrayList<>();
    private final CompletableFuture<Integer> port = new CompletableFuture<>();

    private EngineProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(this::readOutput, "engine-process-output");
        reader.setDaemon(true);
        reader.start();
    }

    public static EngineProcess start(Path dataDir, String... extraArgs) throws IOException {
        return start(dataDir, Map.of(), extraArgs);
    }

    /** Starts with {@code env} added to the environment, e.g. {@code GBI_DATABASE_URL} of a {@link TestDatabase}. */
    public static EngineProcess start(Path dataDir, Map<String, String> env, String... extraArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "nl.gbi.Main", "serve",
                "--port", "0", "--data-dir", dataDir.toString()));
        command.addAll(List.of(extraArgs));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        return new EngineProcess(builder.start());
    }

    private void readOutput() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                synchronized (output) {
                    output.add(line);
                }
                Matcher serving = SERVING.matcher(line);
                if (serving.find()) {
                    port.complete(Integer.parseInt(serving.group(1)));
                }
            }
        } catch (IOException e) {
            port.completeExceptionally(e);
        }
        port.completeExceptionally(new IllegalStateException("engine ended before serving: " + output()));
    }

    /** Waits until the engine serves and returns its port. */
    public int awaitPort() throws Exception {
        return port.get(120, TimeUnit.SECONDS);
    }

    public String output() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }

    public long pid() {
        return process.pid();
    }

    /** SIGTERM, then waits for the exit code. */
    public int terminate(long seconds) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("engine did not stop within " + seconds + " s after SIGTERM:\n" + output());
        }
        return process.exitValue();
    }

    /** SIGKILL: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
