/**
 * Use case: writing off a dossier's vorderingen (kwijtschelding, afzien van terugvordering, Pw art. 58 lid 7 and 8;
 * docs/werkvoorraad.md). A finance officer proposes it with its ground and reason; at or above the municipality's
 * second-approval threshold a second finance officer decides, below it it takes effect at once. Taking effect books a
 * KWIJTSCHELDING in the ledger ({@link nl.gbi.ledger.BookingKind}), never more than the dossier still owes. Depends on
 * {@code domain}, {@code access}, {@code audit}, {@code ledger}, {@code tenants} and the
 * {@link nl.gbi.kwijtschelding.KwijtscheldingStore} port it declares.
 */
package nl.gbi.kwijtschelding;
