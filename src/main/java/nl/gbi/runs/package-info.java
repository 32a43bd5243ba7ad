/**
 * The monthly betaalrun (issue 6) as a use case: starting a run, the worker every engine instance runs to
 * claim chunks of work with a lease, calculate them off the event loop and store results and lines, and to
 * make a tenant's batches once its chunks are done (several when its lines exceed one batch). Speaks in
 * {@code Future}s and the port {@link nl.gbi.runs.BetaalrunStore}; depends on the domain, the calculation, the ledger (money over time),
 * the batches use case and the JSON reader of stored berekeningen; never on persistence or HTTP.
 */
package nl.gbi.runs;
