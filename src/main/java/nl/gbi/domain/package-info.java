/**
 * The engine's vocabulary: value types for money, identifiers, a berekening (the facts of one dossier for
 * one month, as the contract names them) and a tenant's settings. Plain Java only: no Vert.x, Jackson,
 * prowide or SQL; every other package may depend on this one.
 */
package nl.gbi.domain;
