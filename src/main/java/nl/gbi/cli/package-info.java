/**
 * The command line's shared parts: the {@code calc} command (stdin to stdout, no database), the exit codes
 * ({@link nl.gbi.cli.ExitCode}, the one list), the usage texts, and the start of an engine for a command with
 * its failure turned into one line and a code ({@link nl.gbi.cli.StartupFailures}). Used by {@code Main},
 * {@code serve}, {@code audit verify} and {@code demo}; may depend on every other package, and only those
 * commands depend on it.
 */
package nl.gbi.cli;
