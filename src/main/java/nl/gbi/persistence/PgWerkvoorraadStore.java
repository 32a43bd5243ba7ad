package nl.gbi.persistence;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.gbi.audit.AuditEvent;
import nl.gbi.domain.BetalingSoort;
import nl.gbi.domain.Iban;
import nl.gbi.ledger.BookingKind;
import nl.gbi.ledger.LedgerBooking;
import nl.gbi.werkvoorraad.ItemSoort;
import nl.gbi.werkvoorraad.WerkvoorraadRows;
import nl.gbi.werkvoorraad.WerkvoorraadStore;

/**
 * The werkvoorraad's rows in PostgreSQL: refusals, stops, IBAN blocks, returned payments, waiting corrections and
 * vorderingen, read at once on one tenant connection (pipelined), each bounded; and its actions (V018).
 */
public final class PgWerkvoorraadStore implements WerkvoorraadStore {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** The latest refusal of each dossier that still has an unsettled month up to its run's month. */
    static final String REFUSALS = """
            SELECT * FROM (
                SELECT DISTINCT ON (f.dossier_id) f.dossier_id, r.periode, f.run_id, r.started_at, f.fouten::text AS fouten
                FROM betaalrun_refusals f JOIN betaalruns r ON r.id = f.run_id
                WHERE f.tenant_id = $1
                  AND EXISTS (SELECT 1 FROM latest_berekeningen l WHERE l.tenant_id = f.tenant_id
                                AND l.dossier_id = f.dossier_id AND l.periode <= r.periode
                                AND l.settled_versie IS DISTINCT FROM l.versie)
                ORDER BY f.dossier_id, r.started_at DESC) latest
            ORDER BY started_at, dossier_id LIMIT $2""";
    private static final String STOPS = """
            SELECT dossier_id, reason_code, since FROM stopped_dossiers WHERE tenant_id = $1 AND lifted_at IS NULL
            ORDER BY since, dossier_id LIMIT $2""";
    private static final String BLOCKS = """
            SELECT dossier_id, iban, reason_code, since FROM blocked_ibans WHERE tenant_id = $1 AND lifted_at IS NULL
            ORDER BY since, dossier_id LIMIT $2""";
    /** Returned or rejected, no live correction (the index payments_one_live_correction), not settled outside. */
    private static final String RETURNED_COLUMNS = """
            SELECT p.seq, p.dossier_id, p.periode, p.soort, p.amount_cents, p.state, p.reason_code,
                   coalesce(p.state_changed_at, p.created_at) AS since, a.soort AS afhandeling
            FROM payments p
            LEFT JOIN payment_afhandelingen a ON a.tenant_id = p.tenant_id AND a.payment_seq = p.seq
            WHERE p.tenant_id = $1 AND p.state IN ('RETURNED', 'REJECTED')
              AND (SELECT x.seq FROM payments x WHERE x.tenant_id = p.tenant_id AND x.corrects_seq = p.seq
                     AND x.state <> 'RELEASED' LIMIT 1) IS NULL""";
    static final String RETURNED = RETURNED_COLUMNS + """

              AND a.soort IS DISTINCT FROM 'BUITEN_ENGINE'
            ORDER BY p.seq LIMIT $2""";
    private static final String RETURNED_ONE = RETURNED_COLUMNS + " AND p.seq = $2";
    /** Corrections the tenant's latest run could not make, of months still unsettled. */
    static final String WAITING = """
            SELECT s.dossier_id, s.periode, s.amount_cents, r.started_at
            FROM betaalrun_skips s JOIN betaalruns r ON r.id = s.run_id
            WHERE s.tenant_id = $1 AND s.reason = 'HERBEREKENING_WAITS'
              AND s.run_id = (SELECT t.run_id FROM betaalrun_tenants t JOIN betaalruns x ON x.id = t.run_id
                              WHERE t.tenant_id = $1 ORDER BY x.started_at DESC LIMIT 1)
              AND EXISTS (SELECT 1 FROM latest_berekeningen l WHERE l.tenant_id = s.tenant_id
                            AND l.dossier_id = s.dossier_id AND l.periode = s.periode
                            AND l.settled_versie IS DISTINCT FROM l.versie)
            ORDER BY s.dossier_id, s.periode LIMIT $2""";
    /** What the tenant's latest run skipped for a blocked IBAN or a stopped dossier: Java adds it up per dossier. */
    static final String SKIPPED = """
            SELECT s.dossier_id, s.periode, s.reason, s.amount_cents FROM betaalrun_skips s
            WHERE s.tenant_id = $1 AND s.reason IN ('BLOCKED_IBAN', 'STOPPED_DOSSIER') AND s.periode IS NOT NULL
              AND s.run_id = (SELECT t.run_id FROM betaalrun_tenants t JOIN betaalruns x ON x.id = t.run_id
                              WHERE t.tenant_id = $1 ORDER BY x.started_at DESC LIMIT 1)
            ORDER BY s.dossier_id, s.periode LIMIT $2""";
    /**
     * The VORDERING, AFLOSSING and KWIJTSCHELDING bookings of the first $2 dossiers that have a VORDERING (found through
     * the partial index ledger_bookings_vorderingen): Java adds them up. Each dossier's bookings by a LATERAL behind an
     * OFFSET 0 fence, so the planner looks them up per dossier: as a join, with stale statistics, it read every booking
     * of the tenant and filtered (HotQueryPlanTest).
     */
    static final String VORDERINGEN = """
            SELECT b.dossier_id, b.periode, b.kind, b.cents
            FROM (SELECT DISTINCT v.dossier_id FROM ledger_bookings v
                  WHERE v.tenant_id = $1 AND NOT v.released AND v.kind = 'VORDERING'
                  ORDER BY v.dossier_id LIMIT $2) d
            CROSS JOIN LATERAL (SELECT x.dossier_id, x.periode, x.kind, x.cents FROM ledger_bookings x
                                WHERE x.tenant_id = $1 AND x.dossier_id = d.dossier_id AND NOT x.released
                                  AND x.kind IN ('VORDERING', 'AFLOSSING', 'KWIJTSCHELDING') OFFSET 0) b
            ORDER BY b.dossier_id, b.periode""";
    private static final String LIFT_STOP = """
            UPDATE stopped_dossiers SET lifted_at = now(), lifted_by = $3, lifted_naam = $4, lift_bewijs = $5
            WHERE tenant_id = $1 AND dossier_id = $2 AND lifted_at IS NULL
            RETURNING dossier_id, reason_code, since""";
    private static final String DECIDE = """
            INSERT INTO payment_afhandelingen (tenant_id, payment_seq, soort, reden, door, door_naam)
            VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING payment_seq""";

    /** The most skipped lines read: their sums on the stop and block items are marked incomplete beyond it. */
    static final int SKIPPED_MAX = 5_000;

    private final Database database;

    public PgWerkvoorraadStore(Database database) {
        this.database = database;
    }

    @Override
    public Future<WerkvoorraadRows> rows(String tenantId, int limit) {
        Tuple args = Tuple.of(tenantId, limit + 1);
        return database.inTenant(tenantId, conn -> {
            Future<RowSet<Row>> refusals = conn.preparedQuery(REFUSALS).execute(args);
            Future<RowSet<Row>> stops = conn.preparedQuery(STOPS).execute(args);
            Future<RowSet<Row>> blocks = conn.preparedQuery(BLOCKS).execute(args);
            Future<RowSet<Row>> returned = conn.preparedQuery(RETURNED).execute(args);
            Future<RowSet<Row>> waiting = conn.preparedQuery(WAITING).execute(args);
            Future<RowSet<Row>> skipped = conn.preparedQuery(SKIPPED).execute(Tuple.of(tenantId, SKIPPED_MAX + 1));
            Future<RowSet<Row>> vorderingen = conn.preparedQuery(VORDERINGEN).execute(args);
            return Future.all(List.of(refusals, stops, blocks, returned, waiting, skipped, vorderingen)).map(read -> {
                Set<ItemSoort> afgekapt = EnumSet.noneOf(ItemSoort.class);
                return new WerkvoorraadRows(tenantId,
                        bounded(refusals.result(), limit, ItemSoort.WEIGERING, afgekapt, PgWerkvoorraadStore::refusal),
                        bounded(stops.result(), limit, ItemSoort.STOP, afgekapt, PgWerkvoorraadStore::stop),
                        bounded(blocks.result(), limit, ItemSoort.IBAN_GEBLOKKEERD, afgekapt, row ->
                                new WerkvoorraadRows.Block(row.getString("dossier_id"),
                                        new Iban(row.getString("iban")).masked(), row.getString("reason_code"),
                                        date(row.getOffsetDateTime("since")))),
                        bounded(returned.result(), limit, ItemSoort.BANK_TERUG, afgekapt, PgWerkvoorraadStore::returned),
                        bounded(waiting.result(), limit, ItemSoort.HERBEREKENING_WACHT, afgekapt, row ->
                                new WerkvoorraadRows.Waiting(row.getString("dossier_id"),
                                        YearMonth.from(row.getLocalDate("periode")), row.getLong("amount_cents"),
                                        date(row.getOffsetDateTime("started_at")))),
                        skipped(skipped.result(), afgekapt), vorderingen(vorderingen.result(), limit, afgekapt), afgekapt);
            });
        });
    }

    @Override
    public Future<Optional<WerkvoorraadRows.Stop>> liftStop(String tenantId, String dossierId, String door, String naam,
                                                            String bewijs, AuditEvent event) {
        return database.inTenant(tenantId, conn -> conn.preparedQuery(LIFT_STOP)
                .execute(Tuple.of(tenantId, dossierId, door, naam, bewijs))
                .compose(rows -> rows.size() == 0 ? Future.succeededFuture(Optional.<WerkvoorraadRows.Stop>empty())
                        : PgAuditLog.append(conn, tenantId, event).map(audited -> Optional.of(stop(rows.iterator().next())))));
    }

    @Override
    public Future<Optional<WerkvoorraadRows.Returned>> returned(String tenantId, long seq) {
        return database.inTenant(tenantId, conn -> conn.preparedQuery(RETURNED_ONE).execute(Tuple.of(tenantId, seq))
                .map(rows -> rows.size() == 0 ? Optional.<WerkvoorraadRows.Returned>empty()
                        : Optional.of(returned(rows.iterator().next()))));
    }

    @Override
    public Future<Boolean> decide(String tenantId, long seq, String soort, String reden, String door, String naam,
                                  AuditEvent event) {
        return database.inTenant(tenantId, conn -> conn.preparedQuery(DECIDE)
                .execute(Tuple.of(tenantId, seq, soort, reden, door, naam))
                .compose(rows -> rows.size() == 0 ? Future.succeededFuture(false)
                        : PgAuditLog.append(conn, tenantId, event).map(audited -> true)));
    }

    private static <T> List<T> bounded(RowSet<Row> rows, int limit, ItemSoort soort, Set<ItemSoort> afgekapt,
            Function<Row, T> mapper) {
        List<T> out = new ArrayList<>(Math.min(rows.size(), limit));
        for (Row row : rows) {
            if (out.size() == limit) {
                afgekapt.add(soort);
                break;
            }
            out.add(mapper.apply(row));
        }
        return out;
    }

    private static List<WerkvoorraadRows.Skipped> skipped(RowSet<Row> rows, Set<ItemSoort> afgekapt) {
        List<WerkvoorraadRows.Skipped> out = new ArrayList<>();
        for (Row row : rows) {
            if (out.size() == SKIPPED_MAX) {
                afgekapt.add(ItemSoort.STOP);
                afgekapt.add(ItemSoort.IBAN_GEBLOKKEERD);
                break;
            }
            out.add(new WerkvoorraadRows.Skipped(row.getString("dossier_id"), YearMonth.from(row.getLocalDate("periode")),
                    row.getString("reason"), row.getLong("amount_cents")));
        }
        return out;
    }

    private static Map<String, List<LedgerBooking>> vorderingen(RowSet<Row> rows, int limit, Set<ItemSoort> afgekapt) {
        Map<String, List<LedgerBooking>> byDossier = new LinkedHashMap<>();
        for (Row row : rows) {
            byDossier.computeIfAbsent(row.getString("dossier_id"), d -> new ArrayList<>()).add(new LedgerBooking(
                    YearMonth.from(row.getLocalDate("periode")), BookingKind.valueOf(row.getString("kind")),
                    row.getLong("cents")));
        }
        if (byDossier.size() > limit) {
            afgekapt.add(ItemSoort.VORDERING);
            String last = new ArrayList<>(byDossier.keySet()).get(limit);
            byDossier.remove(last);
        }
        return byDossier;
    }

    private static WerkvoorraadRows.Refusal refusal(Row row) {
        StringBuilder melding = new StringBuilder();
        for (Object f : new JsonArray(row.getString("fouten"))) {
            if (f instanceof JsonObject fout) {
                melding.append(melding.length() == 0 ? "" : "; ").append(fout.getString("veld")).append(' ')
                        .append(fout.getString("code"));
            }
        }
        return new WerkvoorraadRows.Refusal(row.getString("dossier_id"), YearMonth.from(row.getLocalDate("periode")),
                row.getString("run_id"), date(row.getOffsetDateTime("started_at")), melding.toString());
    }

    private static WerkvoorraadRows.Stop stop(Row row) {
        return new WerkvoorraadRows.Stop(row.getString("dossier_id"), row.getString("reason_code"),
                date(row.getOffsetDateTime("since")));
    }

    private static WerkvoorraadRows.Returned returned(Row row) {
        return new WerkvoorraadRows.Returned(row.getLong("seq"), row.getString("dossier_id"),
                YearMonth.from(row.getLocalDate("periode")), BetalingSoort.valueOf(row.getString("soort")),
                row.getLong("amount_cents"), row.getString("state"), row.getString("reason_code"),
                date(row.getOffsetDateTime("since")), row.getString("afhandeling"));
    }

    private static LocalDate date(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(AMSTERDAM).toLocalDate();
    }
}
