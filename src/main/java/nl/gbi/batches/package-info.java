/**
 * Use case: payment batches. Creating a batch from payment lines (pain.001 files written and checked with
 * {@code nl.gbi.sepa}), the four-eyes rules ({@link nl.gbi.batches.FourEyes}, pure), approving, rejecting and
 * exporting exactly the approved bytes. Depends on {@code domain}, {@code access}, {@code audit},
 * {@code sepa} and the {@link nl.gbi.batches.BatchStore} port it declares; never on {@code http} or
 * {@code persistence}.
 */
package nl.gbi.batches;
