package nl.gbi.persistence;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.gbi.domain.Iban;
import nl.gbi.ledger.Dossierrekening;
import nl.gbi.rekening.DossierRows;
import nl.gbi.rekening.RekeningStore;

/** The ledger's rows for the dossierrekening and the afstemming, one tenant transaction per call. */
public final class PgRekeningStore implements RekeningStore {

    private final Database database;

    public PgRekeningStore(Database database) {
        this.database = database;
    }

    @Override
    public Future<DossierRows> dossier(String tenantId, String dossierId, YearMonth tot) {
        return rows(tenantId, List.of(dossierId), tot).map(all -> all.get(0));
    }

    @Override
    public Future<List<String>> dossiers(String tenantId, String fromDossier, YearMonth periode, int limit) {
        return database.inTenant(tenantId, conn -> conn.preparedQuery(RekeningSql.DOSSIERS)
                        .execute(Tuple.of(fromDossier, periode.atDay(1), limit)))
                .map(rows -> {
                    List<String> ids = new ArrayList<>(rows.size());
                    rows.forEach(row -> ids.add(row.getString("dossier_id")));
                    return ids;
                });
    }

    @Override
    public Future<List<DossierRows>> rows(String tenantId, List<String> dossierIds, YearMonth periode) {
        Tuple keys = Tuple.of(dossierIds.toArray(String[]::new), periode.atDay(1));
        Map<String, Builder> byDossier = new LinkedHashMap<>();
        dossierIds.forEach(id -> byDossier.put(id, new Builder()));
        return database.inTenant(tenantId, conn -> read(conn, RekeningSql.ENTITLEMENTS, keys, byDossier,
                        (b, row) -> b.entitlements.add(new Dossierrekening.Entitlement(month(row), row.getInteger("versie"),
                                row.getInteger("settled_versie"), row.getLong("due_cents"))))
                .compose(done -> read(conn, RekeningSql.PAYMENTS, keys, byDossier,
                        (b, row) -> b.payments.add(new Dossierrekening.Payment(row.getLong("seq"), month(row),
                                row.getString("soort"), row.getLong("amount_cents"), row.getString("state"),
                                row.getLong("batch_id"), row.getString("end_to_end_id"),
                                new Iban(row.getString("creditor_iban")).masked(), row.getLong("corrects_seq")))))
                .compose(done -> read(conn, RekeningSql.BOOKINGS, keys, byDossier,
                        (b, row) -> b.bookings.add(new Dossierrekening.Booking(month(row), row.getString("kind"),
                                row.getLong("cents"), row.getInteger("versie"), row.getString("voorschot_id")))))
                .compose(done -> read(conn, RekeningSql.VOORSCHOTTEN, keys, byDossier,
                        (b, row) -> b.voorschotten.add(new Dossierrekening.Voorschot(row.getString("id"), month(row),
                                row.getLong("bedrag_cents"), row.getString("state"), row.getString("reden"),
                                row.getLong("batch_id"))))))
                .map(done -> {
                    List<DossierRows> all = new ArrayList<>(byDossier.size());
                    byDossier.forEach((id, b) -> all.add(new DossierRows(id, b.entitlements, b.payments, b.bookings,
                            b.voorschotten)));
                    return all;
                });
    }

    private static final class Builder {
        final List<Dossierrekening.Entitlement> entitlements = new ArrayList<>();
        final List<Dossierrekening.Payment> payments = new ArrayList<>();
        final List<Dossierrekening.Booking> bookings = new ArrayList<>();
        final List<Dossierrekening.Voorschot> voorschotten = new ArrayList<>();
    }

    private interface RowReader {
        void add(Builder builder, Row row);
    }

    private static Future<Void> read(SqlConnection conn, String sql, Tuple keys, Map<String, Builder> byDossier,
            RowReader reader) {
        return conn.preparedQuery(sql).execute(keys).map(rows -> {
            for (Row row : rows) {
                reader.add(byDossier.get(row.getString("dossier_id")), row);
            }
            return null;
        });
    }

    private static YearMonth month(Row row) {
        return YearMonth.from(row.getLocalDate("periode"));
    }
}
