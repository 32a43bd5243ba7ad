package nl.gbi.persistence;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Applies the versioned SQL files {@code db/migration/V001.sql, V002.sql, ...} in order, each in its own
 * transaction, recording version and SHA-256. A recorded migration whose file has changed stops the start:
 * what ran in production must stay what the repository says. Several instances starting at once take turns
 * through an advisory lock.
 */
public final class Migrations {

    private static final long LOCK_KEY = 0x6762695f6d6967L; // "gbi_mig"

    record Migration(int version, String sql, String checksum) {
    }

    private Migrations() {
    }

    public static Future<Integer> apply(SqlConnection owner) {
        List<Migration> migrations = load();
        return owner.query("SET client_min_messages = warning").execute()
                .compose(quiet -> owner.query("SELECT pg_advisory_lock(" + LOCK_KEY + ")").execute())
                .compose(locked -> owner.query("""
                        CREATE TABLE IF NOT EXISTS schema_migrations (
                            version    integer PRIMARY KEY,
                            checksum   text NOT NULL,
                            applied_at timestamptz NOT NULL DEFAULT now())""").execute())
                .compose(created -> owner.query("SELECT version, checksum FROM schema_migrations").execute())
                .compose(rows -> applyMissing(owner, migrations, rows))
                .eventually(() -> owner.query("SELECT pg_advisory_unlock(" + LOCK_KEY + ")").execute());
    }

    private static Future<Integer> applyMissing(SqlConnection owner, List<Migration> migrations, Iterable<Row> applied) {
        List<Integer> done = new ArrayList<>();
        for (Row row : applied) {
            int version = row.getInteger("version");
            Migration migration = migrations.stream().filter(m -> m.version() == version).findFirst().orElse(null);
            if (migration == null) {
                return Future.failedFuture(new IllegalStateException(
                        "database has migration V" + version + " that this engine does not know: is it older than the database?"));
            }
            if (!migration.checksum().equals(row.getString("checksum"))) {
                return Future.failedFuture(new IllegalStateException(String.format(
                        "migration V%03d was edited after it was applied (recorded sha256 %s, file sha256 %s); "
                                + "add a new migration instead", version, row.getString("checksum"), migration.checksum())));
            }
            done.add(version);
        }
        Future<Integer> chain = Future.succeededFuture(0);
        for (Migration migration : migrations) {
            if (!done.contains(migration.version())) {
                chain = chain.compose(count -> applyOne(owner, migration).map(count + 1));
            }
        }
        return chain;
    }

    private static Future<Void> applyOne(SqlConnection owner, Migration migration) {
        return owner.begin().compose(tx -> owner.query(migration.sql()).execute()
                .compose(ran -> owner.preparedQuery("INSERT INTO schema_migrations (version, checksum) VALUES ($1, $2)")
                        .execute(Tuple.of(migration.version(), migration.checksum())))
                .compose(recorded -> tx.commit())
                .recover(failure -> tx.rollback().transform(ignored -> Future.failedFuture(new IllegalStateException(
                        String.format("migration V%03d failed: %s", migration.version(), failure.getMessage()), failure)))));
    }

    static List<Migration> load() {
        List<Migration> migrations = new ArrayList<>();
        for (int version = 1; ; version++) {
            String sql = resource(String.format("db/migration/V%03d.sql", version));
            if (sql == null) {
                return migrations;
            }
            migrations.add(new Migration(version, sql, sha256(sql)));
        }
    }

    private static String resource(String name) {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
