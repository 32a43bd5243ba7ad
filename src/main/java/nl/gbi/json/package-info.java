/**
 * The contract's JSON: reading and validating a berekening, writing results and RFC 9457 problems.
 * Shared by the HTTP adapter and the command line. May depend on {@code nl.gbi.domain} and Jackson only.
 */
package nl.gbi.json;
