package nl.gbi.rekening;

import java.time.YearMonth;
import java.util.List;
import nl.gbi.ledger.Afstemming;

/**
 * One page of the afstemming: the months found, and where the next page goes on ({@code volgende}, null when the last
 * tenant is done). A page may be empty and still have a next one: each page scans a bounded number of dossiers.
 */
public record AfstemmingPage(YearMonth periode, List<Item> items, String volgende, int dossiersScanned) {

    public record Item(String tenantId, String dossierId, Afstemming.Afwijking afwijking) {
    }

    public AfstemmingPage {
        items = List.copyOf(items);
    }
}
