/**
 * The command-line adapters: {@code calc} (stdin to stdout, no database). Wires the parameter table, the tenants,
 * the contract JSON and the pure calculation; may depend on every other package, none depends on it.
 */
package nl.gbi.cli;
