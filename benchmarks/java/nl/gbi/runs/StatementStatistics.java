package nl.gbi.runs;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Where the database's time went, from {@code pg_stat_statements} (preloaded by the embedded server): reset before a
 * piece of work, read after it. The same query ops run (docs/operations.md).
 */
final class StatementStatistics {

    private final String jdbcUrl;
    private final Properties credentials;

    StatementStatistics(String jdbcUrl, Properties credentials) {
        this.jdbcUrl = jdbcUrl;
        this.credentials = credentials;
    }

    void reset() throws SQLException {
        try (Connection conn = DriverManager.getConnection(jdbcUrl, credentials); Statement s = conn.createStatement()) {
            s.execute("SELECT pg_stat_statements_reset()");
        }
    }

    /** The {@code limit} statements with the most execution time, one line each. */
    List<String> top(int limit) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection conn = DriverManager.getConnection(jdbcUrl, credentials); Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT calls, total_exec_time / 1000 AS seconds, mean_exec_time AS mean_ms, rows,
                            left(regexp_replace(query, '\\s+', ' ', 'g'), 110) AS query
                     FROM pg_stat_statements ORDER BY total_exec_time DESC""" + " LIMIT " + limit)) {
            while (rs.next()) {
                lines.add(String.format("%8d calls %9.2f s %10.2f ms/call %10d rows  %s", rs.getLong("calls"),
                        rs.getDouble("seconds"), rs.getDouble("mean_ms"), rs.getLong("rows"), rs.getString("query")));
            }
        }
        return lines;
    }
}
