package nl.gbi.runs;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.postgresql.PGConnection;

/**
 * What PostgreSQL itself needs to write a piece of work's rows: the baseline the betaalrun and the intake are
 * measured against (issue 12). The rows a piece of work wrote are the ones whose {@code xmin} lies in the
 * transaction ids it used (inserted or updated by it). They are copied out in binary, then, in a transaction that is
 * rolled back, deleted (triggers off, untimed) and {@code COPY}'d back into the same real tables with all their
 * indexes, constraints and triggers (timed): once in one session, once split over two sessions by dossier. The
 * parent rows {@code betaalruns} and {@code batches} stay in place, so the two sessions never wait on each other's
 * foreign keys; they are a handful of rows.
 */
final class CopyBaseline {

    /** What was copied and how long it took. */
    record Measured(Map<String, Long> rows, long bytes, double serialSeconds, double twoSessionSeconds) {
        long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }

        String describe() {
            return String.format("%,d rows (%s), %,d MB binary: COPY serial %.2f s, two sessions %.2f s", totalRows(),
                    rows, bytes >> 20, serialSeconds, twoSessionSeconds);
        }
    }

    private static final List<String> KEPT = List.of("betaalruns", "batches", "flyway_schema_history");

    private final String jdbcUrl;
    private final Properties credentials = new Properties();
    private final Path dir;

    /** @param url the superuser's {@code postgresql://user:password@host:port/db}, as {@code TestDatabase.url()} */
    CopyBaseline(String url, Path dir) {
        URI uri = URI.create(url);
        String[] userInfo = uri.getUserInfo().split(":", 2);
        this.jdbcUrl = "jdbc:postgresql://" + uri.getHost() + ":" + uri.getPort() + uri.getPath();
        credentials.setProperty("user", userInfo[0]);
        credentials.setProperty("password", userInfo[1]);
        this.dir = dir;
    }

    /** pg_stat_statements on the same server. */
    StatementStatistics statements() {
        return new StatementStatistics(jdbcUrl, credentials);
    }

    /** The next transaction id: everything committed from here on has an xmin at least this. */
    long nextXid() throws SQLException {
        try (Connection conn = connect(); Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT txid_current()")) {
            rs.next();
            long xid = rs.getLong(1);
            if (xid >= (1L << 31)) {
                throw new IllegalStateException("xid " + xid + ": the baseline assumes a young cluster (no wraparound)");
            }
            return xid + 1;
        }
    }

    /**
     * The rows written by transactions {@code from} (inclusive) to {@code until}, as a predicate per table (a row
     * inserted by one piece of work and updated by a later one counts for the later one).
     */
    Map<String, String> written(long from, long until) throws SQLException {
        String predicate = "(xmin::text)::bigint >= " + from + " AND (xmin::text)::bigint < " + until;
        Map<String, String> written = new LinkedHashMap<>();
        try (Connection conn = connect()) {
            for (String table : tables(conn)) {
                if (!KEPT.contains(table) && count(conn, "SELECT count(*) FROM " + table + " WHERE " + predicate) > 0) {
                    written.put(table, predicate);
                }
            }
        }
        return written;
    }

    /** Copies out, then re-copies the rows each table's predicate selects. */
    Measured measure(Map<String, String> selection) throws Exception {
        Map<String, String> halves = new LinkedHashMap<>();
        Map<String, Long> rows = new LinkedHashMap<>();
        long bytes = 0;
        try (Connection conn = connect()) {
            for (Map.Entry<String, String> selected : selection.entrySet()) {
                String table = selected.getKey();
                rows.put(table, count(conn, "SELECT count(*) FROM " + table + " WHERE " + selected.getValue()));
                String split = hasColumn(conn, table, "dossier_id") ? "hashtext(dossier_id)" : "hashtext(ctid::text)";
                halves.put(table, "(" + selected.getValue() + ") AND (" + split + " & 1) = ");
                for (int half = 0; half < 2; half++) {
                    try (OutputStream out = Files.newOutputStream(file(table, half))) {
                        ((PGConnection) conn).getCopyAPI().copyOut("COPY (SELECT * FROM " + table + " WHERE "
                                + halves.get(table) + half + ") TO STDOUT (FORMAT binary)", out);
                    }
                    bytes += Files.size(file(table, half));
                }
            }
        }
        long[] one = timed(List.of(0, 1), halves, new CyclicBarrier(1));
        double serial = (one[1] - one[0]) / 1e9;
        ExecutorService two = Executors.newFixedThreadPool(2);
        double twoSessions;
        try {
            CyclicBarrier bothDeleted = new CyclicBarrier(2);
            List<Future<long[]>> sessions = new ArrayList<>();
            for (int half = 0; half < 2; half++) {
                List<Integer> mine = List.of(half);
                sessions.add(two.submit(() -> timed(mine, halves, bothDeleted)));
            }
            long started = Long.MAX_VALUE;
            long ended = 0;
            for (Future<long[]> session : sessions) {
                long[] span = session.get();
                started = Math.min(started, span[0]);
                ended = Math.max(ended, span[1]);
            }
            twoSessions = (ended - started) / 1e9;
        } finally {
            two.shutdownNow();
        }
        for (String table : halves.keySet()) {
            Files.deleteIfExists(file(table, 0));
            Files.deleteIfExists(file(table, 1));
        }
        return new Measured(rows, bytes, serial, twoSessions);
    }

    /**
     * In one transaction, rolled back: deletes the given halves of every table (untimed, triggers off), then copies
     * them back in with triggers on. Returns when the copy started and ended ({@code System.nanoTime}); sessions
     * measured together wait at {@code ready} until each has deleted its half, so they copy at the same time.
     */
    private long[] timed(List<Integer> mine, Map<String, String> halves, CyclicBarrier ready) throws Exception {
        try (Connection conn = connect()) {
            conn.setAutoCommit(false);
            try (Statement s = conn.createStatement()) {
                s.execute("SET lock_timeout = '120s'");
                s.execute("SET session_replication_role = replica");
                for (Map.Entry<String, String> table : halves.entrySet()) {
                    for (int half : mine) {
                        s.execute("DELETE FROM " + table.getKey() + " WHERE " + table.getValue() + half);
                    }
                }
                s.execute("SET session_replication_role = origin");
            }
            ready.await();
            long started = System.nanoTime();
            for (String table : halves.keySet()) {
                for (int half : mine) {
                    try (InputStream in = Files.newInputStream(file(table, half))) {
                        ((PGConnection) conn).getCopyAPI().copyIn("COPY " + table + " FROM STDIN (FORMAT binary)", in);
                    }
                }
            }
            try (Statement s = conn.createStatement()) {
                s.execute("SET CONSTRAINTS ALL IMMEDIATE");
            }
            long ended = System.nanoTime();
            conn.rollback();
            return new long[] {started, ended};
        }
    }

    private Path file(String table, int half) {
        return dir.resolve("copy-" + table + "-" + half + ".bin");
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, credentials);
    }

    /** The engine's tables, parents before children as far as foreign keys go (creation order). */
    private static List<String> tables(Connection conn) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY oid")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static boolean hasColumn(Connection conn, String table, String column) throws SQLException {
        return count(conn, "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '"
                + table + "' AND column_name = '" + column + "'") > 0;
    }

    private static long count(Connection conn, String sql) throws SQLException {
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
