package nl.gbi.persistence;

/** The SQL of the run list ({@code GET /api/v1/betaalruns}): the {@code betaalruns} platform table only. */
final class BetaalrunListSql {

    /** Newest first; the id breaks a tie of two runs started in the same microsecond. */
    static final String RECENT = """
            SELECT id, periode, status, started_by, started_at, finished_at FROM betaalruns
            ORDER BY started_at DESC, id DESC LIMIT $1""";

    private BetaalrunListSql() {
    }
}
