/**
 * The composition root and the command line: {@code Main} dispatches {@code serve}, {@code calc}, {@code demo} and
 * {@code audit}; {@code Engine} wires tenants, database, use cases and the HTTP edge; {@code Blocking} is the one
 * way a command's main thread waits for a future. The only package that may depend on every other.
 */
package nl.gbi;
