/**
 * The safety rails a batch passes before anyone can approve it (issue 14, docs/approval.md "Safety rails"): pure
 * rules over the batch's lines, the same tenant's previous regular batch, the norms of the months paid and the
 * payments of the same months in other batches. They say what an approver must see and acknowledge; the use case
 * ({@code nl.gbi.batches.Batches}) refuses an approval that does not. Plain Java like the calculation: depends on
 * {@code nl.gbi.domain} only, no I/O (PureCoreTest).
 */
package nl.gbi.rails;
