/**
 * Use case: voorschotten (Pw art. 52, docs/voorschot.md). Granting one (validated, capped at the tenant's share of
 * the gehuwdennorm, unique per dossier, periode and reden, idempotent per Idempotency-Key) and paying it in a batch
 * of its own through {@link nl.gbi.batches.BatchCreation}; denying one, which books what was paid as a VORDERING as
 * {@link nl.gbi.ledger.VoorschotDenial} decides. Depends on {@code domain}, {@code access}, {@code audit},
 * {@code batches}, {@code calculation} (the norms), {@code ledger} and the {@link nl.gbi.voorschot.VoorschotStore}
 * port it declares; never on {@code http} or {@code persistence}.
 */
package nl.gbi.voorschot;
