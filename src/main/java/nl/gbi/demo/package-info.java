/**
 * The {@code demo} command and its synthetic data: the monthly job end to end on made-up dossiers for all
 * thirteen tenants, through the real HTTP API. Depends on the contract's JSON and the domain.
 */
package nl.gbi.demo;
