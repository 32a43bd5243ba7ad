package nl.gbi.rekening;

import io.vertx.core.Future;
import java.time.YearMonth;
import java.util.List;

/** Loads the rows of the ledger per tenant (each call one tenant transaction); never adds amounts. */
public interface RekeningStore {

    /** Every row of the dossier for months up to and including {@code tot}; empty rows when the tenant has none. */
    Future<DossierRows> dossier(String tenantId, String dossierId, YearMonth tot);

    /**
     * At most {@code limit} dossier ids of the tenant, in order, from {@code fromDossier} on (included), that have a
     * row for a month up to {@code periode}.
     */
    Future<List<String>> dossiers(String tenantId, String fromDossier, YearMonth periode, int limit);

    /** The rows of {@code dossierIds} for months up to {@code periode}, one entry per id, in the order given. */
    Future<List<DossierRows>> rows(String tenantId, List<String> dossierIds, YearMonth periode);
}
