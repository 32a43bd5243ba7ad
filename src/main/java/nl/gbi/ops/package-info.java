/**
 * What ops see: Prometheus metrics and logs that never show a BSN or IBAN in clear. Depends on nothing of
 * the engine but the ports it counts for.
 */
package nl.gbi.ops;
