/**
 * Taking in a municipality's berekeningen: validate every record, store the valid ones in the request's one
 * transaction in bounded chunks, report the invalid ones, and answer a repeated request (same
 * Idempotency-Key) with the stored answer. Use cases and the store port; depends on {@code nl.gbi.domain},
 * {@code nl.gbi.json} and Vert.x {@code Future}.
 */
package nl.gbi.intake;
