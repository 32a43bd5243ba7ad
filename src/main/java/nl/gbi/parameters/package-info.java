/**
 * The law's figures as the engine serves them: the shipped table ({@code participatiewet-parameters.txt}, read by
 * {@link nl.gbi.parameters.ParameterResource}, seeded as the first set and read by {@code calc} without a database),
 * and the use case that proposes, approves and serves governed parameter sets ({@link nl.gbi.parameters.ParameterSets})
 * over a small store port. The rules are the pure {@code nl.gbi.parameterset}.
 */
package nl.gbi.parameters;
