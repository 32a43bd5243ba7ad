/**
 * Use case: holds (opschortingen, docs/werkvoorraad.md). A submitter or finance officer puts a dossier on hold with
 * its legal basis (Pw art. 40 lid 2, art. 53a lid 4, art. 54) and a reason; while it holds, the betaalrun neither
 * calculates nor settles the dossier's months; lifting it lets the next run settle them through the ledger. The
 * hold's clock ({@link nl.gbi.opschorting.Opschorting#dagenOver}) is plain Java over an injected date. Depends on
 * {@code domain}, {@code access}, {@code audit} and the {@link nl.gbi.opschorting.OpschortingStore} port it
 * declares; never on {@code http} or {@code persistence}.
 */
package nl.gbi.opschorting;
