/**
 * The law's figures as governed data, as plain Java (no I/O, tested alone like {@code nl.gbi.calculation}): a proposed
 * parameter set read strictly ({@link ParameterSetDocument}), reviewed against the sets in effect
 * ({@link ParameterSetReview}: the strict refusals, the differences per key and the sanity findings that need a
 * reason), and the table the calculation reads made from the approved sets ({@link EffectiveParameters}). The use
 * case that proposes, approves and serves them is {@code nl.gbi.parameters.ParameterSets}; docs/parameters.md.
 */
package nl.gbi.parameterset;
