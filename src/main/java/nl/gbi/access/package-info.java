/**
 * Who may call the engine: tokens (stored only as hashes), roles, and the caller a request acts for.
 * The tenant always comes from the token, never from a request body. Use cases and a store port; depends
 * on {@code nl.gbi.domain}, Vert.x {@code Future} and {@code nl.gbi.tenants}.
 */
package nl.gbi.access;
