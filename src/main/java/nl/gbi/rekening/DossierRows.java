package nl.gbi.rekening;

import java.util.List;
import nl.gbi.ledger.Dossierrekening;

/** What the store loaded of one dossier: rows as stored, no sums. */
public record DossierRows(String dossierId, List<Dossierrekening.Entitlement> entitlements,
                          List<Dossierrekening.Payment> payments, List<Dossierrekening.Booking> bookings,
                          List<Dossierrekening.Voorschot> voorschotten) {

    public DossierRows {
        entitlements = List.copyOf(entitlements);
        payments = List.copyOf(payments);
        bookings = List.copyOf(bookings);
        voorschotten = List.copyOf(voorschotten);
    }

    public boolean isEmpty() {
        return entitlements.isEmpty() && payments.isEmpty() && bookings.isEmpty() && voorschotten.isEmpty();
    }

    public Dossierrekening rekening() {
        return Dossierrekening.of(dossierId, entitlements, payments, bookings, voorschotten);
    }
}
