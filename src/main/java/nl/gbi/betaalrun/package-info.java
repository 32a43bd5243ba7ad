/**
 * The monthly betaalrun's rules that need no database: when a period is paid (the execution date) and
 * what the per-dossier vakantiegeld ledger pays out. Plain Java, like the calculation: depends on
 * {@code nl.gbi.domain} only. The run itself (chunks, claiming, batches) is issue 6.
 */
package nl.gbi.betaalrun;
