/**
 * The Participatiewet calculation: a berekening in, an {@link nl.gbi.calculation.Outcome} out. The pure core of
 * the engine: it may import only {@code java.*} (no I/O) and {@code nl.gbi.domain}; PureCoreTest enforces it.
 * National figures come from a dated {@link nl.gbi.calculation.ParameterTable}; each business rule is a small
 * named function; money is {@code long} cents with one explicit half-up rounding per rule. Every rule and engine
 * rule (E1...) is described with its legal source in docs/calculation.md.
 */
package nl.gbi.calculation;
