/**
 * PostgreSQL, the store of record: the embedded server, versioned migrations, the connection pools and
 * the SQL of each store. Every tenant-owned query runs in a transaction whose first statement sets the
 * tenant for row-level security. May depend on {@code nl.gbi.domain}, the use-case ports it implements,
 * Vert.x and the pg client; not on the HTTP adapter.
 */
package nl.gbi.persistence;
