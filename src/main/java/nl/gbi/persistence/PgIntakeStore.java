package nl.gbi.persistence;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.gbi.intake.AcceptedBerekening;
import nl.gbi.intake.IntakeStore;
import nl.gbi.intake.StoredAnswer;
import nl.gbi.intake.StoredBerekening;

/** Berekeningen and idempotency keys in PostgreSQL, always inside a transaction limited to one tenant. */
public final class PgIntakeStore implements IntakeStore {

    /** Makes the chunk's records the current versions and says which number each got. */
    private static final String NUMBER = """
            INSERT INTO latest_berekeningen (tenant_id, dossier_id, periode, versie)
            SELECT current_setting('gbi.tenant'), i.dossier_id, i.periode, 1
            FROM unnest($1::text[], $2::date[]) AS i(dossier_id, periode)
            ON CONFLICT (tenant_id, dossier_id, periode) DO UPDATE SET versie = latest_berekeningen.versie + 1
            RETURNING dossier_id, periode, versie""";
    /** The input is Jackson's re-serialisation of a parsed record: valid JSON, so the json cast cannot fail. */
    private static final String INSERT = """
            INSERT INTO berekeningen (tenant_id, dossier_id, periode, versie, input, token_id)
            SELECT current_setting('gbi.tenant'), i.dossier_id, i.periode, i.versie, i.input::json, $5
            FROM unnest($1::text[], $2::date[], $3::int[], $4::text[]) AS i(dossier_id, periode, versie, input)""";
    /**
     * A blocked IBAN (bank answer AC01, AC04, AG01) is lifted once a new berekening of the dossier no longer
     * carries it anywhere (betaalrekening or begunstigde): the municipality has given another account. The
     * input is searched as text for the IBAN as a whole JSON string (an IBAN has no character JSON escapes),
     * not cast to jsonb: that cast fails on an escaped NUL, which the json type accepts, and a failing cast
     * puts the record, names and BSNs included, in the error's DETAIL and CONTEXT. A string that merely ends
     * in the IBAN after an escaped quote keeps the block: the search errs on the side of blocking.
     */
    private static final String LIFT_BLOCKS = """
            UPDATE blocked_ibans b SET lifted_at = now()
            WHERE b.lifted_at IS NULL AND EXISTS (
                SELECT 1 FROM unnest($1::text[], $2::text[]) AS i(dossier_id, input)
                WHERE i.dossier_id = b.dossier_id AND strpos(i.input, '"' || b.iban || '"') = 0)""";
    private static final String LATEST = """
            SELECT b.dossier_id, b.periode, b.versie, b.ontvangen_op, b.input::text AS input,
                   r.resultaat::text AS resultaat,
                   (SELECT coalesce(jsonb_agg(jsonb_build_object('soort', p.soort,
                               'bedrag', (p.amount_cents / 100.0)::numeric(14, 2), 'status', p.state,
                               'redencode', p.reason_code, 'batchId', p.batch_id) ORDER BY p.seq), '[]')::text
                    FROM payments p WHERE p.dossier_id = l.dossier_id AND p.periode = l.periode) AS betaalstatus
            FROM latest_berekeningen l
            JOIN berekeningen b USING (tenant_id, dossier_id, periode, versie)
            LEFT JOIN resultaten r USING (tenant_id, dossier_id, periode, versie)
            WHERE l.dossier_id = $1 AND l.periode = $2""";
    private static final String LOCK_KEY = "SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS locked";
    private static final String FIND_ANSWER = """
            SELECT body_sha256, status_code, response FROM idempotency_keys WHERE key = $1""";
    private static final String SAVE_ANSWER = """
            INSERT INTO idempotency_keys (tenant_id, key, body_sha256, status_code, response)
            VALUES (current_setting('gbi.tenant'), $1, $2, $3, $4)""";

    private final Database database;

    public PgIntakeStore(Database database) {
        this.database = database;
    }

    @Override
    public Future<Session> begin(String tenantId) {
        return database.begin(tenantId).map(tx -> new PgSession(tx, tenantId));
    }

    @Override
    public Future<Optional<StoredBerekening>> findLatest(String tenantId, String dossierId, YearMonth periode) {
        return database.inTenant(tenantId, conn -> conn.preparedQuery(LATEST).execute(Tuple.of(dossierId, periode.atDay(1))))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(toStored(rows.iterator().next())));
    }

    private static StoredBerekening toStored(Row row) {
        return new StoredBerekening(row.getString("dossier_id"), YearMonth.from(row.getLocalDate("periode")).toString(),
                row.getInteger("versie"), row.getOffsetDateTime("ontvangen_op"), row.getString("input"),
                row.getString("resultaat"), row.getString("betaalstatus"));
    }

    private static final class PgSession implements Session {
        private final Database.TenantTransaction tx;
        private final String tenantId;

        PgSession(Database.TenantTransaction tx, String tenantId) {
            this.tx = tx;
            this.tenantId = tenantId;
        }

        @Override
        public Future<Boolean> tryLockKey(String key) {
            return tx.connection().preparedQuery(LOCK_KEY).execute(Tuple.of(tenantId + "/" + key))
                    .map(rows -> rows.iterator().next().getBoolean("locked"));
        }

        @Override
        public Future<Optional<StoredAnswer>> findAnswer(String key) {
            return tx.connection().preparedQuery(FIND_ANSWER).execute(Tuple.of(key)).map(rows -> {
                if (rows.size() == 0) {
                    return Optional.empty();
                }
                Row row = rows.iterator().next();
                return Optional.of(new StoredAnswer(row.getBuffer("body_sha256").getBytes(), row.getInteger("status_code"),
                        row.getString("response")));
            });
        }

        @Override
        public Future<Void> store(List<AcceptedBerekening> chunk, String tokenId) {
            int size = chunk.size();
            String[] dossierIds = new String[size];
            LocalDate[] periodes = new LocalDate[size];
            String[] inputs = new String[size];
            for (int i = 0; i < size; i++) {
                AcceptedBerekening b = chunk.get(i);
                dossierIds[i] = b.dossierId();
                periodes[i] = b.periode().atDay(1);
                inputs[i] = b.inputJson();
            }
            SqlConnection conn = tx.connection();
            return conn.preparedQuery(NUMBER).execute(Tuple.tuple().addValue(dossierIds).addValue(periodes)).compose(numbered -> {
                Map<String, Integer> numbers = new HashMap<>();
                for (Row row : numbered) {
                    numbers.put(row.getString("dossier_id") + "/" + row.getLocalDate("periode"), row.getInteger("versie"));
                }
                Integer[] versies = new Integer[size];
                for (int i = 0; i < size; i++) {
                    versies[i] = numbers.get(dossierIds[i] + "/" + periodes[i]);
                }
                return conn.preparedQuery(INSERT).execute(Tuple.tuple()
                        .addValue(dossierIds).addValue(periodes).addValue(versies).addValue(inputs).addValue(tokenId));
            }).compose(inserted -> conn.preparedQuery(LIFT_BLOCKS).execute(Tuple.tuple().addValue(dossierIds).addValue(inputs)))
                    .mapEmpty();
        }

        @Override
        public Future<Void> saveAnswer(String key, StoredAnswer answer) {
            return tx.connection().preparedQuery(SAVE_ANSWER).execute(Tuple.of(key, Buffer.buffer(answer.bodySha256()),
                    answer.statusCode(), answer.responseJson())).mapEmpty();
        }

        @Override
        public Future<Void> commit() {
            return tx.commit();
        }

        @Override
        public Future<Void> rollback() {
            return tx.rollback();
        }
    }
}
