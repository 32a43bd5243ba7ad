package nl.gbi.http;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Collects what the engine logs under {@code nl.gbi} while a test runs. */
final class LogCapture extends Handler implements AutoCloseable {

    private final Logger logger = Logger.getLogger("nl.gbi");
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    LogCapture() {
        setLevel(Level.ALL);
        logger.addHandler(this);
    }

    List<LogRecord> records() {
        return List.copyOf(records);
    }

    long count(Level level, String fragment) {
        return records.stream().filter(r -> r.getLevel().equals(level) && r.getMessage() != null)
                .filter(r -> r.getMessage().contains(fragment)).count();
    }

    List<LogRecord> atLeast(Level level) {
        return records.stream().filter(r -> r.getLevel().intValue() >= level.intValue()).toList();
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
