/**
 * The dossier ledger: money over time for one dossier (issue 11, docs/ledger.md). For each month of a dossier it
 * knows what the latest berekening gives and what was booked (payments, the vakantiegeld reserve, offsets,
 * vorderingen) and says what to book now. Plain Java like the calculation: depends on {@code nl.gbi.domain} and
 * {@code nl.gbi.calculation} only, no I/O (PureCoreTest).
 */
package nl.gbi.ledger;
