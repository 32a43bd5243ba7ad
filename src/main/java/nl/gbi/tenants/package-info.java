/**
 * Reads the municipalities' settings from the files in {@code tenants/}, strictly: the engine does not start
 * on a file it does not fully understand. Depends on {@code nl.gbi.domain} and {@code nl.gbi.json}.
 */
package nl.gbi.tenants;
