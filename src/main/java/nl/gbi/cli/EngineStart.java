package nl.gbi.cli;

import java.io.PrintStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.gbi.Blocking;
import nl.gbi.Engine;
import nl.gbi.EngineConfig;

/**
 * Starts an engine for a command ({@code serve}, {@code demo}) and, when it does not start, says why in one line
 * on stderr and gives the exit code. Waits on the calling (main) thread, never longer than the deadline.
 */
public final class EngineStart {

    private static final Logger LOG = Logger.getLogger(EngineStart.class.getName());

    /** The engine that serves, or the exit code of a start that failed. */
    public record Outcome(Engine engine, int exit) {
        public boolean started() {
            return engine != null;
        }
    }

    private EngineStart() {
    }

    public static Outcome start(String command, EngineConfig config, long deadlineSeconds, PrintStream err) {
        if (config.databaseUrl() == null && DataDirectory.inUse(config.dataDir())) {
            return failed(StartupFailures.dataDirInUse(command, config.dataDir()), null, err);
        }
        try {
            return new Outcome(Blocking.await(Engine.start(config), deadlineSeconds), ExitCode.OK.code());
        } catch (Blocking.TimedOut e) {
            return failed(StartupFailures.timedOut(command, deadlineSeconds), null, err);
        } catch (RuntimeException e) {
            return failed(StartupFailures.classify(command, config, e), e, err);
        }
    }

    private static Outcome failed(StartupFailures.Verdict verdict, Throwable failure, PrintStream err) {
        err.println(verdict.line());
        if (failure != null && verdict.exit() == ExitCode.INTERNAL) {
            failure.printStackTrace(err);
        } else if (failure != null) {
            LOG.log(Level.FINE, "start failed", failure);
        }
        err.flush();
        return new Outcome(null, verdict.exit().code());
    }
}
