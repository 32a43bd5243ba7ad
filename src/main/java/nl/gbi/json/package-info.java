/**
 * The contract's JSON: reading and validating a berekening, writing results and RFC 9457 problems.
 * Shared by the HTTP adapter and the command line. May depend on {@code nl.gbi.domain}, Jackson and, for writing results, {@code nl.gbi.calculation}.
 */
package nl.gbi.json;
