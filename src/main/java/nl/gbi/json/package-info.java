/**
 * The contract's JSON: reading and validating a berekening, writing results and RFC 9457 problems.
 * Shared by the HTTP adapter and the command line. May depend on {@code nl.gbi.domain}, Jackson, for writing
 * results {@code nl.gbi.calculation}, and on the SEPA character set only ({@code nl.gbi.sepa.Transliterator}
 * and {@code Transliteration}, plain Java): intake refuses what the pain.001 writer could not carry and
 * results show the name as the bank sees it, by the writer's own rule rather than a copy of it. Never on the
 * file writer or readers ({@code nl.gbi.sepa.pain001}, {@code .reports}, prowide); JsonLayeringTest checks it.
 */
package nl.gbi.json;
