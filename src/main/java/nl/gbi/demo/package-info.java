/**
 * The {@code demo} command and its synthetic data: the monthly job end to end on made-up dossiers for all
 * thirteen tenants, through the real HTTP API. Depends on the contract's JSON, the domain, the engine it starts
 * and {@code cli} for the exit codes and the start-up failure lines.
 */
package nl.gbi.demo;
