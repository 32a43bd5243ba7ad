/**
 * Use case: the dossierrekening and the afstemming (issue 11 point 7, docs/rekening.md). {@link nl.gbi.rekening.Rekeningen}
 * checks the caller and the query, asks the {@link nl.gbi.rekening.RekeningStore} port for rows and lets
 * {@code nl.gbi.ledger} add them up.
 */
package nl.gbi.rekening;
